/**
 * The overall picture in four numbers, as of a date and a reporting period: tasks done, mean
 * completion, indicators met and mean indicator completion.
 */
import { actualsFor, completionRate, countedTasks, indicatorCompletion, taskCompletion } from '../workbook/completion';
import type { Period, Workbook } from '../workbook/types';
import { toPercent } from './format';

export interface OverallSummary {
  asOf: string;
  period: Period;
  /** Tasks that count (not archived, not 不涉及). */
  tasksTotal: number;
  /** Counted tasks whose completion for the period is 100%. */
  tasksDone: number;
  doneTaskKeys: string[];
  /** Mean task completion, percent with one decimal; null when no task counts. */
  completion: number | null;
  /** Indicators of the counted tasks. */
  indicatorsTotal: number;
  /** …of which an actual was reported for the period. */
  indicatorsReported: number;
  /** …of which the target is met (completion ≥ 100%). */
  indicatorsMet: number;
  /** Mean capped completion of the reported indicators, percent; null when none reported. */
  indicatorCompletion: number | null;
  /** Tasks with at least one indicator: a click on the indicator figure shows them. */
  indicatorTaskKeys: string[];
}

export function overallSummary(workbook: Workbook, asOf: string, period: Period): OverallSummary {
  const counted = countedTasks(workbook.tasks, period);
  const done = counted.filter((t) => taskCompletion(t, period) >= 1);
  const ratios: number[] = [];
  let indicatorsTotal = 0;
  for (const task of counted) {
    const actuals = actualsFor(task, period);
    task.indicators.forEach((indicator, i) => {
      indicatorsTotal += 1;
      const ratio = indicatorCompletion(indicator, actuals[i] ?? null);
      if (ratio !== null) ratios.push(Math.min(1, ratio));
    });
  }
  return {
    asOf,
    period,
    tasksTotal: counted.length,
    tasksDone: done.length,
    doneTaskKeys: done.map((t) => t.key),
    completion: toPercent(completionRate(workbook.tasks, period)),
    indicatorsTotal,
    indicatorsReported: ratios.length,
    indicatorsMet: ratios.filter((r) => r >= 1).length,
    indicatorCompletion: ratios.length === 0 ? null : toPercent(ratios.reduce((a, b) => a + b, 0) / ratios.length),
    indicatorTaskKeys: counted.filter((t) => t.indicators.length > 0).map((t) => t.key),
  };
}
