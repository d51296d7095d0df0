/** Names and dates shown on reports, in one place so titles, file names and re-import agree. */
import type { Period, Workbook } from '../workbook/types';
import { PERIODS } from '../workbook/types';

/** The plan's name without its leading year: `2021年湖里区民政工作要点` → `湖里区民政工作要点`. */
export function planName(workbook: Pick<Workbook, 'name' | 'plan'>): string {
  const raw = (workbook.plan.title ?? workbook.name).trim() || workbook.name.trim() || '工作要点';
  return raw.replace(/^\s*\d{4}\s*年度?\s*/, '') || raw;
}

/** `2021年湖里区民政工作要点`: the year once, also for `湖里区2021年民政工作要点`. */
export function planLabel(workbook: Pick<Workbook, 'name' | 'plan' | 'year'>): string {
  const name = planName(workbook);
  return name.includes(`${workbook.year}年`) ? name : `${workbook.year}年${name}`;
}

/** How report titles name a period: 第一季度, 上半年, 前三季度, 全年. */
export const PERIOD_PHRASES: Readonly<Record<Period, string>> = {
  一季度: '第一季度',
  半年: '上半年',
  三季度: '前三季度',
  全年: '全年',
};

/** `2021年7月5日` from ISO. */
export function chineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日`;
}

const PERIOD_SYNONYMS: readonly [RegExp, Period][] = [
  [/一季度|第一季度|1季度/, '一季度'],
  [/三季度|第三季度|3季度|前三季度/, '三季度'],
  [/半年|上半年|二季度|第二季度/, '半年'],
  [/全年|年终|四季度|第四季度/, '全年'],
];

/** The period a piece of text (title, file name) speaks of, if any. */
export function periodIn(text: string): Period | null {
  for (const [pattern, period] of PERIOD_SYNONYMS) if (pattern.test(text)) return period;
  return null;
}

export function isPeriod(value: unknown): value is Period {
  return typeof value === 'string' && (PERIODS as readonly string[]).includes(value);
}

/** A report title before its period: the one set in 台账设置, else `殿前街道2021年湖里区民政工作要点`. */
export function titleStem(workbook: Pick<Workbook, 'name' | 'plan' | 'year' | 'unit'>, title: string): string {
  return title.trim() || `${workbook.unit}${planLabel(workbook)}`;
}
