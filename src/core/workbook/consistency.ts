/**
 * 状态 and 完成进度 agree, as people expect: choosing 已完成 sets 100%; a percent above 0 on a
 * 未启动 task moves it to 推进中; a percent below 100 on an 已完成 task moves it back to 推进中;
 * 未启动 sets 0%. A single edit just gets the matching change; a paste or a re-import that brings
 * both values in contradiction is resolved the same way and listed as a warning, never stored
 * silently. 100% on a task not yet 已完成 is a suggestion the UI offers, not a change.
 */
import { parseFieldId, type CellValue, type FieldId } from './fields';
import type { CellChange } from './operations';
import { periodPercent, periodStatus } from './period-values';
import type { Period, Status, TaskRecord, Workbook } from './types';
import { taskByKey } from './task-index';

export interface ConsistencyWarning {
  key: string;
  period: Period;
  message: string;
}

export interface Consistent {
  /** The changes asked for, plus the ones that keep 状态 and 完成进度 in agreement. */
  changes: CellChange[];
  warnings: ConsistencyWarning[];
  /** Tasks set to 100% but not 已完成: offer to mark them done. */
  suggestDone: { key: string; period: Period }[];
}

interface Asked {
  status?: Status | null;
  percent?: number | null;
}

function askedPerPeriod(changes: readonly CellChange[]): Map<string, Asked> {
  const asked = new Map<string, Asked>();
  for (const change of changes) {
    const ref = parseFieldId(change.field);
    if (ref?.kind !== 'period' || (ref.field !== 'status' && ref.field !== 'percent')) continue;
    const id = `${change.key}\u0000${ref.period}`;
    const entry = asked.get(id) ?? {};
    if (ref.field === 'status') entry.status = change.value as Status | null;
    else entry.percent = change.value as number | null;
    asked.set(id, entry);
  }
  return asked;
}

function field(what: 'status' | 'percent', period: Period): FieldId {
  return `${what}@${period}`;
}

/** What the period will show after the change: the new value, else what it shows now. */
function after(task: TaskRecord, period: Period, asked: Asked): { status: Status; percent: number | null } {
  return {
    status: asked.status ?? periodStatus(task, period),
    percent: asked.percent === undefined ? periodPercent(task, period) : asked.percent,
  };
}

/** The extra change (or none) for one task and period, with a warning when both were asked. */
function settle(task: TaskRecord, period: Period, asked: Asked, out: Consistent): void {
  // Clearing a value means "as in the previous period": the user asked for exactly that.
  if (asked.status === null || asked.percent === null) return;
  const { status, percent } = after(task, period, asked);
  const both = asked.status !== undefined && asked.percent !== undefined;
  const add = (what: 'status' | 'percent', value: CellValue, message: string) => {
    const target = field(what, period);
    // Overriding a value asked for in the same batch replaces it: one change per cell.
    const asked = out.changes.findIndex((c) => c.key === task.key && c.field === target);
    if (asked >= 0) out.changes[asked] = { key: task.key, field: target, value };
    else out.changes.push({ key: task.key, field: target, value });
    if (both) out.warnings.push({ key: task.key, period, message: `任务${task.key}（${period}）：${message}` });
  };
  if (status === '已完成' && percent !== 100) {
    if (asked.status === '已完成' || asked.percent === undefined) {
      add('percent', 100, `状态为已完成，但完成进度为${percent ?? '空'}%，已按已完成记为100%`);
    } else add('status', '推进中', `完成进度${percent ?? '空'}%未到100%，状态由已完成改为推进中`);
  } else if (status === '未启动' && percent !== null && percent > 0) {
    if (asked.status === '未启动' && asked.percent === undefined) add('percent', 0, '');
    else add('status', '推进中', `状态为未启动，但完成进度为${percent}%，已改为推进中`);
  } else if (percent === 100 && status !== '已完成' && asked.percent === 100 && asked.status === undefined) {
    out.suggestDone.push({ key: task.key, period });
  }
}

/** `changes` made consistent against the workbook they will be applied to. */
export function withConsistency(workbook: Workbook, changes: readonly CellChange[]): Consistent {
  const out: Consistent = { changes: [...changes], warnings: [], suggestDone: [] };
  const asked = askedPerPeriod(changes);
  if (asked.size === 0) return out;
  for (const [id, wanted] of asked) {
    const [key, period] = id.split('\u0000') as [string, Period];
    const task = taskByKey(workbook.tasks, key);
    if (task) settle(task, period, wanted, out);
  }
  return out;
}
