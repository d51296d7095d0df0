/**
 * The folder of 自动备份到文件夹, through the File System Access API (Chromium only): the user
 * picks it once, its handle is kept in IndexedDB, and each rolling backup is one file in it.
 * Written against the few members used, so a unit test can hand in a fake directory.
 */
import { backupsToRemove } from '../core/workbook/auto-backup';

interface WritableLike {
  write(data: string): Promise<void>;
  close(): Promise<void>;
  abort?(): Promise<void>;
}

interface FileLike {
  size: number;
  text(): Promise<string>;
}

interface FileHandleLike {
  getFile(): Promise<FileLike>;
  createWritable(): Promise<WritableLike>;
}

type Access = 'granted' | 'denied' | 'prompt';
type Descriptor = { mode: 'readwrite' };

export interface DirectoryHandleLike {
  readonly kind: 'directory';
  readonly name: string;
  keys(): AsyncIterable<string>;
  getFileHandle(name: string, options?: { create?: boolean }): Promise<FileHandleLike>;
  removeEntry(name: string): Promise<void>;
  queryPermission?(descriptor: Descriptor): Promise<Access>;
  requestPermission?(descriptor: Descriptor): Promise<Access>;
}

type PickerWindow = { showDirectoryPicker?(options?: { id?: string; mode?: 'readwrite' }): Promise<unknown> };

/** The picker exists (Chrome, Edge, 360/QQ in speed mode); Firefox and Safari have none. */
export function canPickFolder(win: Window): boolean {
  return typeof (win as PickerWindow).showDirectoryPicker === 'function';
}

/** The user's choice, or null when they cancelled. */
export async function pickFolder(win: Window): Promise<DirectoryHandleLike | null> {
  try {
    const handle = await (win as PickerWindow).showDirectoryPicker!({ id: 'plan-ledger-backup', mode: 'readwrite' });
    return isDirectoryHandle(handle) ? handle : null;
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return null;
    throw error;
  }
}

/** A stored value is only used as a folder when it still looks like one. */
export function isDirectoryHandle(value: unknown): value is DirectoryHandleLike {
  const h = value as Partial<DirectoryHandleLike> | null;
  return !!h && h.kind === 'directory' && typeof h.getFileHandle === 'function' && typeof h.keys === 'function';
}

/**
 * May we write there? `ask` shows the browser's question and needs a user gesture (a click):
 * at start the answer is usually 'prompt' until the user clicks again.
 */
export async function folderAccess(folder: DirectoryHandleLike, ask: boolean): Promise<Access> {
  const descriptor: Descriptor = { mode: 'readwrite' };
  try {
    const state = folder.queryPermission ? await folder.queryPermission(descriptor) : 'granted';
    if (state !== 'prompt' || !ask) return state;
    return folder.requestPermission ? await folder.requestPermission(descriptor) : 'denied';
  } catch {
    return 'denied';
  }
}

export async function folderNames(folder: DirectoryHandleLike): Promise<string[]> {
  const names: string[] = [];
  for await (const name of folder.keys()) names.push(name);
  return names;
}

/** The file (its size is checked before its text is read). */
export async function readFolderFile(folder: DirectoryHandleLike, name: string): Promise<FileLike> {
  return (await folder.getFileHandle(name)).getFile();
}

/**
 * Write `text` as `name`, then remove our files beyond the newest `keep`. createWritable writes
 * to a temporary file that replaces the old one only on close(), so a crash mid-write leaves the
 * previous copy of the day whole.
 */
export async function writeRollingBackup(
  folder: DirectoryHandleLike,
  name: string,
  text: string,
  keep: number,
): Promise<{ removed: string[] }> {
  const writable = await (await folder.getFileHandle(name, { create: true })).createWritable();
  try {
    await writable.write(text);
    await writable.close();
  } catch (error) {
    await writable.abort?.().catch(() => undefined);
    throw error;
  }
  const removed = backupsToRemove(await folderNames(folder), keep);
  for (const old of removed) await folder.removeEntry(old);
  return { removed };
}

/** Why writing to the folder failed, in words for the banner. */
export function folderErrorMessage(error: unknown): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return '浏览器不再允许写入这个文件夹';
  if (name === 'NotFoundError') return '文件夹已被移动或删除';
  if (name === 'QuotaExceededError') return '磁盘空间已满';
  if (name === 'NoModificationAllowedError' || name === 'InvalidStateError') return '文件正被其他程序占用';
  return `写入文件夹出错${error instanceof Error && error.message ? `：${error.message}` : ''}`;
}
