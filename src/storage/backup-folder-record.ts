/**
 * The folder of 自动备份到文件夹 as stored: the directory handle (IndexedDB keeps
 * FileSystemHandles; nothing else can) and what was last written there. Bookkeeping, like `app`:
 * never backed up or exported. A record that cannot be read counts as none: the user picks again.
 */
import { promisifyRequest } from 'idb-keyval';
import { ENVELOPE_TYPES, VERSIONS } from '../core/versions';
import { readEnvelope } from '../core/workbook/envelope';
import { transact, type UseStore } from './db';

export const FOLDER_KEY = 'backup-folder';

export interface BackupFolderRecord {
  /** A FileSystemDirectoryHandle; typed loosely here, checked where it is used (src/io/backup-folder.ts). */
  handle: unknown;
  /** ISO time of the last backup written there, null before the first. */
  lastWrittenAt: string | null;
  lastFile: string | null;
}

export async function loadBackupFolder(store: UseStore): Promise<BackupFolderRecord | null> {
  const value = await store('readonly', (os) => promisifyRequest(os.get(FOLDER_KEY)));
  const check = readEnvelope(value, 'backupFolder', '备份文件夹');
  if (!check.ok || !check.body.handle) return null;
  const text = (v: unknown) => (typeof v === 'string' ? v : null);
  return {
    handle: check.body.handle,
    lastWrittenAt: text(check.body.lastWrittenAt),
    lastFile: text(check.body.lastFile),
  };
}

/** null forgets the folder (停止自动备份). */
export function saveBackupFolder(store: UseStore, record: BackupFolderRecord | null): Promise<void> {
  return transact(store, 'readwrite', (os) => {
    if (record === null) os.delete(FOLDER_KEY);
    else os.put({ type: ENVELOPE_TYPES.backupFolder, version: VERSIONS.backupFolder, ...record }, FOLDER_KEY);
    return () => undefined;
  });
}
