/**
 * Writing workbooks. Conflict rule: every record carries `rev`, bumped on each write. A save
 * states the rev its data was based on; inside the same transaction the stored rev is read and
 * the write happens only if they match (compare-and-swap). IndexedDB serialises overlapping
 * readwrite transactions, also across tabs, so two tabs can never both pass the check for the
 * same record: the second one gets a conflict and the newer stored value, never a silent
 * overwrite. A counter rather than updatedAt because two tabs' clocks can tie or disagree.
 */
import { restoreTask } from '../core/workbook/restore-task';
import {
  metaKey,
  metaRecord,
  storedRev,
  taskEnvelope,
  taskKey,
  taskPrefix,
  type StoredSummary,
} from '../core/workbook/stored-records';
import { readEnvelope } from '../core/workbook/envelope';
import { isRecord } from '../core/workbook/coerce';
import type { TaskRecord, Workbook } from '../core/workbook/types';
import { guarded, prefixRange, readKeys, StorageError, transact, type UseStore } from './db';
import { saveTasksOptimistic } from './optimistic-write';

export interface TaskWrite {
  key: string;
  /** null deletes the record (undoing the addition of a task). */
  task: TaskRecord | null;
  /** The stored rev this edit was based on (0: the record did not exist). */
  baseRev: number;
}

export interface MetaWrite {
  workbook: Workbook;
  /**
   * The list's bookkeeping (summary, updatedAt) to write along with the tasks; null leaves the
   * metadata record alone so a one-cell edit does not rewrite it (see touchMeta).
   */
  summary: StoredSummary | null;
  /** Rev the metadata edit was based on; null when only tasks changed (updatedAt and summary follow). */
  baseRev: number | null;
}

export interface Conflict {
  /** Task key, or null for the workbook's own record. */
  key: string | null;
  /** `newer`: another tab wrote it since; `deleted`: the workbook is gone. */
  reason: 'newer' | 'deleted';
  /** The stored task that won, for the UI to show and adopt. */
  stored: TaskRecord | null;
}

export interface SaveResult {
  /** New rev of every record written. */
  revs: Map<string, number>;
  metaRev: number | null;
  conflicts: Conflict[];
}

/** The meta envelope as stored, refusing one we cannot safely rewrite. */
function checkedMeta(value: unknown): Record<string, unknown> | null {
  if (value === undefined) return null;
  const check = readEnvelope(value, 'workbookMeta', '台账');
  if (!check.ok) throw new StorageError(check.problem.message);
  return check.body;
}

function storedTask(value: unknown): TaskRecord | null {
  if (!isRecord(value) || !isRecord(value.task)) return null;
  return restoreTask({ ...value.task, rev: storedRev(value) }, 0, []);
}

function writeTasks(
  os: IDBObjectStore,
  id: string,
  writes: readonly TaskWrite[],
  stored: unknown[],
  result: SaveResult,
) {
  writes.forEach((write, i) => {
    const rev = storedRev(stored[i]);
    if (rev !== write.baseRev) {
      result.conflicts.push({ key: write.key, reason: 'newer', stored: storedTask(stored[i]) });
    } else if (write.task === null) {
      os.delete(taskKey(id, write.key));
      result.revs.set(write.key, 0);
    } else {
      os.put(taskEnvelope(write.task, rev + 1), taskKey(id, write.key));
      result.revs.set(write.key, rev + 1);
    }
  });
}

function writeMeta(os: IDBObjectStore, meta: MetaWrite, stored: Record<string, unknown>, result: SaveResult) {
  const rev = storedRev(stored);
  if (meta.baseRev !== null && rev === meta.baseRev) {
    os.put(metaRecord(meta.workbook, rev + 1, meta.summary ?? undefined), metaKey(meta.workbook.id));
    result.metaRev = rev + 1;
    return;
  }
  if (meta.baseRev !== null) result.conflicts.push({ key: null, reason: 'newer', stored: null });
  if (result.revs.size === 0 || meta.summary === null) return;
  putBookkeeping(os, meta.workbook, meta.summary, stored);
}

/** Keep the stored metadata; move only updatedAt (never backwards) and the list's summary. */
function putBookkeeping(
  os: IDBObjectStore,
  workbook: Workbook,
  summary: StoredSummary,
  stored: Record<string, unknown>,
) {
  const body = isRecord(stored.workbook) ? stored.workbook : {};
  const storedAt = typeof body.updatedAt === 'string' ? body.updatedAt : '';
  const updatedAt = storedAt > workbook.updatedAt ? storedAt : workbook.updatedAt;
  os.put({ ...stored, summary, workbook: { ...body, updatedAt } }, metaKey(workbook.id));
}

/**
 * Bring the list's summary and updatedAt up to date after task-only edits. Done in its own
 * transaction, shortly after the edits, so each edit writes only its task records: the metadata
 * record carries the plan text and every task key and is far larger than one task.
 */
export function touchMeta(store: UseStore, workbook: Workbook, summary: StoredSummary): Promise<void> {
  return transact(store, 'readwrite', (os, fail) => {
    readKeys(os, [metaKey(workbook.id)], fail, false, ([stored]) => {
      const checked = checkedMeta(stored);
      if (checked !== null) putBookkeeping(os, workbook, summary, checked);
    });
    return () => undefined;
  });
}

/**
 * One edit's records, in one transaction; resolves after it committed. A task-only edit first
 * tries the one-round-trip path (optimistic-write.ts); if another tab got there first, nothing
 * was written and the read-then-write below reports the conflict.
 */
export async function saveTasks(
  store: UseStore,
  id: string,
  writes: readonly TaskWrite[],
  meta: MetaWrite,
): Promise<SaveResult> {
  if (meta.baseRev === null && meta.summary === null && writes.length > 0) {
    const fast = await saveTasksOptimistic(store, id, writes);
    if (fast) return fast;
  }
  return readThenWrite(store, id, writes, meta);
}

function readThenWrite(
  store: UseStore,
  id: string,
  writes: readonly TaskWrite[],
  meta: MetaWrite,
): Promise<SaveResult> {
  const result: SaveResult = { revs: new Map(), metaRev: null, conflicts: [] };
  // A task-only edit needs to know the workbook still exists, not its (large) metadata record.
  const metaExistsOnly = meta.baseRev === null && meta.summary === null;
  return transact(store, 'readwrite', (os, fail) => {
    const keys = [metaKey(id), ...writes.map((w) => taskKey(id, w.key))];
    readKeys(os, keys, fail, metaExistsOnly, ([storedMeta, ...storedTasks]) => {
      const checked = metaExistsOnly ? (storedMeta === undefined ? null : {}) : checkedMeta(storedMeta);
      if (checked === null) {
        result.conflicts.push({ key: null, reason: 'deleted', stored: null });
        return;
      }
      writeTasks(os, id, writes, storedTasks, result);
      writeMeta(os, meta, checked, result);
    });
    return () => result;
  });
}

function replaceOne(os: IDBObjectStore, workbook: Workbook, fail: (e: unknown) => void, done: (wb: Workbook) => void) {
  const range = prefixRange(taskPrefix(workbook.id));
  const metaRequest = os.get(metaKey(workbook.id));
  const keysRequest = os.getAllKeys(range);
  const valuesRequest = os.getAll(range);
  // Wait for all three: Chromium may deliver getAll's success before an earlier get's result is
  // readable ("The request has not finished"), so order of completion is not relied on.
  let left = 3;
  const settled = () => {
    if (--left === 0) whenAll();
  };
  metaRequest.onsuccess = keysRequest.onsuccess = valuesRequest.onsuccess = settled;
  const whenAll = () =>
    guarded(fail, () => {
      const meta = checkedMeta(metaRequest.result);
      const revs = new Map<string, number>();
      keysRequest.result.forEach((k, i) => revs.set(String(k), storedRev(valuesRequest.result[i])));
      const keep = new Set(workbook.tasks.map((t) => taskKey(workbook.id, t.key)));
      for (const k of revs.keys()) if (!keep.has(k)) os.delete(k);
      // Bumping past the stored rev makes stale edits from another tab conflict instead of win.
      const tasks = workbook.tasks.map((t) => ({ ...t, rev: (revs.get(taskKey(workbook.id, t.key)) ?? 0) + 1 }));
      for (const t of tasks) os.put(taskEnvelope(t, t.rev), taskKey(workbook.id, t.key));
      const rev = storedRev(meta) + 1;
      os.put(metaRecord(workbook, rev), metaKey(workbook.id));
      done({ ...workbook, tasks, rev });
    });
}

/**
 * Whole workbooks (create, import, restore from backup), all in one transaction: either every
 * workbook is stored or none is. Task records the new version no longer has are removed.
 * Refuses to replace a workbook stored by a newer version. Returns them with their new revs.
 */
export function saveWorkbooks(store: UseStore, workbooks: readonly Workbook[]): Promise<Workbook[]> {
  const saved: Workbook[] = [];
  return transact(store, 'readwrite', (os, fail) => {
    workbooks.forEach((wb, i) => replaceOne(os, wb, fail, (done) => (saved[i] = done)));
    return () => saved;
  });
}

export async function saveWorkbook(store: UseStore, workbook: Workbook): Promise<Workbook> {
  const [saved] = await saveWorkbooks(store, [workbook]);
  return saved ?? workbook;
}
