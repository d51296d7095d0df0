/**
 * Dates as people type them into a 完成时限 cell (or a colleague's sheet holds them). Forms
 * without a year take the workbook's year; without one they are refused with a message.
 *   2026-06-30, 2026/6/30, 2026.6.30, 2026年6月30日, 6月30日, 6.30, 6/30
 *   6月底, 6月末, 6月, 2026年6月, 6月上旬 (10日), 6月中旬 (20日), 6月下旬 (month end)
 *   年底, 年末, 年内, 全年, 上半年, 年中, 一季度/第三季度/三季度末 (the quarter's last day)
 * A trailing 前 / 之前 / 以前 (年底前, 6月底前) changes nothing: the deadline is that day.
 */
import { isoDate, normalizeInput, type Parsed } from './parse-value';

const FULL_DATE = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/;
/** A time of day after the date, as Excel or an ISO timestamp writes it: dropped. */
const TIME_OF_DAY = /[T\s]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?\s*$/;
const MONTH_DAY = /^(?:(\d{4})年)?(\d{1,2})[月/.-](\d{1,2})日?$/;
const MONTH_PART = /^(?:(\d{4})年)?(\d{1,2})月(底|末|份|上旬|中旬|下旬)?$/;
const QUARTER = /^(?:(\d{4})年)?(?:第)?([一二三四1-4])季度(?:末|底)?$/;
const YEAR_PART = /^(?:(\d{4})年)?(年底|年末|年内|全年|上半年|年中|底|末)$/;

const QUARTER_END: Readonly<Record<string, number>> = { 一: 3, 二: 6, 三: 9, 四: 12, 1: 3, 2: 6, 3: 9, 4: 12 };
const DAY_OF_PART: Readonly<Record<string, number | 'end'>> = { 上旬: 10, 中旬: 20, 下旬: 'end' };

function withMessage(parsed: Parsed<string>, raw: string): Parsed<string> {
  if (parsed.ok) return parsed;
  return { ok: false, message: `“${raw.trim()}”不是有效日期：${parsed.message}` };
}

/** [year, month, day] of a form we know, or null; `year` is undefined when the text has none. */
function dateParts(text: string, year: number | undefined): [number | undefined, number, number | 'end'] | null {
  const full = FULL_DATE.exec(text);
  if (full) return [Number(full[1]), Number(full[2]), Number(full[3])];
  const md = MONTH_DAY.exec(text);
  if (md) return [md[1] ? Number(md[1]) : year, Number(md[2]), Number(md[3])];
  const part = MONTH_PART.exec(text);
  if (part) return [part[1] ? Number(part[1]) : year, Number(part[2]), DAY_OF_PART[part[3] ?? ''] ?? 'end'];
  const quarter = QUARTER.exec(text);
  if (quarter) return [quarter[1] ? Number(quarter[1]) : year, QUARTER_END[quarter[2] ?? ''] ?? 12, 'end'];
  const yearPart = YEAR_PART.exec(text);
  if (yearPart) {
    const midYear = yearPart[2] === '上半年' || yearPart[2] === '年中';
    return [yearPart[1] ? Number(yearPart[1]) : year, midYear ? 6 : 12, 'end'];
  }
  return null;
}

export function parseDate(raw: string, year?: number): Parsed<string> {
  const text = normalizeInput(raw.normalize('NFKC').trim().replace(TIME_OF_DAY, '')).replace(/(?:之|以)?前$/, '');
  if (text === '') return { ok: true, value: '' };
  const parts = dateParts(text, year);
  if (!parts) return { ok: false, message: `“${raw.trim()}”不是有效日期：请写成 2026-06-30 或 2026年6月30日` };
  const [y, month, day] = parts;
  if (y === undefined) return { ok: false, message: `“${raw.trim()}”缺少年份：请写成 ${year ?? 2026}年6月30日` };
  return withMessage(isoDate(y, month, day), raw);
}
