/**
 * The fast path of a task-only edit: the compare-and-swap without waiting for the read. In one
 * transaction the stored revs are read and, right behind them, the new records put with the rev
 * they will have if nothing changed (base + 1). Requests run in order, and a transaction commits
 * only after every request's success handler has run, so when a read shows another tab's write
 * (or the workbook gone) the handler aborts the transaction and the puts are undone: the caller
 * then runs the ordinary read-then-write, which reports the conflict. One round trip to the
 * database instead of two, and never a write the check would have refused.
 */
import { metaKey, storedRev, taskEnvelope, taskKey } from '../core/workbook/stored-records';
import { transact, type UseStore } from './db';
import type { SaveResult, TaskWrite } from './workbook-write';

/** Why the fast path gave way (not an error: the slow path decides). */
const MISMATCH = Symbol('stored state differs');

/** The committed result, or null when the stored state differed and nothing was written. */
export async function saveTasksOptimistic(
  store: UseStore,
  id: string,
  writes: readonly TaskWrite[],
): Promise<SaveResult | null> {
  const result: SaveResult = { revs: new Map(), metaRev: null, conflicts: [] };
  try {
    return await transact(store, 'readwrite', (os, fail) => {
      const mismatch = () => fail(MISMATCH);
      // A stored task at its expected rev proves the workbook is there (deleting a workbook removes
      // its record and its tasks in one transaction); only a new task needs the record checked.
      if (writes.some((w) => w.baseRev === 0)) {
        const exists = os.getKey(metaKey(id));
        exists.onsuccess = () => void (exists.result === undefined && mismatch());
      }
      for (const write of writes) {
        const key = taskKey(id, write.key);
        const stored = os.get(key);
        stored.onsuccess = () => void (storedRev(stored.result) !== write.baseRev && mismatch());
        if (write.task === null) os.delete(key);
        else os.put(taskEnvelope(write.task, write.baseRev + 1), key);
        result.revs.set(write.key, write.task === null ? 0 : write.baseRev + 1);
      }
      return () => result;
    });
  } catch (error) {
    if (error === MISMATCH) return null;
    throw error;
  }
}
