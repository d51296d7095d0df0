/**
 * Data version 1 → 2. Version 1 kept one 状态 and 完成进度 per task, whatever the period; version 2
 * keeps them per period. The task's values become those of the period they were last edited in:
 * the later of the latest period with anything reported and the period the workbook was last
 * edited in. A percent that period already had stays (it is what its report printed). Earlier
 * periods that reported a percent but no 状态 get the one the percent implies (推进中 below 100,
 * 已完成 at 100), so no period reads 未启动 with progress.
 */
import { emptyPeriod } from './fields';
import { PERIODS, type Period, type PeriodEntry, type Status } from './types';

type Periods = Partial<Record<Period, PeriodEntry>>;

function hasContent(entry: PeriodEntry | undefined): boolean {
  if (!entry) return false;
  if (entry.progress || entry.problems || entry.nextSteps || entry.percent !== null) return true;
  return entry.actuals.some((a) => a !== null);
}

function later(a: Period | undefined, b: Period): Period {
  return a !== undefined && PERIODS.indexOf(a) > PERIODS.indexOf(b) ? a : b;
}

function impliedStatus(percent: number | null): Status | null {
  if (percent === null || percent <= 0) return null;
  return percent >= 100 ? '已完成' : '推进中';
}

export function moveTaskLevelIntoPeriods(
  periods: Periods,
  taskLevel: { status: Status; percent: number | null },
  indicatorCount: number,
  lastEdited: Period,
): void {
  for (const p of PERIODS) {
    const entry = periods[p];
    if (entry && entry.status === null) periods[p] = { ...entry, status: impliedStatus(entry.percent) };
  }
  if (taskLevel.status === '未启动' && taskLevel.percent === null) return;
  const latest = [...PERIODS].reverse().find((p) => hasContent(periods[p]));
  const period = later(latest, lastEdited);
  const entry = periods[period] ?? emptyPeriod(indicatorCount);
  const percent = entry.percent ?? taskLevel.percent;
  periods[period] = { ...entry, status: taskLevel.status, percent };
}
