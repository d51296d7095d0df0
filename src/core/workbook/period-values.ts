/**
 * 状态 and 完成进度 as a period shows them. Each period has its own; a period that has none yet
 * starts from the previous period's (carried over, shown as such until edited), and before any
 * report a task is 未启动 with no percent. Without a period, the latest reported state counts.
 */
import type { Period, Status, TaskRecord } from './types';
import { PERIODS } from './types';

const PERIOD_END: Readonly<Record<Period, string>> = {
  一季度: '03-31',
  半年: '06-30',
  三季度: '09-30',
  全年: '12-31',
};

/** Last day of the reporting period, ISO. */
export function periodEnd(period: Period, year: number): string {
  return `${year}-${PERIOD_END[period]}`;
}

/** The date a period is judged at: its end, or today when the period is not over yet. */
export function periodAsOf(period: Period, year: number, today: string): string {
  const end = periodEnd(period, year);
  return today < end ? today : end;
}

/** The period a date falls in (of the plan's year; dates after it count as 全年, before as 一季度). */
export function periodOf(iso: string, year: number): Period {
  if (!/^\d{4}/.test(iso)) return '全年';
  const y = Number(iso.slice(0, 4));
  if (y > year) return '全年';
  if (y < year) return '一季度';
  return PERIODS.find((p) => iso.slice(0, 10) <= periodEnd(p, year)) ?? '全年';
}

/** This period and the ones before it, latest first. */
function upTo(period: Period | undefined): readonly Period[] {
  const end = period === undefined ? PERIODS.length : PERIODS.indexOf(period) + 1;
  return PERIODS.slice(0, end).reverse();
}

export function periodStatus(task: Pick<TaskRecord, 'periods'>, period?: Period): Status {
  for (const p of upTo(period)) {
    const own = task.periods[p]?.status;
    if (own) return own;
  }
  return '未启动';
}

export function periodPercent(task: Pick<TaskRecord, 'periods'>, period?: Period): number | null {
  for (const p of upTo(period)) {
    const own = task.periods[p]?.percent;
    if (own !== null && own !== undefined) return own;
  }
  return null;
}

/** Whether the period shows a value carried over from an earlier one (it has none of its own). */
export function isCarried(task: Pick<TaskRecord, 'periods'>, period: Period, what: 'status' | 'percent'): boolean {
  const own = task.periods[period]?.[what];
  if (own !== null && own !== undefined) return false;
  const earlier = PERIODS.slice(0, PERIODS.indexOf(period));
  return earlier.some((p) => {
    const value = task.periods[p]?.[what];
    return value !== null && value !== undefined;
  });
}

/** What the 序时 light and the reports judge a task on, for one period. */
export function periodState(
  task: Pick<TaskRecord, 'periods' | 'deadline'>,
  period?: Period,
): { status: Status; percent: number | null; deadline: string } {
  return { status: periodStatus(task, period), percent: periodPercent(task, period), deadline: task.deadline };
}
