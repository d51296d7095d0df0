/**
 * Completion rates: of one indicator, one task, a section, the whole workbook.
 * Shared by grid, reports and charts so the same question always gets the same number.
 */
import type { Indicator } from '../plan/types';
import type { Period, TaskRecord, Workbook } from './types';
import { PERIODS } from './types';
import { periodPercent, periodStatus } from './period-values';

/**
 * Actual / target as a ratio (1 = target met), respecting the comparator: for a ceiling (≤)
 * staying at or under the target is full completion. Null when no actual was reported.
 * Not capped: the report shows 120%; rates use `Math.min(1, …)`.
 */
export function indicatorCompletion(indicator: Indicator, actual: number | null): number | null {
  if (actual === null || !Number.isFinite(actual)) return null;
  if (indicator.comparator === '≤') {
    if (actual <= indicator.value) return 1;
    return actual === 0 ? 1 : indicator.value / actual;
  }
  if (indicator.value === 0) return 1;
  return actual / indicator.value;
}

/** The actuals of a period, or of the latest period that has any when none is given. */
export function actualsFor(task: TaskRecord, period?: Period): (number | null)[] {
  if (period) return task.periods[period]?.actuals ?? [];
  for (const p of [...PERIODS].reverse()) {
    const actuals = task.periods[p]?.actuals;
    if (actuals?.some((a) => a !== null)) return actuals;
  }
  return [];
}

/**
 * One task's completion in a period, 0–1: 1 when 已完成; otherwise the mean of its % and of its
 * indicators' capped completions (indicators with no actual do not count). Without a period, the
 * latest reported state.
 */
export function taskCompletion(task: TaskRecord, period?: Period): number {
  if (periodStatus(task, period) === '已完成') return 1;
  const actuals = actualsFor(task, period);
  const parts: number[] = [];
  const percent = periodPercent(task, period);
  if (percent !== null) parts.push(percent / 100);
  task.indicators.forEach((indicator, i) => {
    const ratio = indicatorCompletion(indicator, actuals[i] ?? null);
    if (ratio !== null) parts.push(Math.min(1, ratio));
  });
  if (parts.length === 0) return 0;
  return Math.min(1, Math.max(0, parts.reduce((a, b) => a + b, 0) / parts.length));
}

/** Tasks that count towards rates: not archived, not 不涉及 (in that period). */
export function countedTasks(tasks: readonly TaskRecord[], period?: Period): TaskRecord[] {
  return tasks.filter((t) => !t.archived && periodStatus(t, period) !== '不涉及');
}

/** Mean task completion, 0–1; null when nothing counts. */
export function completionRate(tasks: readonly TaskRecord[], period?: Period): number | null {
  const counted = countedTasks(tasks, period);
  if (counted.length === 0) return null;
  return counted.reduce((sum, t) => sum + taskCompletion(t, period), 0) / counted.length;
}

export interface SectionRate {
  key: string | null;
  title: string;
  tasks: number;
  rate: number | null;
}

/** Completion rate per section, in plan order (one row with key null for section-less plans). */
export function sectionRates(workbook: Workbook, period?: Period): SectionRate[] {
  if (workbook.sections.length === 0) {
    return [
      {
        key: null,
        title: '全部任务',
        tasks: countedTasks(workbook.tasks, period).length,
        rate: completionRate(workbook.tasks, period),
      },
    ];
  }
  return workbook.sections.map((s) => {
    const tasks = workbook.tasks.filter((t) => t.section === s.key);
    return {
      key: s.key,
      title: s.title,
      tasks: countedTasks(tasks, period).length,
      rate: completionRate(tasks, period),
    };
  });
}
