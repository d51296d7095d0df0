/** Per task across the units: how many reported it, how many finished it, their mean completion. */
import { taskCompletion } from '../../workbook/completion';
import { periodStatus } from '../../workbook/period-values';
import type { Period, TaskRecord } from '../../workbook/types';
import type { UnitEntry } from './consolidate';

export interface TaskSummary {
  /** Units whose file lists the task. */
  reported: number;
  /** 完成单位数: …of which report it 已完成. */
  done: number;
  /** 平均进度, 0–1: mean completion over the units that list it and count it (not 不涉及); null if none. */
  mean: number | null;
}

/** One unit's view of the plan's tasks: `tasks[i]` and `entries[i]` (null: its file does not list task i). */
export interface UnitView {
  tasks: readonly TaskRecord[];
  entries: readonly (UnitEntry | null)[];
}

export function summarizeTasks(count: number, units: readonly UnitView[], period: Period | null): TaskSummary[] {
  return Array.from({ length: count }, (_, i) => {
    let reported = 0;
    let done = 0;
    const completions: number[] = [];
    for (const unit of units) {
      const task = unit.tasks[i];
      if (!task || !unit.entries[i]) continue;
      reported += 1;
      const status = periodStatus(task, period ?? undefined);
      if (status === '已完成') done += 1;
      if (status !== '不涉及') completions.push(taskCompletion(task, period ?? undefined));
    }
    const mean = completions.length ? completions.reduce((a, b) => a + b, 0) / completions.length : null;
    return { reported, done, mean };
  });
}
