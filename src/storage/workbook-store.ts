/**
 * The one interface the app stores workbooks through. Two implementations: IndexedDB (the
 * normal case, ./idb-store.ts) and memory (./memory-store.ts) for browsers that refuse
 * IndexedDB, so the app never branches on whether storage exists.
 */
import type { CopyOptions } from '../core/workbook/duplicate';
import type { RestoreResult } from '../core/workbook/restore';
import type { WorkbookSummary } from '../core/workbook/stored-records';
import type { Workbook } from '../core/workbook/types';
import type { Broadcast } from './broadcast';
import type { Saver, SaveStatus, SaverOptions } from './saver';
import type { BackupFolderRecord } from './backup-folder-record';
import type { AppMeta } from './ui-state';
import type { DeletedWorkbook } from './workbook-admin';
import type { LoadedTasks, WorkbookHead } from './workbook-read';

export interface WorkbookStore {
  /** False for the memory store: nothing outlives the page, and the UI says so. */
  readonly durable: boolean;
  /** Other tabs' saves (a silent channel for the memory store). */
  readonly changes: Broadcast;
  list(): Promise<WorkbookSummary[]>;
  load(id: string): Promise<RestoreResult>;
  /** The metadata and the first `count` tasks, shown while the whole workbook is read; null if unreadable. */
  loadHead(id: string, count: number): Promise<WorkbookHead | null>;
  /** Some tasks as stored now (another tab changed them). */
  loadTasks(id: string, keys: readonly string[]): Promise<LoadedTasks>;
  /** Whole workbooks (create, import, restore), all or none. Returns them with their new revs. */
  saveWorkbooks(workbooks: readonly Workbook[]): Promise<Workbook[]>;
  /** The per-edit writer: an edit saves only the records it changed. */
  createSaver(onStatus: (status: SaveStatus) => void, options?: Omit<SaverOptions, 'broadcast'>): Saver;
  remove(id: string): Promise<DeletedWorkbook>;
  undelete(deleted: DeletedWorkbook): Promise<void>;
  rename(id: string, name: string, now: string): Promise<void>;
  duplicate(id: string, options: CopyOptions): Promise<RestoreResult>;
  /** UI state is disposable: unreadable state reads as null. */
  loadUiState<T extends object>(scope: string): Promise<Partial<T> | null>;
  saveUiState(scope: string, state: object): Promise<void>;
  loadAppMeta(): Promise<AppMeta>;
  updateAppMeta(patch: Partial<AppMeta>): Promise<AppMeta>;
  /** The folder of 自动备份到文件夹; null when none was chosen (or the record cannot be read). */
  loadBackupFolder(): Promise<BackupFolderRecord | null>;
  /** null forgets the folder. */
  saveBackupFolder(record: BackupFolderRecord | null): Promise<void>;
}
