/**
 * Saved web pages (.html/.htm) → text lines. String-based so it runs in Node (the CLI) as well as
 * in the browser: scripts, styles, navigation and other chrome are dropped, block elements end
 * lines. A task table (序号 / 工作任务 / 牵头单位 …) is written as the .docx reader writes one
 * (`N. <任务>` then `牵头单位：…` lines); other table cells are separated by two spaces. Page chrome
 * that survives (浏览次数, 上一篇…) is the parser's job.
 */
import { isTaskTable, tableToLines } from './docx-table';
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

// Line breaks and paragraphs inside a cell stay line breaks: a task's heading ends at the first.
function cellText(html: string): string {
  return html
    .replace(/<(?:br|\/p|\/div)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l.length > 0)
    .join('\n');
}

/** Rows of cells; split on the opening tags, since pages often leave `</td>` and `</tr>` out. */
function tableRows(table: string): string[][] {
  return table
    .split(/<tr\b[^>]*>/i)
    .slice(1)
    .map((row) =>
      row
        .split(/<t[dh]\b[^>]*>/i)
        .slice(1)
        .map(cellText),
    )
    .filter((cells) => cells.length > 0);
}

/** Task tables as lines the parser reads; other tables are left to the generic rendering. */
function taskTables(html: string): string {
  const parts: string[] = [];
  let from = 0;
  const lower = html.toLowerCase();
  for (let open = lower.indexOf('<table', from); open >= 0; open = lower.indexOf('<table', from)) {
    const close = lower.indexOf('</table', open);
    const end = close < 0 ? html.length : close;
    const rows = tableRows(html.slice(open, end));
    parts.push(html.slice(from, open));
    parts.push(isTaskTable(rows) ? `\n${tableToLines(rows).join('\n')}\n` : html.slice(open, end));
    from = end;
  }
  parts.push(html.slice(from));
  return parts.join('');
}

export function htmlToText(html: string): string {
  let text = taskTables(html.replace(/<!--[\s\S]*?-->/g, '').replace(/<[!?][^>]*>/g, ''));
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
