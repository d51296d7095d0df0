/**
 * Writing for the UI: every applied change goes to the saver; a workbook whose first save failed
 * (e.g. disk full) stays in memory and is stored whole on its next edit; persistence is asked for
 * once, on the first real edit; the save indicator and banners tell the truth throughout.
 */
import type { ApplyResult } from '../../core/workbook/operations';
import type { Workbook } from '../../core/workbook/types';
import {
  flushOnHide,
  requestPersistence,
  storageErrorMessage,
  type Conflict,
  type SaveStatus,
  type WorkbookStore,
} from '../../storage';
import type { Notices } from '../shell/notices';
import type { SaveIndicator } from '../shell/save-indicator';
import { showStorageInfo } from '../shell/storage-status';
import { saveFailed, showSaveStatus } from './save-status';

export interface Writer {
  persist(result: ApplyResult): void;
  /** A new workbook, stored whole (in memory when storage fails). */
  create(workbook: Workbook): Promise<void>;
  /** Workbooks from a backup, all or none; throws when storage refuses. */
  restore(workbooks: readonly Workbook[]): Promise<Workbook[]>;
  flush(): Promise<void>;
}

export interface WriterDeps {
  win: Window;
  notices: Notices;
  save: SaveIndicator;
  storageInfo: HTMLElement;
  /** Another tab wrote these records first: show what is stored. */
  onConflict(workbookId: string, conflicts: Conflict[]): void;
}

export function createWriter(store: WorkbookStore, deps: WriterDeps): Writer {
  const { notices, save } = deps;
  const report = (status: SaveStatus): void =>
    typeof status === 'object' ? saveFailed(status.error, save, notices) : showSaveStatus(status, save, notices);
  const saver = store.createSaver(report, { delayMs: 0, onConflict: deps.onConflict });
  flushOnHide(saver, deps.win);
  // In memory the indicator keeps saying, from the start, that nothing is saved for good.
  save.show(store.durable ? { kind: 'idle' } : { kind: 'error', reason: '本地存储不可用' });
  const unstored = new Set<string>();
  let persistAsked = false;

  async function storeWhole(workbook: Workbook): Promise<void> {
    if (!store.durable) return void (await store.saveWorkbooks([workbook]));
    save.show({ kind: 'saving' });
    try {
      await store.saveWorkbooks([workbook]);
      unstored.delete(workbook.id);
      showSaveStatus('saved', save, notices);
    } catch (error) {
      unstored.add(workbook.id);
      saveFailed(storageErrorMessage(error), save, notices, '台账');
    }
  }

  return {
    persist(result) {
      if (unstored.has(result.workbook.id)) return void storeWhole(result.workbook);
      saver.save(result.workbook, { changedKeys: result.changedKeys, metaChanged: result.metaChanged });
      if (persistAsked || !store.durable) return;
      persistAsked = true;
      void requestPersistence().then(() => showStorageInfo(deps.storageInfo));
    },
    create: storeWhole,
    async restore(workbooks) {
      if (store.durable) save.show({ kind: 'saving' });
      try {
        const saved = await store.saveWorkbooks(workbooks);
        if (store.durable) save.show({ kind: 'saved', at: new Date() });
        return saved;
      } catch (error) {
        save.show({ kind: 'error', reason: error instanceof Error ? error.message : String(error) });
        throw error;
      }
    },
    flush: async () => void (await saver.flush()),
  };
}
