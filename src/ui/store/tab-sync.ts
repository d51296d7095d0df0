/**
 * Keeping the open workbook in step with what is stored: another tab's saves (announced by key
 * on the store's channel) and our own edits that storage refused as stale. Either way the stored
 * records win and are re-read, never merged blindly.
 */
import type { Workbook } from '../../core/workbook/types';
import type { WorkbookStore } from '../../storage';

export type OnStoredChange = (workbook: Workbook, changedKeys?: string[]) => void;

export interface TabSync {
  /** Follow one workbook (the open one); replaces any earlier watch. */
  watch(id: string, onChange: OnStoredChange): void;
  /** Adopt what is stored for these tasks (or the whole workbook). */
  reread(id: string, keys: readonly string[], whole: boolean): Promise<void>;
}

/** `latest` holds this tab's newest copy of each workbook; it is updated with what is re-read. */
export function createTabSync(store: WorkbookStore, latest: Map<string, Workbook>): TabSync {
  let watching: { id: string; onChange: OnStoredChange } | null = null;
  let unsubscribe: (() => void) | null = null;

  async function reread(id: string, keys: readonly string[], whole: boolean): Promise<void> {
    const target = watching;
    if (target?.id !== id) return;
    if (whole) {
      const result = await store.load(id);
      if (!result.workbook || watching !== target) return;
      latest.set(id, result.workbook);
      target.onChange(result.workbook);
      return;
    }
    const loaded = await store.loadTasks(id, keys);
    // Read the current state only now: edits made while loading must not be rolled back.
    const current = latest.get(id) ?? (await store.load(id)).workbook;
    if (!current || watching !== target) return;
    const byKey = new Map(loaded.tasks.map((t) => [t.key, t]));
    const next = { ...current, tasks: current.tasks.map((t) => byKey.get(t.key) ?? t) };
    latest.set(id, next);
    target.onChange(next, [...keys]);
  }

  return {
    watch(id, onChange) {
      unsubscribe?.();
      watching = { id, onChange };
      unsubscribe = store.changes.subscribe((message) => {
        if (message.workbookId === id) void reread(id, message.keys, message.meta || message.deleted === true);
      });
    },
    reread,
  };
}
