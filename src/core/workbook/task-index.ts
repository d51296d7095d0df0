/**
 * Where each task sits in `workbook.tasks`, by key, built once per tasks array and shared by the
 * arrays an edit derives from it (same keys, same order), so a one-cell edit in a 5,000-task
 * workbook looks its task up instead of indexing all of them again. A cache keyed by the array
 * itself: pure to the caller, and gone with the array.
 */
import type { TaskRecord } from './types';

const indexes = new WeakMap<readonly TaskRecord[], ReadonlyMap<string, number>>();

export function taskIndex(tasks: readonly TaskRecord[]): ReadonlyMap<string, number> {
  let index = indexes.get(tasks);
  if (!index) {
    index = new Map(tasks.map((t, i) => [t.key, i]));
    indexes.set(tasks, index);
  }
  return index;
}

/** `next` has the same keys in the same order as `tasks` (only records replaced): share its index. */
export function sameKeysAs(next: readonly TaskRecord[], tasks: readonly TaskRecord[]): void {
  const index = indexes.get(tasks);
  if (index) indexes.set(next, index);
}

export function taskByKey(tasks: readonly TaskRecord[], key: string): TaskRecord | undefined {
  const i = taskIndex(tasks).get(key);
  return i === undefined ? undefined : tasks[i];
}
