/**
 * The UI's door to storage: opens IndexedDB (or falls back to memory with a banner when the
 * browser refuses it), lists/loads/creates workbooks, hands edits to the saver, relays other tabs'
 * changes, keeps UI state apart from the document, and reminds the user to back up.
 */
import type { Problem } from '../core/plan/types';
import type { ApplyResult } from '../core/workbook/operations';
import type { WorkbookSummary } from '../core/workbook/stored-records';
import { PERIODS, type Period, type Workbook } from '../core/workbook/types';
import { createBroadcast } from '../storage/broadcast';
import { openStore, type UseStore } from '../storage/db';
import { formatBytes, requestPersistence, storageEstimate } from '../storage/persistence';
import { createSaver, flushOnHide, type Saver } from '../storage/saver';
import { loadAppMeta, loadUiState, saveUiState, updateAppMeta } from '../storage/ui-state';
import { deleteWorkbook, duplicateWorkbook, renameWorkbook, undeleteWorkbook } from '../storage/workbook-admin';
import { listWorkbooks, loadTasks, loadWorkbook } from '../storage/workbook-read';
import { saveWorkbook } from '../storage/workbook-write';
import type { Notices } from './shell/notices';
import type { SaveIndicator } from './shell/save-indicator';

export interface UiState {
  period: Period;
  lastOpened?: string;
  sampleCreated?: boolean;
}

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
}

const BACKUP_REMINDER_DAYS = 7;

export async function openLibrary(deps: { doc: Document; notices: Notices; save: SaveIndicator; storageInfo: HTMLElement }): Promise<Library> {
  const { doc, notices, save } = deps;
  const win = doc.defaultView!;
  const opened = await openStore();
  const store = 'store' in opened ? opened.store : null;
  // Without IndexedDB the workbooks live here for this visit only; the banner says so.
  const memory = new Map<string, Workbook>();
  let ui: UiState = { period: '半年' };
  const broadcast = createBroadcast();
  let unwatch: (() => void) | null = null;
  let persistAsked = false;

  if (!store) {
    notices.banner('no-storage', `${'error' in opened ? opened.error : '浏览器不允许本地存储'}：本次编辑只保存在内存中，关闭页面前请点击“备份”下载数据。`);
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
        { broadcast, delayMs: 0, onConflict: () => notices.notice('其他窗口刚修改了同一任务，已保留较新的内容', [], 'error') },
      )
    : null;
  if (saver) flushOnHide(saver, win);
  save.show(store ? { kind: 'idle' } : { kind: 'error', reason: '本地存储不可用' });

  async function showStorageInfo(): Promise<void> {
    const estimate = await storageEstimate();
    const persisted = estimate.persisted === true ? '已持久保存' : estimate.persisted === false ? '未持久保存' : '';
    deps.storageInfo.textContent = [persisted, estimate.usage !== null ? `已用 ${formatBytes(estimate.usage)}` : ''].filter(Boolean).join(' · ');
  }

  async function remindBackup(): Promise<void> {
    if (!store) return;
    const meta = await loadAppMeta(store);
    const list = await listWorkbooks(store);
    if (!list.some((w) => !w.sample)) return;
    const last = meta.lastBackupAt ? Date.parse(meta.lastBackupAt) : 0;
    if (Date.now() - last > BACKUP_REMINDER_DAYS * 86_400_000) {
      notices.banner('backup', meta.lastBackupAt ? `距上次备份已超过 ${BACKUP_REMINDER_DAYS} 天，建议点击“备份”保存一份数据文件。` : '尚未备份过数据，建议点击“备份”保存一份数据文件。');
    }
  }

  void showStorageInfo();
  void remindBackup();

  const library: Library = {
    store,
    async list() {
      if (!store) return [...memory.values()].map((w) => ({ id: w.id, name: w.name, unit: w.unit, year: w.year, updatedAt: w.updatedAt, sample: w.sample === true, taskCount: w.tasks.length, completion: null }));
      return listWorkbooks(store);
    },
    async load(id) {
      if (!store) return memory.get(id) ?? null;
      const result = await loadWorkbook(store, id);
      if (result.problems.length > 0) {
        notices.notice(result.workbook ? '台账已打开，但有部分数据无法读取' : '无法打开这个台账', result.problems.map((p) => p.message), 'error');
      }
      return result.workbook;
    },
    async create(workbook) {
      memory.set(workbook.id, workbook);
      if (!store) return;
      save.show({ kind: 'saving' });
      await saveWorkbook(store, workbook);
      save.show({ kind: 'saved', at: new Date() });
    },
    persist(result) {
      memory.set(result.workbook.id, result.workbook);
      if (!saver) return;
      saver.save(result.workbook, { changedKeys: result.changedKeys, metaChanged: result.metaChanged });
      if (!persistAsked) {
        persistAsked = true;
        void requestPersistence().then(() => showStorageInfo());
      }
    },
    async flush() {
      await saver?.flush();
    },
    watch(id, onChange) {
      unwatch?.();
      unwatch = broadcast.subscribe(async (message) => {
        if (!store || message.workbookId !== id) return;
        if (message.meta || message.deleted) {
          const result = await loadWorkbook(store, id);
          if (result.workbook) onChange(result.workbook);
          return;
        }
        const current = memory.get(id) ?? (await loadWorkbook(store, id)).workbook;
        if (!current) return;
        const loaded = await loadTasks(store, id, message.keys);
        const byKey = new Map(loaded.tasks.map((t) => [t.key, t]));
        const next = { ...current, tasks: current.tasks.map((t) => byKey.get(t.key) ?? t) };
        memory.set(id, next);
        onChange(next, message.keys);
      });
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
      const keepProgress = year === current.year && win.confirm('保留已填写的进展内容吗？（取消则只复制任务和责任单位）');
      const result = await duplicateWorkbook(store, id, { id: crypto.randomUUID(), now: new Date().toISOString(), year, keepProgress });
      if (result.problems.length) notices.notice('复制时有问题', result.problems.map((p) => p.message), 'error');
    },
    async removeInteractive(id) {
      const current = (await library.list()).find((w) => w.id === id);
      if (!current || !win.confirm(`确定删除台账《${current.name}》吗？`)) return;
      if (!store) {
        memory.delete(id);
        return;
      }
      const deleted = await deleteWorkbook(store, id);
      broadcast.announce({ workbookId: id, keys: [], meta: true, deleted: true, updatedAt: new Date().toISOString() });
      notices.banner('undo-delete', `已删除《${current.name}》`, [
        {
          label: '撤销删除',
          run: () => {
            notices.dismissBanner('undo-delete');
            void undeleteWorkbook(store, deleted).then(() => win.dispatchEvent(new Event('plan-ledger:library-changed')));
          },
        },
      ]);
      setTimeout(() => notices.dismissBanner('undo-delete'), 30_000);
    },
    async markBackedUp() {
      if (store) await updateAppMeta(store, { lastBackupAt: new Date().toISOString() });
      notices.dismissBanner('backup');
    },
  };
  return library;
}
