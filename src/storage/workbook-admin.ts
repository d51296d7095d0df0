/** The list screen's actions: delete (with undo), rename, duplicate. */
import { copyWorkbook, type CopyOptions } from '../core/workbook/duplicate';
import { isRecord } from '../core/workbook/coerce';
import { readEnvelope } from '../core/workbook/envelope';
import type { RestoreResult } from '../core/workbook/restore';
import { metaKey, storedRev, taskPrefix } from '../core/workbook/stored-records';
import { guarded, prefixRange, StorageError, transact, type UseStore } from './db';
import { uiKey } from './ui-state';
import { loadWorkbook, NOT_FOUND } from './workbook-read';
import { saveWorkbook } from './workbook-write';

/** The records exactly as they were, so an undo within the undo window puts back even damage. */
export interface DeletedWorkbook {
  id: string;
  records: [string, unknown][];
}

export function deleteWorkbook(store: UseStore, id: string): Promise<DeletedWorkbook> {
  const deleted: DeletedWorkbook = { id, records: [] };
  return transact(store, 'readwrite', (os, fail) => {
    const ranges = [IDBKeyRange.only(metaKey(id)), prefixRange(taskPrefix(id)), IDBKeyRange.only(uiKey(id))];
    for (const range of ranges) {
      const keys = os.getAllKeys(range);
      const values = os.getAll(range);
      values.onsuccess = () =>
        guarded(fail, () => keys.result.forEach((k, i) => deleted.records.push([String(k), values.result[i]])));
      os.delete(range);
    }
    return () => deleted;
  });
}

export function undeleteWorkbook(store: UseStore, deleted: DeletedWorkbook): Promise<void> {
  return transact(store, 'readwrite', (os) => {
    for (const [key, value] of deleted.records) os.put(value, key);
    return () => undefined;
  });
}

/** Rename from the list (an open workbook renames through a setMeta operation instead). */
export function renameWorkbook(store: UseStore, id: string, name: string, now: string): Promise<void> {
  return transact(store, 'readwrite', (os, fail) => {
    const request = os.get(metaKey(id));
    request.onsuccess = () =>
      guarded(fail, () => {
        const check = readEnvelope(request.result, 'workbookMeta', '台账');
        if (request.result === undefined) throw new StorageError(NOT_FOUND.message);
        if (!check.ok || !isRecord(check.body.workbook))
          throw new StorageError(check.ok ? '台账已损坏' : check.problem.message);
        const workbook = { ...check.body.workbook, name: name.trim(), updatedAt: now };
        os.put({ ...check.body, rev: storedRev(check.body) + 1, workbook }, metaKey(id));
      });
    return () => undefined;
  });
}

/** A copy (e.g. next year's from this year's), stored and returned; null with problems if the source cannot be read. */
export async function duplicateWorkbook(store: UseStore, id: string, options: CopyOptions): Promise<RestoreResult> {
  const source = await loadWorkbook(store, id);
  if (!source.workbook) return source;
  const saved = await saveWorkbook(store, copyWorkbook(source.workbook, options));
  return { workbook: saved, problems: source.problems };
}
