/**
 * The little XML the own .xlsx reader needs: attributes of one tag, entity and `_xHHHH_`
 * escapes, and the text of an element. Spreadsheet parts are machine-written and flat, so a
 * scanner over the string does it; anything it does not expect makes the reader give up and leave
 * the file to SheetJS (see own-xlsx-reader.ts).
 */

const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** `name="v"` pairs of a start tag's inside (after the tag name), values unescaped. */
export function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of tag.matchAll(ATTRIBUTE)) found.set(match[1]!, unescapeXml(match[2] ?? match[3] ?? ''));
  return found;
}

const ENTITY = /&(?:quot|apos|gt|lt|amp|#x?([\da-fA-F]+));/gi;
const NAMED: Record<string, string> = { '&quot;': '"', '&apos;': "'", '&gt;': '>', '&lt;': '<', '&amp;': '&' };
/** Excel escapes control characters in text as `_x000D_` (ECMA-376 ST_Xstring). */
const CODE_UNIT = /_x([\da-fA-F]{4})_/gi;

/** Entities and `_xHHHH_`, as SheetJS reads them (so both readers give the same text). */
export function unescapeXml(text: string): string {
  if (!text.includes('&') && !text.includes('_x')) return text;
  return text
    .replace(ENTITY, (whole, code: string | undefined) => {
      const named = NAMED[whole.toLowerCase()];
      if (named) return named;
      return code === undefined ? whole : String.fromCharCode(parseInt(code, whole.includes('x') ? 16 : 10));
    })
    .replace(CODE_UNIT, (_, code: string) => String.fromCharCode(parseInt(code, 16)));
}

/** The raw inside of the first `<name …>…</name>` in `xml` ('' for `<name/>`), or null. */
export function elementInner(xml: string, name: string, from = 0): string | null {
  const open = new RegExp(`<${name}(?=[\\s/>])[^>]*?(/?)>`, 'g');
  open.lastIndex = from;
  const start = open.exec(xml);
  if (!start) return null;
  if (start[1] === '/') return '';
  const close = xml.indexOf(`</${name}>`, open.lastIndex);
  return close < 0 ? null : xml.slice(open.lastIndex, close);
}
