/**
 * The UI's door to storage: opens IndexedDB (or falls back to memory with a banner when the
 * browser refuses it), lists/loads/creates workbooks, hands edits to the saver, relays other tabs'
 * changes, keeps UI state apart from the document, and reminds the user to back up.
 */
import type { Problem } from '../core/plan/types';
import type { ApplyResult } from '../core/workbook/operations';
import type { WorkbookSummary } from '../core/workbook/stored-records';
import { PERIODS, type Workbook } from '../core/workbook/types';
import { restoreBackup } from '../storage/backup';
import { createBroadcast } from '../storage/broadcast';
import { openStore, storageErrorMessage, type UseStore } from '../storage/db';
import { requestPersistence } from '../storage/persistence';
import { createSaver, flushOnHide, type Saver } from '../storage/saver';
import { loadUiState, saveUiState, updateAppMeta } from '../storage/ui-state';
import { deleteWorkbook, duplicateWorkbook, renameWorkbook, undeleteWorkbook } from '../storage/workbook-admin';
import { listWorkbooks, loadTasks, loadWorkbook } from '../storage/workbook-read';
import { saveWorkbook } from '../storage/workbook-write';
import type { Notices } from './shell/notices';
import type { UiState } from './ui-state';
import { remindBackup, showStorageInfo } from './shell/storage-status';
import type { SaveIndicator } from './shell/save-indicator';

export type { ChartsUiState, UiState } from './ui-state';

export interface Library {
  /** null when IndexedDB is unavailable (memory only). */
  store: UseStore | null;
  list(): Promise<WorkbookSummary[]>;
  load(id: string): Promise<Workbook | null>;
  create(workbook: Workbook): Promise<void>;
  persist(result: ApplyResult): void;
  flush(): Promise<void>;
  watch(id: string, onChange: (workbook: Workbook, keys?: string[]) => void): void;
  uiState(): Promise<UiState>;
  setUiState(patch: Partial<UiState>): Promise<void>;
  readPlanFile(file: File): Promise<{ text: string; problems: Problem[] }>;
  renameInteractive(id: string): Promise<void>;
  duplicateInteractive(id: string): Promise<void>;
  removeInteractive(id: string): Promise<void>;
  markBackedUp(): Promise<void>;
  /** Every workbook this tab can back up, including edits not yet (or never) written to storage. */
  allWorkbooks(): Promise<{ workbooks: Workbook[]; problems: Problem[] }>;
  /** Store workbooks from a backup, all or none; other tabs reload them. */
  restoreWorkbooks(workbooks: readonly Workbook[]): Promise<void>;
}

export async function openLibrary(deps: {
  doc: Document;
  notices: Notices;
  save: SaveIndicator;
  storageInfo: HTMLElement;
}): Promise<Library> {
  const { doc, notices, save } = deps;
  const win = doc.defaultView!;
  const opened = await openStore();
  const store = 'store' in opened ? opened.store : null;
  // Without IndexedDB the workbooks live here for this visit only; the banner says so.
  const memory = new Map<string, Workbook>();
  let ui: UiState = { period: '半年' };
  const broadcast = createBroadcast();
  let unwatch: (() => void) | null = null;
  let watching: { id: string; onChange: (workbook: Workbook, keys?: string[]) => void } | null = null;
  let persistAsked = false;

  if (!store) {
    notices.banner(
      'no-storage',
      `${'error' in opened ? opened.error : '浏览器不允许本地存储'}：本次编辑只保存在内存中，关闭页面前请点击“备份”下载数据。`,
    );
  } else {
    ui = { ...ui, ...((await loadUiState<UiState>(store, 'app')) ?? {}) };
    if (!PERIODS.includes(ui.period)) ui.period = '半年';
  }

  const saver: Saver | null = store
    ? createSaver(
        store,
        (status) => {
          if (status === 'saving') save.show({ kind: 'saving' });
          else if (status === 'saved') save.show({ kind: 'saved', at: new Date() });
          else {
            save.show({ kind: 'error', reason: status.error });
            notices.banner('save-error', `保存失败：${status.error}。编辑仍保留在内存中，可点击“备份”下载。`);
          }
          if (status === 'saved') notices.dismissBanner('save-error');
        },
        {
          broadcast,
          delayMs: 0,
          onConflict: (id, conflicts) => {
            notices.notice('其他窗口刚修改了同一任务，已保留较新的内容', [], 'error');
            // Show what is stored: the refused edit must not stay on screen as if it were saved,
            // and its stale rev would make every later edit of that task conflict too.
            const keys = conflicts.flatMap((c) => (c.key === null ? [] : [c.key]));
            const whole = conflicts.some((c) => c.key === null);
            void reread(id, keys, whole);
          },
        },
      )
    : null;
  if (saver) flushOnHide(saver, win);
  save.show(store ? { kind: 'idle' } : { kind: 'error', reason: '本地存储不可用' });

  void showStorageInfo(deps.storageInfo);
  if (store) void remindBackup(store, notices);

  /** Adopt what is stored now for the open workbook (another tab's write, or a refused one of ours). */
  async function reread(id: string, keys: string[], whole: boolean): Promise<void> {
    if (!store || watching?.id !== id) return;
    const { onChange } = watching;
    if (whole) {
      const result = await loadWorkbook(store, id);
      if (!result.workbook || watching?.id !== id) return;
      memory.set(id, result.workbook);
      onChange(result.workbook);
      return;
    }
    const loaded = await loadTasks(store, id, keys);
    // Read the current state only now: edits made while loading must not be rolled back.
    const current = memory.get(id) ?? (await loadWorkbook(store, id)).workbook;
    if (!current || watching?.id !== id) return;
    const byKey = new Map(loaded.tasks.map((t) => [t.key, t]));
    const next = { ...current, tasks: current.tasks.map((t) => byKey.get(t.key) ?? t) };
    memory.set(id, next);
    onChange(next, keys);
  }

  /** Workbooks created while storage failed (e.g. disk full): kept in memory, retried on edit. */
  const unstored = new Set<string>();

  async function storeWhole(workbook: Workbook): Promise<void> {
    if (!store) return;
    save.show({ kind: 'saving' });
    try {
      await saveWorkbook(store, workbook);
      unstored.delete(workbook.id);
      save.show({ kind: 'saved', at: new Date() });
      notices.dismissBanner('save-error');
    } catch (error) {
      unstored.add(workbook.id);
      const reason = storageErrorMessage(error);
      save.show({ kind: 'error', reason });
      notices.banner('save-error', `保存失败：${reason}。台账仍保留在内存中，可点击“备份”下载。`);
    }
  }

  const library: Library = {
    store,
    async list() {
      if (!store)
        return [...memory.values()].map((w) => ({
          id: w.id,
          name: w.name,
          unit: w.unit,
          year: w.year,
          updatedAt: w.updatedAt,
          sample: w.sample === true,
          taskCount: w.tasks.length,
          completion: null,
        }));
      return listWorkbooks(store);
    },
    async load(id) {
      if (!store) return memory.get(id) ?? null;
      const result = await loadWorkbook(store, id);
      if (result.problems.length > 0) {
        notices.notice(
          result.workbook ? '台账已打开，但有部分数据无法读取' : '无法打开这个台账',
          result.problems.map((p) => p.message),
          'error',
        );
      }
      return result.workbook;
    },
    async create(workbook) {
      memory.set(workbook.id, workbook);
      if (store) await storeWhole(workbook);
    },
    persist(result) {
      memory.set(result.workbook.id, result.workbook);
      if (!saver || !store) return;
      // A workbook whose first save failed is not in IndexedDB yet: store it whole, not per edit.
      if (unstored.has(result.workbook.id)) {
        void storeWhole(result.workbook);
        return;
      }
      saver.save(result.workbook, { changedKeys: result.changedKeys, metaChanged: result.metaChanged });
      if (!persistAsked) {
        persistAsked = true;
        void requestPersistence().then(() => showStorageInfo(deps.storageInfo));
      }
    },
    async flush() {
      await saver?.flush();
    },
    watch(id, onChange) {
      unwatch?.();
      watching = { id, onChange };
      const stop = broadcast.subscribe((message) => {
        if (message.workbookId === id) void reread(id, message.keys, message.meta || message.deleted === true);
      });
      unwatch = () => {
        stop();
        watching = null;
      };
    },
    async uiState() {
      return ui;
    },
    async setUiState(patch) {
      ui = { ...ui, ...patch };
      if (store) await saveUiState(store, 'app', ui);
    },
    async readPlanFile(file) {
      const { readPlanFile } = await import('../io/plan-readers/read-plan-file');
      return readPlanFile({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    },
    async renameInteractive(id) {
      const current = (await library.list()).find((w) => w.id === id);
      const name = win.prompt('新的台账名称', current?.name ?? '')?.trim();
      if (!name || !store) return;
      await renameWorkbook(store, id, name, new Date().toISOString());
    },
    async duplicateInteractive(id) {
      const current = (await library.list()).find((w) => w.id === id);
      if (!current || !store) return;
      const answer = win.prompt('新台账的年度（例如下一年度）', String(current.year + 1));
      if (answer === null) return;
      const year = Number(answer.trim()) || current.year;
      const keepProgress =
        year === current.year && win.confirm('保留已填写的进展内容吗？（取消则只复制任务和责任单位）');
      const result = await duplicateWorkbook(store, id, {
        id: crypto.randomUUID(),
        now: new Date().toISOString(),
        year,
        keepProgress,
      });
      if (result.problems.length)
        notices.notice(
          '复制时有问题',
          result.problems.map((p) => p.message),
          'error',
        );
    },
    async removeInteractive(id) {
      const current = (await library.list()).find((w) => w.id === id);
      if (!current || !win.confirm(`确定删除台账《${current.name}》吗？`)) return;
      if (!store) {
        memory.delete(id);
        return;
      }
      const deleted = await deleteWorkbook(store, id);
      // Otherwise a backup would bring the deleted workbook back from memory.
      memory.delete(id);
      broadcast.announce({ workbookId: id, keys: [], meta: true, deleted: true, updatedAt: new Date().toISOString() });
      notices.banner('undo-delete', `已删除《${current.name}》`, [
        {
          label: '撤销删除',
          run: () => {
            notices.dismissBanner('undo-delete');
            void undeleteWorkbook(store, deleted).then(() =>
              win.dispatchEvent(new Event('plan-ledger:library-changed')),
            );
          },
        },
      ]);
      setTimeout(() => notices.dismissBanner('undo-delete'), 30_000);
    },
    async markBackedUp() {
      if (store) await updateAppMeta(store, { lastBackupAt: new Date().toISOString() });
      notices.dismissBanner('backup');
    },
    async allWorkbooks() {
      if (!store) return { workbooks: [...memory.values()], problems: [] };
      const workbooks: Workbook[] = [];
      const problems: Problem[] = [];
      const listed = await listWorkbooks(store);
      for (const summary of listed) {
        const stored = await loadWorkbook(store, summary.id);
        const mine = memory.get(summary.id);
        // After a failed save the copy in memory is ahead of the stored one: that is the one to keep.
        const best = mine && (!stored.workbook || mine.updatedAt > stored.workbook.updatedAt) ? mine : stored.workbook;
        if (best) workbooks.push(best);
        else problems.push(...stored.problems.map((p) => ({ ...p, message: `${summary.name}未能备份：${p.message}` })));
      }
      // Created while storage was failing: only memory has them.
      for (const wb of memory.values()) if (!listed.some((s) => s.id === wb.id)) workbooks.push(wb);
      return { workbooks, problems };
    },
    async restoreWorkbooks(workbooks) {
      let saved: readonly Workbook[] = workbooks;
      if (store) {
        save.show({ kind: 'saving' });
        try {
          saved = await restoreBackup(store, workbooks);
        } catch (error) {
          save.show({ kind: 'error', reason: error instanceof Error ? error.message : String(error) });
          throw error;
        }
        save.show({ kind: 'saved', at: new Date() });
      }
      for (const wb of saved) {
        memory.set(wb.id, wb);
        broadcast.announce({ workbookId: wb.id, keys: [], meta: true, updatedAt: wb.updatedAt });
      }
    },
  };
  return library;
}
