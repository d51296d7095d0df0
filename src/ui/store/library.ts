/**
 * The UI's door to storage. Opens the WorkbookStore (IndexedDB, or memory with a banner), hands
 * every applied change to the saver, keeps this tab's newest copy of each workbook (what a backup
 * takes when a save has failed), follows other tabs, and keeps UI state apart from the document.
 */
import type { ApplyResult } from '../../core/workbook/operations';
import type { WorkbookSummary } from '../../core/workbook/stored-records';
import type { Workbook } from '../../core/workbook/types';
import {
  collectBackup,
  flushOnHide,
  openWorkbookStore,
  requestPersistence,
  storageErrorMessage,
  type BackupSet,
  type WorkbookStore,
} from '../../storage';
import type { Notices } from '../shell/notices';
import type { SaveIndicator } from '../shell/save-indicator';
import { remindBackup, showStorageInfo } from '../shell/storage-status';
import type { UiState } from '../ui-state';
import { saveFailed, showSaveStatus } from './save-status';
import { createTabSync, type OnStoredChange } from './tab-sync';
import { openUiState } from './ui-state-store';

export interface Library {
  store: WorkbookStore;
  list(): Promise<WorkbookSummary[]>;
  /** The workbook, or null with a notice saying why it cannot be opened. */
  load(id: string): Promise<Workbook | null>;
  create(workbook: Workbook): Promise<void>;
  persist(result: ApplyResult): void;
  flush(): Promise<void>;
  watch(id: string, onChange: OnStoredChange): void;
  uiState(): UiState;
  setUiState(patch: Partial<UiState>): Promise<void>;
  /** Every workbook this tab can back up, including edits not yet (or never) written to storage. */
  backupSet(): Promise<BackupSet>;
  markBackedUp(): Promise<void>;
  /** Store workbooks from a backup, all or none; other tabs reload them. */
  restoreWorkbooks(workbooks: readonly Workbook[]): Promise<void>;
  /** A deleted workbook must not come back from this tab's memory in a backup. */
  forget(id: string): void;
}

export interface LibraryDeps {
  doc: Document;
  notices: Notices;
  save: SaveIndicator;
  storageInfo: HTMLElement;
}

export async function openLibrary(deps: LibraryDeps): Promise<Library> {
  const { notices, save } = deps;
  const { store, problem } = await openWorkbookStore();
  if (problem) {
    notices.banner('no-storage', `${problem}：本次编辑只保存在内存中，关闭页面前请点击“备份”下载数据。`);
  }
  const ui = await openUiState(store);
  const latest = new Map<string, Workbook>();
  const sync = createTabSync(store, latest);
  const saver = store.createSaver((status) => reportStatus(status), {
    delayMs: 0,
    onConflict: (id, conflicts) => {
      notices.notice('其他窗口刚修改了同一任务，已保留较新的内容', [], 'error');
      // Show what is stored: the refused edit must not stay on screen as if it were saved,
      // and its stale rev would make every later edit of that task conflict too.
      const keys = conflicts.flatMap((c) => (c.key === null ? [] : [c.key]));
      void sync.reread(
        id,
        keys,
        conflicts.some((c) => c.key === null),
      );
    },
  });
  function reportStatus(status: Parameters<typeof showSaveStatus>[0]): void {
    if (typeof status === 'object') saveFailed(status.error, save, notices);
    else showSaveStatus(status, save, notices);
  }
  flushOnHide(saver, deps.doc.defaultView!);
  save.show(store.durable ? { kind: 'idle' } : { kind: 'error', reason: '本地存储不可用' });
  void showStorageInfo(deps.storageInfo);
  if (store.durable) void remindBackup(store, notices);

  /** Workbooks whose first save failed (e.g. disk full): kept in memory, stored whole on the next edit. */
  const unstored = new Set<string>();
  async function storeWhole(workbook: Workbook): Promise<void> {
    // In memory the indicator keeps saying that nothing is saved for good.
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

  let persistAsked = false;
  return {
    store,
    list: () => store.list(),
    async load(id) {
      const result = await store.load(id);
      if (result.problems.length > 0) {
        const title = result.workbook ? '台账已打开，但有部分数据无法读取' : '无法打开这个台账';
        notices.notice(
          title,
          result.problems.map((p) => p.message),
          'error',
        );
      }
      return result.workbook;
    },
    async create(workbook) {
      latest.set(workbook.id, workbook);
      await storeWhole(workbook);
    },
    persist(result) {
      latest.set(result.workbook.id, result.workbook);
      if (unstored.has(result.workbook.id)) return void storeWhole(result.workbook);
      saver.save(result.workbook, { changedKeys: result.changedKeys, metaChanged: result.metaChanged });
      if (persistAsked || !store.durable) return;
      persistAsked = true;
      void requestPersistence().then(() => showStorageInfo(deps.storageInfo));
    },
    flush: async () => void (await saver.flush()),
    watch: (id, onChange) => sync.watch(id, onChange),
    uiState: () => ui.get(),
    setUiState: (patch) => ui.set(patch),
    backupSet: () => collectBackup(store, latest),
    async markBackedUp() {
      await store.updateAppMeta({ lastBackupAt: new Date().toISOString() });
      notices.dismissBanner('backup');
    },
    async restoreWorkbooks(workbooks) {
      if (store.durable) save.show({ kind: 'saving' });
      let saved: Workbook[];
      try {
        saved = await store.saveWorkbooks(workbooks);
      } catch (error) {
        save.show({ kind: 'error', reason: error instanceof Error ? error.message : String(error) });
        throw error;
      }
      if (store.durable) save.show({ kind: 'saved', at: new Date() });
      for (const wb of saved) {
        latest.set(wb.id, wb);
        store.changes.announce({ workbookId: wb.id, keys: [], meta: true, updatedAt: wb.updatedAt });
      }
    },
    forget: (id) => void latest.delete(id),
  };
}
