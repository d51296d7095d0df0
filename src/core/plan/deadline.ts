/**
 * A task's deadline from phrases in its text — 年底前, 上半年, 三季度末, 6月底前, 11月中旬前,
 * （1-2月）, 3月份, 2021年6月20日前, 到2025年, “八一”建军节前 — the latest one when several
 * appear, with the phrase it came from. Without a phrase: the plan year's end (or the last year's
 * end of a multi-year plan). A phrase without a year in a multi-year plan names no date.
 */

export interface DeadlineContext {
  year: number | null;
  years?: [number, number];
  /** Year of the plan's date: the year a phrase such as `9月底前` means in a plan without one. */
  dateYear?: number | null;
}

export interface Deadline {
  /** Absent when the phrase names no year and the plan gives none (`12月中旬前` in a multi-year plan). */
  date?: string;
  /** The phrase, e.g. `11月中旬前`; absent for the default year end. */
  text?: string;
}

type Candidate = { year: number | null; month: number; day: number | null; text: string };

function monthEnd(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function iso(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const YEAR = '(?:(\\d{4})\\s*年\\s*)?';
const BEFORE = '(?:前|之前|以前)?';

// `hints`: words one of which the text must hold for the pattern to match at all. Checking them
// first skips most patterns for most tasks: these run over every task's whole text.
const FIXED: { re: RegExp; month: number; day: number; hints: string[] }[] = [
  { re: new RegExp(`${YEAR}(?:第一季度|一季度|1季度)(?:末|底)?${BEFORE}`, 'g'), month: 3, day: 31, hints: ['季度'] },
  {
    re: new RegExp(`${YEAR}(?:上半年|第二季度|二季度|2季度)(?:末|底)?${BEFORE}`, 'g'),
    month: 6,
    day: 30,
    hints: ['季度', '上半年'],
  },
  { re: new RegExp(`${YEAR}(?:第三季度|三季度|3季度)(?:末|底)?${BEFORE}`, 'g'), month: 9, day: 30, hints: ['季度'] },
  {
    re: new RegExp(`${YEAR}(?:年底|年末|年内|全年|年度内|下半年|第四季度|四季度|4季度)(?:末|底)?${BEFORE}`, 'g'),
    month: 12,
    day: 31,
    hints: ['年底', '年末', '年内', '全年', '年度内', '下半年', '季度'],
  },
  { re: /[“"]?元旦[”"]?(?:节)?(?:前|之前)/g, month: 1, day: 1, hints: ['元旦'] },
  { re: /[“"]?五一[”"]?(?:劳动节|國際勞動節|国际劳动节)?(?:前|之前)/g, month: 5, day: 1, hints: ['五一'] },
  { re: /[“"]?七一[”"]?(?:建党节|建黨節)?(?:前|之前)/g, month: 7, day: 1, hints: ['七一'] },
  { re: /[“"]?八一[”"]?(?:建军节|建軍節)?(?:前|之前)/g, month: 8, day: 1, hints: ['八一'] },
  { re: /[“"]?(?:国庆|國慶|十一)[”"]?(?:节|節)?(?:前|之前)/g, month: 10, day: 1, hints: ['国庆', '國慶', '十一'] },
];

const PART_DAY: Record<string, number | null> = { 上旬: 10, 中旬: 20, 下旬: null, 底: null, 末: null, 份: null };

const DAY = new RegExp(`${YEAR}(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日\\s*(?:前|之前|以前)`, 'g');
const PART = new RegExp(`${YEAR}(\\d{1,2})\\s*月\\s*(上旬|中旬|下旬|底|末|份)${BEFORE}`, 'g');
// `（1-2月）`, `4月-5月`, `3—6月`: the end of the later month.
const RANGE = new RegExp(`${YEAR}(\\d{1,2})\\s*月?\\s*[-—–~～至到]\\s*(\\d{1,2})\\s*月(?!\\s*\\d|份)`, 'g');
// `2025年7月至2025年12月`: the end of the later month, in its own year.
// `2024年7月起至2025年12月`: a start said with 起.
const YEAR_RANGE = /(\d{4})\s*年\s*\d{1,2}\s*月\s*起?\s*[-—–~～至到]\s*(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月(?![\d日])/g;
// `2026年12月，各区…进行总结`: a month that opens a clause says when the work is done.
const OPENING_MONTH = /(?<=^|[。；;：:\n])\s*(\d{4})\s*年\s*(\d{1,2})\s*月(?=[，,])/g;
// `普查阶段 4月15日—22日，由…`: a stage's days opening its paragraph: the last day.
const OPENING_DAYS =
  /(?<=^|[。；;：:\n\s])((?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*\d{1,2}\s*日\s*[-—–~～至到]\s*(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日)(?=[，,])/g;
// A stage's days in parentheses: `（2019年8月15日—9月15日）`, `（9月5日至9月8日）`: the last day.
const PAREN_DAYS =
  /[（(]\s*((?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*\d{1,2}\s*日\s*[-—–~～至到]\s*(?:(\d{4})\s*年\s*)?(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日)\s*[)）]/g;
// A month in parentheses, as a stage heading states it: `（9月）`, `（2021年8月）`.
const PAREN_MONTH = new RegExp(`[（(]\\s*${YEAR}(\\d{1,2})\\s*月\\s*[)）]`, 'g');
// `到2025年`, `2025年前`, `到2024年底`, `2025年底前`, `2025年完成…`: the end of that year.
const YEAR_END =
  /(?:(?:到|至|于)\s*)?(\d{4})\s*年\s*(?:年底|年末|底|末)(?:前|之前)?|(?:到|至|于)\s*(\d{4})\s*年(?![\d底末内])|(\d{4})\s*年(?:前|之前)|(?<![\d年月到至于])(\d{4})\s*年(?=(?:基本|全面)?(?:完成|建成))/g;

function monthCandidates(text: string, out: Candidate[]): void {
  if (!text.includes('月')) return;
  for (const m of text.matchAll(DAY)) push(out, m[1], Number(m[2]), Number(m[3]), m[0]);
  for (const m of text.matchAll(PART)) push(out, m[1], Number(m[2]), PART_DAY[m[3] ?? ''] ?? null, m[0]);
  for (const m of text.matchAll(RANGE)) push(out, m[1], Number(m[3]), null, m[0]);
  for (const m of text.matchAll(PAREN_MONTH)) push(out, m[1], Number(m[2]), null, m[0]);
  for (const m of text.matchAll(YEAR_RANGE)) push(out, m[2] ?? m[1], Number(m[3]), null, m[0]);
  for (const m of text.matchAll(OPENING_MONTH)) push(out, m[1], Number(m[2]), null, m[0]);
  for (const m of text.matchAll(PAREN_DAYS)) push(out, m[4] ?? m[2], Number(m[5] ?? m[3]), Number(m[6]), m[1] ?? '');
  for (const m of text.matchAll(OPENING_DAYS)) push(out, m[2], Number(m[4] ?? m[3]), Number(m[5]), m[1] ?? '');
}

function push(out: Candidate[], year: string | undefined, month: number, day: number | null, text: string): void {
  if (month >= 1 && month <= 12) out.push({ year: year ? Number(year) : null, month, day, text: text.trim() });
}

// In a 完成时限 cell a bare `2019年3月` or `2019年` is the deadline (in running text it is not).
const CELL_MONTH = /(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月(?!\s*\d)/g;
const CELL_YEAR = /(\d{4})\s*年(?!\s*\d{1,2}\s*月)/g;

function cellCandidates(text: string, out: Candidate[]): void {
  for (const m of text.matchAll(CELL_MONTH)) push(out, m[1], Number(m[2]), null, m[0]);
  for (const m of text.matchAll(CELL_YEAR)) push(out, m[1], 12, 31, m[0]);
}

function candidates(text: string, cell: boolean): Candidate[] {
  const out: Candidate[] = [];
  for (const { re, month, day, hints } of FIXED) {
    if (hints.some((h) => text.includes(h))) for (const m of text.matchAll(re)) push(out, m[1], month, day, m[0]);
  }
  monthCandidates(text, out);
  if (text.includes('年'))
    for (const m of text.matchAll(YEAR_END)) push(out, m[1] ?? m[2] ?? m[3] ?? m[4], 12, 31, m[0]);
  if (cell && out.length === 0) cellCandidates(text, out);
  return out;
}

/**
 * The latest deadline the text names, else (when `fallback`) the plan's end; undefined when there
 * is no year to go by.
 */
export function readDeadline(text: string, when: DeadlineContext, fallback = true, cell = false): Deadline | undefined {
  let latest: Deadline | undefined;
  let undated: Deadline | undefined;
  for (const c of candidates(text, cell)) {
    const year = c.year ?? when.year;
    if (year === null) undated ??= { text: c.text };
    if (year === null || year < 1900 || year > 2200) continue;
    const end = monthEnd(year, c.month);
    const date = iso(year, c.month, Math.min(c.day ?? end, end));
    // The latest date; of phrases naming the same date, the fullest (`到2024年底` over `年底`).
    const later = latest?.date === undefined || date > latest.date;
    if (later || (date === latest?.date && c.text.length > (latest.text?.length ?? 0))) latest = { date, text: c.text };
  }
  if (latest !== undefined || !fallback) return latest ?? undated;
  const last = when.year ?? when.years?.[1] ?? null;
  return last === null ? undefined : { date: iso(last, 12, 31) };
}

/** ISO deadline for a task of a plan of `planYear`, or undefined when neither gives a year. */
export function findDeadline(text: string, planYear: number | null): string | undefined {
  return readDeadline(text, { year: planYear })?.date;
}
