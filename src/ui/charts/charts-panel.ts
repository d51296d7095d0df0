/**
 * The frame 图表 opens in: it takes the place of the workbook page (so the charts get the whole
 * window and print as ordinary page content), with a 关闭 button and Esc to go back to the grid.
 */
import { h } from '../dom';
import './charts-panel.css';

export interface ChartsPanel {
  el: HTMLElement;
  /** Where the charts view draws. */
  body: HTMLElement;
  close(): void;
}

/**
 * Hides `page` and shows the panel after it. `onClosed` runs once, whether the user closed it or
 * the app removed it (opening another workbook or the list clears the page area).
 */
export function openChartsPanel(doc: Document, page: HTMLElement, title: string, onClosed: () => void): ChartsPanel {
  const host = page.parentElement!;
  const returnFocus = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
  const closeButton = h(doc, 'button', { type: 'button' }, '关闭');
  const heading = h(doc, 'h2', { tabindex: -1 }, `图表 · ${title}`);
  const bar = h(
    doc,
    'div',
    { class: 'charts-panel__bar' },
    heading,
    h(doc, 'span', { class: 'muted' }, '点击柱条或扇区可在台账中筛选出对应任务；按 Esc 返回'),
    h(doc, 'span', { class: 'spacer' }),
    closeButton,
  );
  const body = h(doc, 'div', { class: 'charts-panel__body' });
  const el = h(
    doc,
    'section',
    { class: 'charts-panel', 'aria-label': '图表', 'data-testid': 'charts-panel' },
    bar,
    body,
  );
  let closed = false;

  function finish(): void {
    if (closed) return;
    closed = true;
    doc.removeEventListener('keydown', onKey);
    watcher.disconnect();
    onClosed();
  }

  function close(): void {
    if (closed) return;
    el.remove();
    page.style.display = '';
    finish();
    if (returnFocus?.isConnected) returnFocus.focus();
  }

  function onKey(event: KeyboardEvent): void {
    // A dialog opened over the charts (an import, a restore) handles its own Esc.
    if (event.key !== 'Escape' || event.defaultPrevented || doc.querySelector('dialog[open]')) return;
    event.preventDefault();
    close();
  }

  const watcher = new MutationObserver(() => {
    if (!el.isConnected) finish();
  });
  watcher.observe(host, { childList: true });
  closeButton.addEventListener('click', close);
  doc.addEventListener('keydown', onKey);
  // An inline style: the page's own stylesheet sets its display, which would win over `hidden`.
  page.style.display = 'none';
  host.append(el);
  heading.focus();
  return { el, body, close };
}
