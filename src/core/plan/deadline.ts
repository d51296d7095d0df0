/**
 * A task's deadline from phrases in its text (年底前, 上半年, 6月底前, 3月份, “八一”建军节前…),
 * the latest one when several appear, else the plan year's end.
 */

function monthEnd(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function iso(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

type Candidate = { year: number | null; month: number; day: number | null };

const FIXED: { re: RegExp; month: number; day: number }[] = [
  { re: /一季度|第一季度|1季度/g, month: 3, day: 31 },
  { re: /上半年|二季度|第二季度|2季度/g, month: 6, day: 30 },
  { re: /三季度|第三季度|3季度/g, month: 9, day: 30 },
  { re: /年底前|年底|年末|年内|全年|年度内|下半年|四季度|第四季度|4季度/g, month: 12, day: 31 },
  { re: /[“"]?元旦[”"]?(?:节)?(?:前|之前)/g, month: 1, day: 1 },
  { re: /[“"]?五一[”"]?(?:劳动节|國際勞動節|国际劳动节)?(?:前|之前)/g, month: 5, day: 1 },
  { re: /[“"]?七一[”"]?(?:建党节|建黨節)?(?:前|之前)/g, month: 7, day: 1 },
  { re: /[“"]?八一[”"]?(?:建军节|建軍節)?(?:前|之前)/g, month: 8, day: 1 },
  { re: /[“"]?(?:国庆|國慶|十一)[”"]?(?:节|節)?(?:前|之前)/g, month: 10, day: 1 },
];

const MONTH_PATTERNS: RegExp[] = [
  /(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:前|之前|以前)/g,
  /(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(?:底|末)/g,
  /(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月份/g,
];

function candidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const { re, month, day } of FIXED) {
    for (const m of text.matchAll(re)) {
      const before = text.slice(Math.max(0, (m.index ?? 0) - 5), m.index);
      const year = /(\d{4})\s*年?$/.exec(before);
      out.push({ year: year ? Number(year[1]) : null, month, day });
    }
  }
  for (const re of MONTH_PATTERNS) {
    for (const m of text.matchAll(re)) {
      const month = Number(m[2]);
      if (month < 1 || month > 12) continue;
      out.push({ year: m[1] ? Number(m[1]) : null, month, day: m.length > 3 && m[3] ? Number(m[3]) : null });
    }
  }
  return out;
}

/** ISO deadline for a task, or undefined when neither the text nor the plan gives a year. */
export function findDeadline(text: string, planYear: number | null): string | undefined {
  let latest: string | undefined;
  for (const c of candidates(text)) {
    const year = c.year ?? planYear;
    if (year === null || year < 1900 || year > 2200) continue;
    const day = Math.min(c.day ?? monthEnd(year, c.month), monthEnd(year, c.month));
    const date = iso(year, c.month, day);
    if (latest === undefined || date > latest) latest = date;
  }
  if (latest !== undefined) return latest;
  return planYear === null ? undefined : iso(planYear, 12, 31);
}
