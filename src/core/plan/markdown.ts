/**
 * Markdown plans: YAML-style front matter gives fallback metadata (the text's own cover wins);
 * `#` headings stay as lines; unnumbered `##` and `###` headings get section (`一、`) and group
 * (`（一）`) numbers in order, unless the text numbers its sections itself; unnumbered bullets get continuous task numbers; `>` quote marks,
 * links and emphasis are dropped. A `## 附件…` heading or a `【原文下载】` line and the bullets under
 * it (attachment links), and any bullet that is only a link to a file, are left unnumbered. The result is plain text for the ordinary parser.
 */
import type { PlanMetadata } from './metadata';
import { readMarker } from './markers';
import { numberToChinese } from './numerals';
import { findDate } from './lines';

const FRONT_KEYS: Record<string, 'title' | 'issuer' | 'docNumber' | 'date' | 'year'> = {
  title: 'title',
  标题: 'title',
  issuer: 'issuer',
  发文单位: 'issuer',
  发布单位: 'issuer',
  发布机构: 'issuer',
  docnumber: 'docNumber',
  doc_number: 'docNumber',
  文号: 'docNumber',
  date: 'date',
  日期: 'date',
  发布日期: 'date',
  成文日期: 'date',
  year: 'year',
  年度: 'year',
};

export function looksLikeMarkdown(text: string): boolean {
  return /^\uFEFF?---\r?\n/.test(text) || /^#{1,6}\s+\S/m.test(text);
}

function frontMatter(lines: string[]): { meta: Partial<PlanMetadata>; bodyStart: number } {
  const meta: Partial<PlanMetadata> = {};
  if (!/^\uFEFF?---\s*$/.test(lines[0] ?? '')) return { meta, bodyStart: 0 };
  const end = lines.findIndex((l, i) => i > 0 && /^---\s*$/.test(l));
  if (end < 0) return { meta, bodyStart: 0 };
  for (const line of lines.slice(1, end)) {
    const m = /^\s*([\w\u4e00-\u9fff]+)\s*[:：](.*)$/.exec(line);
    const field = m ? FRONT_KEYS[(m[1] ?? '').toLowerCase()] : undefined;
    const value = unquote(m?.[2] ?? '');
    if (!field || !value) continue;
    if (field === 'year') meta.year = Number(value) || null;
    else if (field === 'date') meta.date = findDate(value);
    else meta[field] = value;
  }
  return { meta, bodyStart: end + 1 };
}

// Trimmed by hand: `(.*?)["']?\s*$` is quadratic on a line of spaces.
function unquote(raw: string): string {
  const value = raw.trim();
  return value.replace(/^["']/, '').replace(/["']$/, '').trim();
}

// Bounded repeats: an unbounded `[^\]]*` rescans the rest of the line from every `[`.
function inline(text: string): string {
  return text
    .replace(/!?\[([^[\]\n]{0,500})\]\([^()\n]{0,2000}\)/g, '$1')
    .replace(/(\*\*|__|`)/g, '')
    .trim();
}

// `## 标题 ##` → `标题`, trimmed by hand for the same reason as unquote.
function closingHashes(text: string): string {
  let end = text.trimEnd().length;
  while (end > 0 && text[end - 1] === '#') end--;
  return text.slice(0, end).trim();
}

interface Counters {
  h2: number;
  h3: number;
  bullet: number;
  /** Under a `## 附件` heading: bullets are attachment links, not tasks. */
  annex: boolean;
  /** Its paragraphs number their own sections (`一、…`): a `## 政策全文` heading is the page's. */
  numbered: boolean;
}

function convertHeading(level: number, text: string, c: Counters): string {
  if (level === 1 || readMarker(text)) return text;
  if (/^附\s*件/.test(text)) {
    c.annex = true;
    return text;
  }
  if (c.numbered) return text;
  if (level === 2) {
    c.h3 = 0;
    return `${numberToChinese(++c.h2)}、${text}`;
  }
  return level === 3 ? `（${numberToChinese(++c.h3)}）${text}` : text;
}

/** `【原文下载】`, `【相关附件】`: a scraper's trailer of file links after the document. */
const TRAILER = /^【[^】]{0,10}(?:附件|下载|链接)[^】]{0,10}】$/;
/** A bullet that is only a link to a file (`[通知.pdf](…)`): an attachment, never a task. */
const FILE_LINK = /^!?\[[^\]\n]{0,500}\.(?:pdf|docx?|xlsx?|wps|et|ofd|zip|rar|jpe?g|png)\s*\]\(/i;

function convertLine(raw: string, c: Counters): string {
  const line = raw.replace(/^\s*(?:>\s?)+/, '');
  if (TRAILER.test(line.trim())) c.annex = true;
  const heading = /^(#{1,6})\s(.*)$/.exec(line);
  if (heading) return convertHeading(heading[1]?.length ?? 1, inline(closingHashes(heading[2] ?? '')), c);
  const bullet = /^\s*[-*+]\s+(.*)$/.exec(line);
  if (bullet) {
    const text = inline(bullet[1] ?? '');
    const link = FILE_LINK.test((bullet[1] ?? '').trim());
    return c.annex || link || readMarker(text) ? text : `${++c.bullet}. ${text}`;
  }
  return inline(line);
}

export function fromMarkdown(text: string): { text: string; meta: Partial<PlanMetadata> } {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const { meta, bodyStart } = frontMatter(lines);
  const numbered = lines.some((l, i) => i >= bodyStart && /^\s*(?:\*\*)?[一二三四五六七八九十]{1,3}\s*[、．.]/.test(l));
  const counters: Counters = { h2: 0, h3: 0, bullet: 0, annex: false, numbered };
  // Front-matter lines become blank lines, so line numbers still count from the file's first line.
  const body = lines.map((l, i) => (i < bodyStart ? '' : convertLine(l, counters)));
  return { text: body.join('\n'), meta };
}
