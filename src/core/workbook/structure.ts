/**
 * Editing the plan's structure inside a workbook: 插入任务 (a street office's own task), 删除任务
 * (archived, its data kept, 已删除任务 brings it back) and 编辑任务 (number, title, text, section).
 * Each is one revisePlan operation, so it is one undo step, saved like any edit, and flows through
 * reports, re-import and consolidation. Keys stay unique; a renumbered task keeps its progress and
 * remembers its former number, so reports exported before still find it.
 */
import type { RevisePlanOperation } from './operations';
import type { TaskRecord, Workbook } from './types';

export type StructureResult = { ok: true; operation: RevisePlanOperation } | { ok: false; message: string };

function restructure(workbook: Workbook, label: string, order: string[], upsert: TaskRecord[], remove: string[] = []) {
  const operation: RevisePlanOperation = {
    type: 'revisePlan',
    label,
    plan: workbook.plan,
    sections: workbook.sections,
    groups: workbook.groups,
    order,
    upsert,
    remove,
  };
  return { ok: true as const, operation };
}

/** `自1`, `自2`…: the next number of the unit's own tasks not yet taken anywhere in the workbook. */
export function nextOwnKey(workbook: Workbook): string {
  const taken = new Set(workbook.tasks.flatMap((t) => [t.key, ...(t.formerKeys ?? [])]));
  let n = 1;
  while (taken.has(`自${n}`)) n++;
  return `自${n}`;
}

function checkKey(workbook: Workbook, key: string, except?: string): string | null {
  if (!key.trim()) return '编号不能为空';
  if (/^§/.test(key)) return '编号不能以 § 开头';
  const clash = workbook.tasks.find((t) => t.key === key && t.key !== except);
  if (clash) return `编号“${key}”已被任务“${clash.title}”使用${clash.archived ? '（已删除任务）' : ''}`;
  return null;
}

export interface NewTask {
  key: string;
  title: string;
  /** The focused task: the new one goes right after it, in its section. */
  afterKey: string | null;
}

export function insertTask(workbook: Workbook, input: NewTask): StructureResult {
  const key = input.key.trim();
  const bad = checkKey(workbook, key) ?? (input.title.trim() ? null : '请填写工作任务');
  if (bad) return { ok: false, message: bad };
  const after = workbook.tasks.find((t) => t.key === input.afterKey);
  const task: TaskRecord = {
    key,
    section: after?.section ?? workbook.sections[0]?.key ?? null,
    title: input.title.trim(),
    text: input.title.trim(),
    subtasks: [],
    indicators: [],
    leadUnit: '',
    partnerUnits: '',
    owner: '',
    deadline: `${workbook.year}-12-31`,
    periods: {},
    notes: '',
    ownTask: true,
  };
  if (after?.group !== undefined) task.group = after.group;
  const order = workbook.tasks.map((t) => t.key);
  const at = after ? order.indexOf(after.key) + 1 : order.length;
  order.splice(at, 0, key);
  return restructure(workbook, '插入任务', order, [task]);
}

function byKey(workbook: Workbook, key: string): TaskRecord | undefined {
  return workbook.tasks.find((t) => t.key === key);
}

/** 删除任务: archived, never deleted — its progress stays and 已删除任务 can bring it back. */
export function archiveTask(workbook: Workbook, key: string): StructureResult {
  const task = byKey(workbook, key);
  if (!task || task.archived) return { ok: false, message: '找不到这项任务' };
  return restructure(
    workbook,
    '删除任务',
    workbook.tasks.map((t) => t.key),
    [{ ...task, archived: true }],
  );
}

export function restoreArchived(workbook: Workbook, key: string): StructureResult {
  const task = byKey(workbook, key);
  if (!task?.archived) return { ok: false, message: '这项任务不在已删除任务中' };
  const back = { ...task };
  delete back.archived;
  return restructure(
    workbook,
    '恢复任务',
    workbook.tasks.map((t) => t.key),
    [back],
  );
}

export interface TaskEdit {
  key: string;
  title: string;
  text: string;
  section: string | null;
}

/** 编辑任务: a new number keeps the task's progress and remembers the old one. */
export function editTask(workbook: Workbook, key: string, edit: TaskEdit): StructureResult {
  const task = byKey(workbook, key);
  if (!task) return { ok: false, message: '找不到这项任务' };
  const next = edit.key.trim();
  const bad = checkKey(workbook, next, key) ?? (edit.title.trim() ? null : '工作任务不能为空');
  if (bad) return { ok: false, message: bad };
  const edited: TaskRecord = {
    ...task,
    key: next,
    title: edit.title.trim(),
    text: edit.text.trim() || edit.title.trim(),
  };
  if (edit.section !== task.section) {
    edited.section = edit.section;
    delete edited.group;
  }
  const order = orderAfterEdit(workbook, key, next, edit.section);
  if (next === key) return restructure(workbook, '编辑任务', order, [edited]);
  edited.formerKeys = [...new Set([...(task.formerKeys ?? []), key])].filter((k) => k !== next);
  return restructure(workbook, '编辑任务', order, [edited], [key]);
}

/** Renumbered in place; moved to another section, it goes to that section's end (bands stay whole). */
function orderAfterEdit(workbook: Workbook, key: string, next: string, section: string | null): string[] {
  const task = byKey(workbook, key);
  const order = workbook.tasks.map((t) => (t.key === key ? next : t.key));
  if (!task || task.section === section) return order;
  order.splice(order.indexOf(next), 1);
  const last = workbook.tasks.map((t) => t.section).lastIndexOf(section);
  const lastKey = last >= 0 ? workbook.tasks[last]!.key : null;
  const at = lastKey === null ? order.length : order.indexOf(lastKey) + 1;
  order.splice(at, 0, next);
  return order;
}
