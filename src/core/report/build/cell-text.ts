/** Cell contents that are safe to write: within Excel's limits and never a formula. */
import type { CellStyle, ReportCell } from '../model';

/** Excel's hard limit on characters in one cell. */
export const MAX_CELL_CHARS = 32_767;

export const TRUNCATION_NOTE = '……（内容过长，已截断，完整内容见台账）';

/** XML 1.0 cannot hold control characters other than tab and line breaks: Excel rejects the file. */
export function stripControls(text: string): string {
  const isControl = (code: number) => code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d;
  let i = 0;
  while (i < text.length && !isControl(text.charCodeAt(i))) i++;
  // Almost every text is clean: return it without copying.
  if (i === text.length) return text;
  let out = text.slice(0, i);
  for (; i < text.length; i++) if (!isControl(text.charCodeAt(i))) out += text[i];
  return out;
}

/**
 * Text capped at Excel's limit with a visible note. Text starting with = + - @ stays text:
 * cells are typed `text`, and the writer writes them as strings, never as formulas.
 */
export function safeText(text: string): string {
  const clean = stripControls(text);
  if (clean.length <= MAX_CELL_CHARS) return clean;
  let cut = MAX_CELL_CHARS - TRUNCATION_NOTE.length;
  // Do not split a surrogate pair.
  const code = clean.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return clean.slice(0, cut) + TRUNCATION_NOTE;
}

export function textCell(value: string, style: CellStyle = 'text', fill?: string): ReportCell {
  const cell: ReportCell = { value: safeText(value), type: 'text', style };
  if (fill) cell.fill = fill;
  return cell;
}

export function numberCell(value: number | null, style: CellStyle = 'number'): ReportCell {
  if (value === null || !Number.isFinite(value)) return emptyCell(style);
  return { value, type: 'number', style };
}

/** Decimals a percent needs to print as typed: 50 → 0, 0.5 → 1, 12.25 → 2 (at most 3). */
export function percentDecimals(percent: number): number {
  for (let d = 0; d < 3; d++) if (Math.abs(Math.round(percent * 10 ** d) - percent * 10 ** d) < 1e-6) return d;
  return 3;
}

export function percentFormat(decimals: number): string {
  return decimals > 0 ? `0.${'0'.repeat(decimals)}%` : '0%';
}

function ratioCell(ratio: number, decimals: number, style: CellStyle): ReportCell {
  const cell: ReportCell = { value: ratio, type: 'percent', style };
  if (decimals > 0) cell.numFmt = percentFormat(decimals);
  return cell;
}

/** A computed rate (0–1) rounded as the app shows it: 16.8 %, 18 %, never 17 % for 16.8 %. */
export function percentCell(ratio: number | null, style: CellStyle = 'percent'): ReportCell {
  if (ratio === null || !Number.isFinite(ratio)) return emptyCell(style);
  const tenths = Math.round(ratio * 1000);
  return ratioCell(tenths / 1000, tenths % 10 === 0 ? 0 : 1, style);
}

/** A 完成进度 (0–100) as the user typed it: 0.5 prints as 0.5 %, not 1 %. */
export function typedPercentCell(percent: number | null): ReportCell {
  if (percent === null || !Number.isFinite(percent)) return emptyCell('percent');
  const decimals = percentDecimals(percent);
  return ratioCell(Number((percent / 100).toFixed(decimals + 2)), decimals, 'percent');
}

/** Month and day only: the year is the plan's, printed in the title. */
export const SHORT_DATE_FORMAT = 'm"月"d"日"';
/** A date outside the plan's year, in as little width. */
export const OTHER_YEAR_DATE_FORMAT = 'yyyy.m.d';

/** An ISO date; with `year`, printed short (12月31日, or 2022.3.31 for another year). */
export function dateCell(iso: string, year?: number): ReportCell {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return textCell(iso, 'center');
  const cell: ReportCell = { value: iso, type: 'date', style: 'date' };
  if (year !== undefined) cell.numFmt = iso.startsWith(`${year}-`) ? SHORT_DATE_FORMAT : OTHER_YEAR_DATE_FORMAT;
  return cell;
}

export function emptyCell(style: CellStyle = 'text'): ReportCell {
  return { value: null, type: 'empty', style };
}

/** Plain text of a cell as the reader will see it, used to size rows. */
export function displayText(cell: ReportCell): string {
  if (cell.value === null) return '';
  if (cell.type === 'percent' && typeof cell.value === 'number') {
    const decimals = /0\.(0+)%/.exec(cell.numFmt ?? '')?.[1]?.length ?? 0;
    return `${(cell.value * 100).toFixed(decimals)}%`;
  }
  if (cell.type === 'date') {
    if (cell.numFmt === SHORT_DATE_FORMAT) return '12月31日';
    return cell.numFmt === OTHER_YEAR_DATE_FORMAT ? '2021.12.31' : '2021年12月31日';
  }
  return String(cell.value);
}
