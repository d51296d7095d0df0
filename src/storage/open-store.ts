/**
 * The app's WorkbookStore: IndexedDB when the browser allows it, else memory with the reason,
 * which the UI shows in a banner. Opening is tried once, at start, so a private window fails
 * here with a message instead of on the first edit.
 */
import { openStore } from './db';
import { createIdbStore } from './idb-store';
import { createMemoryStore } from './memory-store';
import type { WorkbookStore } from './workbook-store';

export async function openWorkbookStore(): Promise<{ store: WorkbookStore; problem: string | null }> {
  const opened = await openStore();
  if ('store' in opened) return { store: createIdbStore(opened.store), problem: null };
  return { store: createMemoryStore(), problem: opened.error };
}
