/** The WorkbookStore over IndexedDB: every call goes to the per-record functions of this folder. */
import { loadBackupFolder, saveBackupFolder } from './backup-folder-record';
import { createBroadcast } from './broadcast';
import type { UseStore } from './db';
import { createSaver } from './saver';
import { loadAppMeta, loadUiState, saveUiState, updateAppMeta } from './ui-state';
import { deleteWorkbook, duplicateWorkbook, renameWorkbook, undeleteWorkbook } from './workbook-admin';
import { listWorkbooks, loadTasks, loadWorkbook, loadWorkbookHead } from './workbook-read';
import type { WorkbookStore } from './workbook-store';
import { saveWorkbooks } from './workbook-write';

export function createIdbStore(db: UseStore): WorkbookStore {
  const changes = createBroadcast();
  return {
    durable: true,
    changes,
    list: () => listWorkbooks(db),
    load: (id) => loadWorkbook(db, id),
    loadHead: (id, count) => loadWorkbookHead(db, id, count),
    loadTasks: (id, keys) => loadTasks(db, id, keys),
    saveWorkbooks: (workbooks) => saveWorkbooks(db, workbooks),
    createSaver: (onStatus, options = {}) => createSaver(db, onStatus, { ...options, broadcast: changes }),
    remove: (id) => deleteWorkbook(db, id),
    undelete: (deleted) => undeleteWorkbook(db, deleted),
    rename: (id, name, now) => renameWorkbook(db, id, name, now),
    duplicate: (id, options) => duplicateWorkbook(db, id, options),
    loadUiState: (scope) => loadUiState(db, scope),
    saveUiState: (scope, state) => saveUiState(db, scope, state),
    loadAppMeta: () => loadAppMeta(db),
    updateAppMeta: (patch) => updateAppMeta(db, patch),
    loadBackupFolder: () => loadBackupFolder(db),
    saveBackupFolder: (record) => saveBackupFolder(db, record),
  };
}
