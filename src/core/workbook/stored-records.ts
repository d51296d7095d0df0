/**
 * The IndexedDB layout as pure data. A workbook is stored as one metadata record plus one record
 * per task, so an edit rewrites only the tasks it touched (small, fast transactions):
 *
 *   wb/<id>              WorkbookMetaRecord: name, unit, year, plan, sections, task order, summary
 *   task/<id>/<taskKey>  TaskEnvelope: one task and its progress
 *   ui/<scope>           UI state, apart from the document
 *   app                  app bookkeeping (last backup)
 *
 * Metadata keys share the `wb/` prefix so the list reads them with one range query without
 * touching any task record. Each record carries `rev`, a counter bumped on every write, so a
 * write based on an older read can be refused (see src/storage/workbooks.ts).
 */
import type { Problem } from '../plan/types';
import { ENVELOPE_TYPES, VERSIONS } from '../versions';
import { completionRate } from './completion';
import { array, finite, isRecord, str } from './coerce';
import { readEnvelope } from './envelope';
import { normalizeWorkbook, type RestoreResult } from './restore';
import type { TaskRecord, Workbook } from './types';

export const WB_PREFIX = 'wb/';
export const metaKey = (id: string): string => `${WB_PREFIX}${id}`;
export const taskPrefix = (id: string): string => `task/${id}/`;
export const taskKey = (id: string, key: string): string => `${taskPrefix(id)}${key}`;

export interface StoredSummary {
  /** Tasks in the plan (not archived), 不涉及 included: the number the list shows as 任务数. */
  taskCount: number;
  /** 0–1, or null when nothing counts. */
  completion: number | null;
}

export interface WorkbookMetaRecord {
  type: typeof ENVELOPE_TYPES.workbookMeta;
  version: number;
  rev: number;
  summary: StoredSummary;
  workbook: Omit<Workbook, 'tasks' | 'rev'> & { taskKeys: string[] };
}

export interface TaskEnvelope {
  type: typeof ENVELOPE_TYPES.task;
  version: number;
  rev: number;
  task: Omit<TaskRecord, 'rev'>;
}

export interface WorkbookSummary extends StoredSummary {
  id: string;
  name: string;
  unit: string;
  year: number;
  updatedAt: string;
  sample: boolean;
  /** Set when the workbook cannot be opened (e.g. written by a newer version); say why. */
  problem?: string;
}

export function summarize(workbook: Workbook): StoredSummary {
  const taskCount = workbook.tasks.filter((t) => !t.archived).length;
  return { taskCount, completion: completionRate(workbook.tasks) };
}

export function metaRecord(workbook: Workbook, rev: number, summary = summarize(workbook)): WorkbookMetaRecord {
  const rest: Partial<Workbook> = { ...workbook };
  delete rest.tasks;
  delete rest.rev;
  return {
    type: ENVELOPE_TYPES.workbookMeta,
    version: VERSIONS.workbookMeta,
    rev,
    summary,
    workbook: { ...(rest as Omit<Workbook, 'tasks' | 'rev'>), taskKeys: workbook.tasks.map((t) => t.key) },
  };
}

export function taskEnvelope(task: TaskRecord, rev: number): TaskEnvelope {
  const rest = { ...task };
  delete rest.rev;
  return { type: ENVELOPE_TYPES.task, version: VERSIONS.task, rev, task: rest };
}

/** Revision of a stored record; 0 for none or one without a readable counter. */
export function storedRev(record: unknown): number {
  return isRecord(record) ? (finite(record.rev) ?? 0) : 0;
}

/** One list row from a metadata record; damaged or newer records still get a row that says why. */
export function summaryFromMeta(id: string, record: unknown): WorkbookSummary {
  const check = readEnvelope(record, 'workbookMeta', '台账');
  // Even a record we cannot open shows its name, so the user knows which workbook is meant.
  const raw = isRecord(record) ? record : {};
  const body = isRecord(raw.workbook) ? raw.workbook : {};
  const summary = isRecord(raw.summary) ? raw.summary : {};
  const row: WorkbookSummary = {
    id,
    name: str(body.name) || '未命名台账',
    unit: str(body.unit),
    year: finite(body.year) ?? 0,
    updatedAt: str(body.updatedAt),
    sample: body.sample === true,
    taskCount: finite(summary.taskCount) ?? 0,
    completion: finite(summary.completion),
  };
  if (!check.ok) row.problem = check.problem.message;
  return row;
}

function orderTasks(taskKeys: string[], byKey: Map<string, unknown>, problems: Problem[]): unknown[] {
  const ordered: unknown[] = [];
  for (const key of taskKeys) {
    const task = byKey.get(key);
    if (task === undefined) problems.push({ code: 'missing-task', message: `任务${key}的记录缺失，已跳过` });
    else ordered.push(task);
    byKey.delete(key);
  }
  for (const [key, task] of byKey) {
    problems.push({ code: 'unlisted-task', message: `任务${key}不在任务顺序中，已附在末尾` });
    ordered.push(task);
  }
  return ordered;
}

/** The task keys a metadata record lists, in the workbook's order; null when it cannot be read. */
export function listedTaskKeys(meta: unknown): string[] | null {
  const checked = readEnvelope(meta, 'workbookMeta', '台账');
  if (!checked.ok || !isRecord(checked.body.workbook)) return null;
  return array(checked.body.workbook.taskKeys).map((k) => str(k));
}

/**
 * The first tasks of a workbook, to show before the rest is read: `meta` restricted to `keys`
 * (the first of those it lists), assembled as a whole workbook is. Problems are left to the full read.
 */
export function assembleHead(meta: unknown, keys: readonly string[], taskRecords: readonly unknown[]): Workbook | null {
  if (!isRecord(meta) || !isRecord(meta.workbook)) return null;
  const result = assembleWorkbook({ ...meta, workbook: { ...meta.workbook, taskKeys: [...keys] } }, taskRecords);
  return result.newer ? null : result.workbook;
}

/**
 * Metadata record + task records (any order) → a workbook. A record from a newer version refuses
 * the whole workbook (it must stay untouched); a damaged task record is dropped and reported.
 */
export function assembleWorkbook(meta: unknown, taskRecords: readonly unknown[]): RestoreResult {
  const checked = readEnvelope(meta, 'workbookMeta', '台账');
  if (!checked.ok) return { workbook: null, problems: [checked.problem], newer: checked.newer };
  if (!isRecord(checked.body.workbook)) {
    return { workbook: null, problems: [{ code: 'damaged-workbook', message: '台账的基本信息已损坏，无法打开' }] };
  }
  const problems: Problem[] = [];
  const byKey = new Map<string, unknown>();
  for (const record of taskRecords) {
    const task = readEnvelope(record, 'task', '任务记录');
    if (!task.ok && task.newer) return { workbook: null, problems: [task.problem], newer: true };
    if (!task.ok || !isRecord(task.body.task)) {
      problems.push({ code: 'damaged-task', message: '有一条任务记录已损坏，已跳过', detail: JSON.stringify(record) });
      continue;
    }
    const key = str(task.body.task.key);
    byKey.set(key, { ...task.body.task, rev: storedRev(task.body) });
  }
  const { taskKeys, ...body } = checked.body.workbook;
  const keys = array(taskKeys).map((k) => str(k));
  const tasks = orderTasks(keys, byKey, problems);
  const workbook = normalizeWorkbook({ ...body, tasks, rev: storedRev(checked.body) }, {}, problems);
  return { workbook, problems };
}
