/** The storage API: the only way the app reaches IndexedDB. */
export { openStore, storageErrorMessage, StorageError, type UseStore } from './db';
export { createSaver, flushOnHide, type Change, type Saver, type SaveStatus, type SaverOptions } from './saver';
export {
  saveTasks,
  saveWorkbook,
  saveWorkbooks,
  type Conflict,
  type SaveResult,
  type TaskWrite,
} from './workbook-write';
export { listWorkbooks, loadTasks, loadWorkbook, type LoadedTasks } from './workbook-read';
export {
  deleteWorkbook,
  duplicateWorkbook,
  renameWorkbook,
  undeleteWorkbook,
  type DeletedWorkbook,
} from './workbook-admin';
export { loadAppMeta, loadUiState, saveUiState, setLastBackupAt, updateAppMeta, type AppMeta } from './ui-state';
export { exportBackup, markBackedUp, restoreBackup } from './backup';
export { createBroadcast, type Broadcast, type ChangeMessage } from './broadcast';
export { formatBytes, requestPersistence, storageEstimate, type StorageEstimate } from './persistence';
