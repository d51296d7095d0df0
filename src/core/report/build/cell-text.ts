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

/** A ratio shown with a % format (0.5 → 50%). */
export function percentCell(ratio: number | null): ReportCell {
  if (ratio === null || !Number.isFinite(ratio)) return emptyCell('percent');
  return { value: ratio, type: 'percent', style: 'percent' };
}

export function dateCell(iso: string): ReportCell {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? { value: iso, type: 'date', style: 'date' } : textCell(iso, 'center');
}

export function emptyCell(style: CellStyle = 'text'): ReportCell {
  return { value: null, type: 'empty', style };
}

/** Plain text of a cell as the reader will see it, used to size rows. */
export function displayText(cell: ReportCell): string {
  if (cell.value === null) return '';
  if (cell.type === 'percent' && typeof cell.value === 'number') return `${Math.round(cell.value * 100)}%`;
  if (cell.type === 'date') return '2021年12月31日';
  return String(cell.value);
}
