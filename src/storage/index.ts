/**
 * The storage API: the only module the UI imports from src/storage (an ESLint rule keeps it so).
 * Everything goes through a WorkbookStore, IndexedDB or memory.
 */
export { openWorkbookStore } from './open-store';
export type { WorkbookStore } from './workbook-store';
export { storageErrorMessage } from './db';
export { flushOnHide, type SaveStatus } from './saver';
export type { Conflict } from './workbook-write';
export { collectBackup, type BackupSet } from './backup';
export type { BackupFolderRecord } from './backup-folder-record';
export { formatBytes, requestPersistence, storageEstimate } from './persistence';
