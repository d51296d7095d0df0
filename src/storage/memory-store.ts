/**
 * The WorkbookStore for a browser that refuses IndexedDB (private windows, locked-down PCs):
 * workbooks live in this page only. Edits are kept, but the save state stays an error from the
 * start — the user is told once, and no later edit pretends to be saved.
 */
import { copyWorkbook } from '../core/workbook/duplicate';
import { summarize, type WorkbookSummary } from '../core/workbook/stored-records';
import type { Workbook } from '../core/workbook/types';
import type { BackupFolderRecord } from './backup-folder-record';
import type { Broadcast } from './broadcast';
import { StorageError } from './db';
import type { Saver, SaveStatus } from './saver';
import type { AppMeta } from './ui-state';
import { NOT_FOUND } from './workbook-read';
import type { WorkbookStore } from './workbook-store';

export const MEMORY_ONLY = '本地存储不可用';

const SILENT: Broadcast = { announce: () => {}, subscribe: () => () => {}, close: () => {} };

function summary(wb: Workbook): WorkbookSummary {
  return {
    id: wb.id,
    name: wb.name,
    unit: wb.unit,
    year: wb.year,
    updatedAt: wb.updatedAt,
    sample: wb.sample === true,
    ...summarize(wb),
  };
}

function memorySaver(workbooks: Map<string, Workbook>): Saver {
  const status: SaveStatus = { error: MEMORY_ONLY };
  return {
    save: (workbook) => void workbooks.set(workbook.id, workbook),
    flush: async () => status,
    status: () => status,
    hasPending: () => false,
    dispose: () => {},
  };
}

export function createMemoryStore(): WorkbookStore {
  const workbooks = new Map<string, Workbook>();
  const ui = new Map<string, object>();
  let app: AppMeta = { lastBackupAt: null, persistRequestedAt: null };
  // Without IndexedDB the folder is known for this page only; its backups are then the only lasting copy.
  let folder: BackupFolderRecord | null = null;
  const get = (id: string): Workbook => {
    const wb = workbooks.get(id);
    if (!wb) throw new StorageError(NOT_FOUND.message);
    return wb;
  };
  return {
    durable: false,
    changes: SILENT,
    list: async () => [...workbooks.values()].map(summary).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
    load: async (id) => {
      const workbook = workbooks.get(id);
      return workbook ? { workbook, problems: [] } : { workbook: null, problems: [NOT_FOUND] };
    },
    loadHead: async (id, count) => {
      const workbook = workbooks.get(id);
      return workbook
        ? { workbook: { ...workbook, tasks: workbook.tasks.slice(0, count) }, total: workbook.tasks.length }
        : null;
    },
    loadTasks: async (id, keys) => {
      const tasks = workbooks.get(id)?.tasks ?? [];
      const found = tasks.filter((t) => keys.includes(t.key));
      return { tasks: found, missing: keys.filter((k) => !found.some((t) => t.key === k)), problems: [] };
    },
    saveWorkbooks: async (list) => {
      for (const wb of list) workbooks.set(wb.id, wb);
      return [...list];
    },
    createSaver: () => memorySaver(workbooks),
    remove: async (id) => {
      const wb = workbooks.get(id);
      workbooks.delete(id);
      return { id, records: wb ? [[id, wb]] : [] };
    },
    undelete: async (deleted) => {
      for (const [, wb] of deleted.records) workbooks.set(deleted.id, wb as Workbook);
    },
    rename: async (id, name, now) => void workbooks.set(id, { ...get(id), name: name.trim(), updatedAt: now }),
    duplicate: async (id, options) => {
      const copy = copyWorkbook(get(id), options);
      workbooks.set(copy.id, copy);
      return { workbook: copy, problems: [] };
    },
    loadUiState: async <T extends object>(scope: string) => (ui.get(scope) as Partial<T> | undefined) ?? null,
    saveUiState: async (scope, state) => void ui.set(scope, state),
    loadAppMeta: async () => app,
    updateAppMeta: async (patch) => (app = { ...app, ...patch }),
    loadBackupFolder: async () => folder,
    saveBackupFolder: async (record) => void (folder = record),
  };
}
