/**
 * Every edit is an Operation applied by a pure function that also returns its inverse, so undo is
 * just applying the inverse. One paste or one import is one setCells: one undo step.
 */
import type { PlanGroup, PlanSection } from '../plan/types';
import { readField, writeField, type CellValue, type FieldId } from './fields';
import { reportSettings, sameSettings } from './report-settings';
import { sameKeysAs, taskIndex } from './task-index';
import type { PlanSource, ReportSettings, TaskRecord, Workbook } from './types';

export interface CellChange {
  key: string;
  field: FieldId;
  value: CellValue;
}

/** Replace the plan's structure; tasks are upserted whole, so progress travels with the record. */
export interface RevisePlanOperation {
  type: 'revisePlan';
  label: string;
  plan: PlanSource;
  sections: PlanSection[];
  groups: PlanGroup[];
  /** Task keys in their new order. */
  order: string[];
  upsert: TaskRecord[];
  /** Only inverses remove: undoing the addition of a task. A revision archives instead. */
  remove: string[];
}

export type Operation =
  { type: 'setCells'; label: string; changes: CellChange[] } | RevisePlanOperation | SetMetaOperation;

/** The workbook's own fields: its name, 填报单位 and 台账设置 (one undo step for the dialog). */
export interface SetMetaOperation {
  type: 'setMeta';
  label: string;
  name?: string;
  unit?: string;
  report?: ReportSettings;
}

export interface ApplyResult {
  workbook: Workbook;
  inverse: Operation;
  /** Keys of tasks whose records changed (what storage must write). */
  changedKeys: string[];
  /** Whether the workbook's own record (name, unit, plan, sections, order) changed. */
  metaChanged: boolean;
}

/** Labels the UI shows in 撤销“…”. */
export const OPERATION_LABELS = {
  setCell: '编辑单元格',
  pasteBlock: '粘贴',
  mergeImport: '导入Excel',
  clearCells: '清除内容',
  revisePlan: '导入修订后的要点',
  rename: '重命名',
  reportSettings: '台账设置',
} as const;

function sameValue(a: CellValue, b: CellValue): boolean {
  return a === b || (Number.isNaN(a) && Number.isNaN(b));
}

function applySetCells(wb: Workbook, op: Extract<Operation, { type: 'setCells' }>, now: string): ApplyResult {
  const index = taskIndex(wb.tasks);
  const tasks = [...wb.tasks];
  const undo: CellChange[] = [];
  const changed = new Set<string>();
  for (const change of op.changes) {
    const i = index.get(change.key);
    if (i === undefined) continue;
    const task = tasks[i] as TaskRecord;
    const before = readField(task, change.field);
    const after = writeField(task, change.field, change.value);
    if (sameValue(before, readField(after, change.field))) continue;
    tasks[i] = after;
    undo.push({ key: change.key, field: change.field, value: before });
    changed.add(change.key);
  }
  const inverse: Operation = { type: 'setCells', label: op.label, changes: undo.reverse() };
  if (changed.size === 0) return { workbook: wb, inverse, changedKeys: [], metaChanged: false };
  sameKeysAs(tasks, wb.tasks);
  return { workbook: { ...wb, tasks, updatedAt: now }, inverse, changedKeys: [...changed], metaChanged: false };
}

function applyRevisePlan(wb: Workbook, op: RevisePlanOperation, now: string): ApplyResult {
  const old = new Map(wb.tasks.map((t) => [t.key, t]));
  const next = new Map(old);
  for (const key of op.remove) next.delete(key);
  for (const task of op.upsert) next.set(task.key, task);
  const ordered: TaskRecord[] = [];
  for (const key of op.order) {
    const task = next.get(key);
    if (task) ordered.push(task);
    next.delete(key);
  }
  // Defensive: a task the order forgot is kept at the end rather than lost.
  ordered.push(...next.values());
  const touched = [...new Set([...op.upsert.map((t) => t.key), ...op.remove])];
  const inverse: RevisePlanOperation = {
    type: 'revisePlan',
    label: op.label,
    plan: wb.plan,
    sections: wb.sections,
    groups: wb.groups,
    order: wb.tasks.map((t) => t.key),
    upsert: touched.flatMap((key) => old.get(key) ?? []),
    remove: touched.filter((key) => !old.has(key)),
  };
  const workbook: Workbook = {
    ...wb,
    plan: op.plan,
    sections: op.sections,
    groups: op.groups,
    tasks: ordered,
    updatedAt: now,
  };
  return { workbook, inverse, changedKeys: touched, metaChanged: true };
}

function applySetMeta(wb: Workbook, op: SetMetaOperation, now: string): ApplyResult {
  const inverse: SetMetaOperation = { type: 'setMeta', label: op.label };
  const workbook = { ...wb };
  if (op.name !== undefined && op.name !== wb.name) [inverse.name, workbook.name] = [wb.name, op.name];
  if (op.unit !== undefined && op.unit !== wb.unit) [inverse.unit, workbook.unit] = [wb.unit, op.unit];
  if (op.report && !sameSettings(op.report, reportSettings(wb)))
    [inverse.report, workbook.report] = [reportSettings(wb), { ...op.report }];
  const metaChanged = inverse.name !== undefined || inverse.unit !== undefined || inverse.report !== undefined;
  return { workbook: metaChanged ? { ...workbook, updatedAt: now } : wb, inverse, changedKeys: [], metaChanged };
}

/** Pure: the workbook after the operation, and the operation that undoes it. */
export function applyOperation(wb: Workbook, op: Operation, now: string): ApplyResult {
  switch (op.type) {
    case 'setCells':
      return applySetCells(wb, op, now);
    case 'revisePlan':
      return applyRevisePlan(wb, op, now);
    case 'setMeta':
      return applySetMeta(wb, op, now);
  }
}

/** An operation that would change nothing (e.g. retyping a cell's value) is not an undo step. */
export function isNoop(result: ApplyResult): boolean {
  return result.changedKeys.length === 0 && !result.metaChanged;
}
