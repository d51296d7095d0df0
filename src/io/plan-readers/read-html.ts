/**
 * Saved web pages (.html/.htm) → text lines. String-based so it runs in Node (the CLI) as well as
 * in the browser: scripts, styles, navigation and other chrome are dropped, block elements end
 * lines, table cells are separated by two spaces. Page chrome that survives (浏览次数, 上一篇…)
 * is the parser's job.
 */
import { decodeEntities } from './xml';

const DROPPED = ['script', 'style', 'nav', 'noscript', 'template', 'iframe', 'svg', 'head', 'select', 'button', 'form'];
const BLOCK =
  /^(?:p|div|br|li|tr|h[1-6]|section|article|table|ul|ol|dl|dt|dd|pre|blockquote|header|footer|main|aside|hr|title)$/i;
const NAMED: Record<string, string> = {
  nbsp: '\u00a0',
  ensp: ' ',
  emsp: '\u3000',
  thinsp: ' ',
  middot: '·',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  bull: '•',
  times: '×',
  yen: '¥',
  copy: '©',
};

function decodeHtmlEntities(text: string): string {
  return decodeEntities(text.replace(/&([a-z]+);/g, (whole, name: string) => NAMED[name] ?? whole));
}

export function htmlToText(html: string): string {
  let text = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<[!?][^>]*>/g, '');
  for (const tag of DROPPED) text = text.replace(new RegExp(`<${tag}\\b[\\s\\S]*?</${tag}\\s*>`, 'gi'), '\n');
  text = text.replace(/<\/?([a-zA-Z][\w-]*)\b[^>]*>/g, (_tag, name: string) => {
    if (BLOCK.test(name)) return '\n';
    return /^t[dh]$/i.test(name) ? '  ' : '';
  });
  return decodeHtmlEntities(text)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .join('\n');
}
