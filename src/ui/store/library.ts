/**
 * The UI's door to storage. Opens the WorkbookStore (IndexedDB, or memory with a banner), hands
 * every applied change to the saver, keeps this tab's newest copy of each workbook (what a backup
 * takes when a save has failed), follows other tabs, and keeps UI state apart from the document.
 */
import type { ApplyResult } from '../../core/workbook/operations';
import type { WorkbookSummary } from '../../core/workbook/stored-records';
import type { Workbook } from '../../core/workbook/types';
import { collectBackup, openWorkbookStore, type BackupSet, type WorkbookStore } from '../../storage';
import type { Notices } from '../shell/notices';
import type { SaveIndicator } from '../shell/save-indicator';
import { createWriter } from './writer';
import { showBackupState, showStorageInfo } from '../shell/storage-status';
import type { UiState } from '../ui-state';
import { createTabSync, type OnStoredChange } from './tab-sync';
import { openUiState } from './ui-state-store';
import { rememberingList, type KnownWorkbooks } from './known-workbooks';

export interface Library {
  store: WorkbookStore;
  /** The workbooks the last run saw (read before this run lists any), to tell a loss from a first run. */
  knownAtStart: KnownWorkbooks;
  list(): Promise<WorkbookSummary[]>;
  /** The workbook, or null with a notice saying why it cannot be opened. */
  load(id: string): Promise<Workbook | null>;
  /** The first `count` tasks of a workbook (no notices: the full load reports), or null. */
  loadHead(id: string, count: number): Promise<{ workbook: Workbook; total: number } | null>;
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
  /** Called after each change handed to storage (edits, new and restored workbooks): the backup folder counts them. */
  onStored(listener: () => void): void;
}

export interface LibraryDeps {
  doc: Document;
  notices: Notices;
  save: SaveIndicator;
  storageInfo: HTMLElement;
  backupInfo: HTMLElement;
}

export async function openLibrary(deps: LibraryDeps): Promise<Library> {
  const { notices } = deps;
  const { store, problem } = await openWorkbookStore();
  if (problem) {
    notices.banner('no-storage', `${problem}：本次编辑只保存在内存中，关闭页面前请点击“备份”下载数据。`);
  }
  const ui = await openUiState(store);
  const latest = new Map<string, Workbook>();
  const sync = createTabSync(store, latest);
  const writer = createWriter(store, {
    ...deps,
    win: deps.doc.defaultView!,
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
  void showStorageInfo(deps.storageInfo);
  void showBackupState(store, notices, deps.backupInfo, store.durable);
  const stored = new Set<() => void>();
  const told = () => stored.forEach((listener) => listener());
  const { knownAtStart, list } = rememberingList(store, deps.doc.defaultView!);
  const rememberList = () => void list().catch(() => undefined);

  return {
    store,
    knownAtStart,
    list,
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
    loadHead: (id, count) => store.loadHead(id, count).catch(() => null),
    async create(workbook) {
      latest.set(workbook.id, workbook);
      await writer.create(workbook);
      rememberList();
      told();
    },
    persist(result) {
      latest.set(result.workbook.id, result.workbook);
      writer.persist(result);
      told();
    },
    flush: () => writer.flush(),
    watch: (id, onChange) => sync.watch(id, onChange),
    uiState: () => ui.get(),
    setUiState: (patch) => ui.set(patch),
    backupSet: () => collectBackup(store, latest),
    async markBackedUp() {
      await store.updateAppMeta({ lastBackupAt: new Date().toISOString() });
      notices.dismissBanner('backup');
      await showBackupState(store, notices, deps.backupInfo, false);
    },
    async restoreWorkbooks(workbooks) {
      for (const wb of await writer.restore(workbooks)) {
        latest.set(wb.id, wb);
        store.changes.announce({ workbookId: wb.id, keys: [], meta: true, updatedAt: wb.updatedAt });
      }
      rememberList();
      told();
    },
    forget: (id) => void latest.delete(id),
    onStored: (listener) => void stored.add(listener),
  };
}
