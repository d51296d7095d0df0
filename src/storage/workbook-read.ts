/** Reading workbooks: always through restore, so old data is migrated and damage is reported. */
import { promisifyRequest } from 'idb-keyval';
import type { Problem } from '../core/plan/types';
import type { RestoreResult } from '../core/workbook/restore';
import {
  assembleHead,
  assembleWorkbook,
  listedTaskKeys,
  metaKey,
  summaryFromMeta,
  taskKey,
  taskPrefix,
  WB_PREFIX,
  type WorkbookSummary,
} from '../core/workbook/stored-records';
import type { TaskRecord, Workbook } from '../core/workbook/types';
import { prefixRange, type UseStore } from './db';

export const NOT_FOUND: Problem = { code: 'not-found', message: '找不到这个台账，可能已在其他窗口删除' };

/** One workbook: metadata and all its tasks read in one transaction (one range query). */
export async function loadWorkbook(store: UseStore, id: string): Promise<RestoreResult> {
  const [meta, tasks] = await store('readonly', (os) =>
    Promise.all([promisifyRequest(os.get(metaKey(id))), promisifyRequest(os.getAll(prefixRange(taskPrefix(id))))]),
  );
  if (meta === undefined) return { workbook: null, problems: [NOT_FOUND] };
  return assembleWorkbook(meta, tasks);
}

export interface WorkbookHead {
  /** The workbook with only its first tasks. */
  workbook: Workbook;
  /** How many tasks the whole workbook lists. */
  total: number;
}

/**
 * The metadata and the first `count` tasks, in one transaction of single gets: what the first
 * screen shows while the whole workbook is read. Null when the metadata cannot be read (the full
 * read then says why).
 */
export async function loadWorkbookHead(store: UseStore, id: string, count: number): Promise<WorkbookHead | null> {
  const read = await store('readonly', (os) => {
    return new Promise<{ meta: unknown; keys: string[]; records: unknown[] } | null>((resolve, reject) => {
      const metaRequest = os.get(metaKey(id));
      metaRequest.onerror = () => reject(metaRequest.error);
      metaRequest.onsuccess = () => {
        const listed = listedTaskKeys(metaRequest.result);
        if (listed === null) return resolve(null);
        const keys = listed.slice(0, count);
        // Issued from the success callback, while the transaction is still active.
        Promise.all(keys.map((k) => promisifyRequest(os.get(taskKey(id, k))))).then(
          (records) => resolve({ meta: metaRequest.result, keys: listed, records }),
          reject,
        );
      };
    });
  });
  if (read === null) return null;
  const workbook = assembleHead(
    read.meta,
    read.keys.slice(0, count),
    read.records.filter((r) => r !== undefined),
  );
  return workbook ? { workbook, total: read.keys.length } : null;
}

export interface LoadedTasks {
  tasks: TaskRecord[];
  /** Keys with no stored record (deleted by an undo in another tab). */
  missing: string[];
  problems: Problem[];
  newer?: boolean;
}

/**
 * Some tasks, as stored now: what a tab reloads when another announced a change. Goes through
 * the same assembly as a full load, with a metadata record listing just these keys.
 */
export async function loadTasks(store: UseStore, id: string, keys: readonly string[]): Promise<LoadedTasks> {
  const [meta, records] = await store('readonly', (os) =>
    Promise.all([
      promisifyRequest(os.get(metaKey(id))),
      Promise.all(keys.map((k) => promisifyRequest(os.get(taskKey(id, k))))),
    ]),
  );
  if (meta === undefined) return { tasks: [], missing: [...keys], problems: [NOT_FOUND] };
  const present = records.filter((r) => r !== undefined);
  const missing = keys.filter((_, i) => records[i] === undefined);
  const partial = { ...(meta as object), workbook: { ...(meta as { workbook: object }).workbook, taskKeys: [] } };
  const result = assembleWorkbook(partial, present);
  const problems = result.problems.filter((p) => p.code !== 'unlisted-task');
  return { tasks: result.workbook?.tasks ?? [], missing, problems, ...(result.newer ? { newer: true } : {}) };
}

/** Every workbook's list row, newest first, from the metadata records only. */
export async function listWorkbooks(store: UseStore): Promise<WorkbookSummary[]> {
  const [keys, values] = await store('readonly', (os) => {
    const range = prefixRange(WB_PREFIX);
    return Promise.all([promisifyRequest(os.getAllKeys(range)), promisifyRequest(os.getAll(range))]);
  });
  const rows = keys.map((k, i) => summaryFromMeta(String(k).slice(WB_PREFIX.length), values[i]));
  return rows.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
}
