/**
 * The plan body, line by line: numbered lines, text, and the lines that are never tasks — page
 * noise, metadata fields, tables of contents, attachment lists (`附件：1.…`), signatures and date
 * lines. The body ends at its signature or date, at an attachment heading, or at the title of an
 * attachment the cover listed; what follows are annexes, read apart (only a task table there can
 * add tasks).
 */
import { loose } from './cover';
import { isHeaderCell } from './flat-table';
import { isDateLine, isMetadataLine, isOrgLine, jointSignatureOrg, signatureOrg } from './lines';
import { readMarker, type Marker } from './markers';
import { isNoiseLine } from './noise';

export type Entry =
  | { kind: 'item'; i: number; marker: Marker }
  | { kind: 'text'; i: number }
  /** A list run into one line: text for the outline, but its numbers count (a later `1、` restarts). */
  | { kind: 'list'; i: number; marker: Marker }
  /** A signature or date line: it ends the task before it. */
  | { kind: 'close'; i: number };

const ATTACHMENT = /^附\s*[件表]\s*\d*\s*(?:[:：]|$)/;
const ANNEX_HEADING = /^附\s*[件表]\s*\d*\s*[:：]?\s*/;
const DOT_LEADER = /(?:\.{3,}|…{2,}|·{3,}|-{3,}|_{3,})\s*\d{1,3}$/;
const TOC_TITLE = /^目\s*录$|^目\s*錄$/;

function isSignatureAt(lines: readonly string[], i: number): boolean {
  const line = lines[i] ?? '';
  if (signatureOrg(line) !== null) return true;
  if (!isOrgLine(line) && jointSignatureOrg(line) === null) return false;
  let next = i + 1;
  while (next < lines.length && ((lines[next] ?? '').length === 0 || isNoiseLine(lines[next] ?? ''))) next++;
  return next >= lines.length || isDateLine(lines[next] ?? '');
}

/** Lines that end the text of the task before them. */
export function isClosingAt(lines: readonly string[], i: number): boolean {
  const line = lines[i] ?? '';
  // `【原文下载】`: a scraped page's links to its files, after the text.
  return isDateLine(line) || isSignatureAt(lines, i) || /^特此通知[。.]?$|^【(?:原文|附件)下载】$/.test(line);
}

/**
 * Where the body ends (see the file comment), else `end`; `attachments` are the cover's listed
 * names. A section count that starts again at 一、 is another document (an annex without a heading).
 */
export function findAnnexStart(
  lines: readonly string[],
  start: number,
  end: number,
  attachments: readonly string[],
): number {
  const listed = new Set(attachments.map(loose).filter((n) => n.length >= 4));
  const scan: Scan = { toc: null, attachments: false };
  let numbered = false;
  let sections = 0;
  for (let i = start; i < end; i++) {
    const line = lines[i] ?? '';
    const heading = numbered && ANNEX_HEADING.test(line) && !line.includes('。');
    // A table of contents or an attachment list is skipped, not read as numbers.
    if (!heading && isSkipped(line, scan)) continue;
    if (numbered) {
      if (ANNEX_HEADING.test(line) && !line.includes('。')) return i;
      if (isClosingAt(lines, i) || (listed.size > 0 && line.length <= 80 && listed.has(loose(line)))) return i;
    }
    const marker = readMarker(line);
    if (marker?.level === 'cn') {
      if (marker.n === 1 && sections >= 2) return tableBefore(lines, i) ?? i;
      sections = Math.max(sections, marker.n);
    }
    if (marker) numbered = true;
  }
  return end;
}

/**
 * `…分解表` / `序号` / `内容` / `牵头部门` … / `一、科学编制…`: a task table's first band row restarts
 * the sections after its header. The annex starts at the table (its title line, when it has one).
 */
function tableBefore(lines: readonly string[], band: number): number | null {
  let start = band;
  let cells = 0;
  let numbered = false;
  for (let j = band - 1; j >= 0 && band - j <= 24; j--) {
    const line = lines[j] ?? '';
    if (line.length === 0) continue;
    if (!isHeaderCell(line) && !(line.length <= 12 && !/[。，,；;：:]/.test(line))) break;
    cells++;
    numbered ||= /^(?:序号|序號)$/.test(line);
    start = j;
  }
  if (cells < 3 || !numbered) return null;
  let title = start - 1;
  while (title >= 0 && (lines[title] ?? '').length === 0) title--;
  return /(?:表|清单|清單)$/.test(lines[title] ?? '') && (lines[title] ?? '').length <= 60 ? title : start;
}

function tocEntry(line: string): string {
  return line.replace(/[\s.…·\-_]*\d{1,3}$/, '').replace(/\s+/g, '');
}

interface Scan {
  toc: string | null;
  attachments: boolean;
}

/** A table of contents ends where its first entry comes again, or at running text. */
function inToc(line: string, scan: Scan): boolean {
  if (scan.toc === null) return false;
  const entry = tocEntry(line);
  if (scan.toc === '') scan.toc = entry;
  else if (entry === scan.toc || line.length > 40 || line.includes('。')) scan.toc = null;
  return scan.toc !== null;
}

/** Whether a line is never part of the plan's structure; updates TOC and attachment state. */
function isSkipped(line: string, scan: Scan): boolean {
  if (line.length === 0 || isNoiseLine(line) || isMetadataLine(line)) return true;
  if (TOC_TITLE.test(line)) {
    scan.toc = '';
    return true;
  }
  if (inToc(line, scan) || DOT_LEADER.test(line)) return true;
  if (ATTACHMENT.test(line)) {
    scan.attachments = true;
    return true;
  }
  if (scan.attachments && line.length <= 60 && !line.includes('。') && (readMarker(line) || /^《/.test(line))) {
    return true;
  }
  scan.attachments = false;
  return false;
}

/** `1、金寨县；2、裕安区；3、…`: a list run into one line (same marker, next number) is text, not an item. */
function isInlineList(marker: Marker): boolean {
  const next = marker.n + 1;
  if ((marker.level !== 'num' && marker.level !== 'num-paren') || !marker.rest.includes(String(next))) return false;
  const style =
    marker.level === 'num-paren' ? `[（(]${next}[)）]` : `${next}\\s*${/、/.test(marker.marker) ? '、' : '[.．]'}`;
  return new RegExp(`[;；，,。]\\s*${style}`).test(marker.rest);
}

/** `taken(i)`: line i belongs to something read apart (a flattened table). */
export function classifyBody(
  lines: readonly string[],
  start: number,
  end: number,
  taken = (_i: number) => false,
): Entry[] {
  const out: Entry[] = [];
  const scan: Scan = { toc: null, attachments: false };
  for (let i = start; i < end; i++) {
    const line = lines[i] ?? '';
    if (taken(i) || isSkipped(line, scan)) continue;
    const marker = readMarker(line);
    if (marker && isInlineList(marker)) out.push({ kind: 'list', i, marker });
    else if (marker) out.push({ kind: 'item', i, marker });
    else if (isClosingAt(lines, i)) out.push({ kind: 'close', i });
    else out.push({ kind: 'text', i });
  }
  return out;
}
