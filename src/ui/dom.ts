/**
 * Building DOM without HTML strings: imported plan text is never parsed as markup.
 * Views receive their `Document` so they can be tested with happy-dom.
 */

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

/** `h(doc, 'button', {class: 'primary', onclick}, '导入')` — strings become text nodes. */
export function h<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') {
      el.addEventListener(name.replace(/^on/, ''), value);
    } else if (value === true) {
      el.setAttribute(name, '');
    } else {
      el.setAttribute(name, String(value));
    }
  }
  append(el, children);
  return el;
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : parent.ownerDocument!.createTextNode(String(child)));
  }
}

/** Remove every child (the safe way to "clear" a container). */
export function clear(el: Element): void {
  el.replaceChildren();
}

/** Offer bytes to the user as a download. */
export function downloadBytes(doc: Document, fileName: string, bytes: Uint8Array | string, type: string): void {
  const blob = new Blob([bytes as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const a = h(doc, 'a', { href: url, download: fileName, style: 'display:none' });
  doc.body.appendChild(a);
  a.click();
  a.remove();
  // Revoke later: some browsers read the blob asynchronously after click().
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
