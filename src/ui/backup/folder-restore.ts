/**
 * Restoring from the backup folder: its newest plan-ledger-backup-YYYYMMDD.json goes through the
 * same question and strict restore as a picked file (restore-action.ts). Reading the folder may
 * need the user's permission, which only a click can ask for: hence a banner with a button.
 */
import { autoBackupDay, autoBackupFiles } from '../../core/workbook/auto-backup';
import { backupTooLargeMessage, MAX_BACKUP_BYTES } from '../../core/workbook/backup';
import { folderAccess, folderNames, readFolderFile, type DirectoryHandleLike } from '../../io/backup-folder';
import type { ActionContext } from '../shell/run-action';

async function newestBackup(folder: DirectoryHandleLike): Promise<string | null> {
  return autoBackupFiles(await folderNames(folder))[0] ?? null;
}

/** Ask for access (a click), read the newest backup, and ask which workbooks to restore. */
export async function restoreFromFolder(ctx: ActionContext, folder: DirectoryHandleLike): Promise<boolean> {
  if ((await folderAccess(folder, true)) !== 'granted') {
    ctx.notices.notice(`未获准读取文件夹“${folder.name}”，未做任何更改`, [], 'error');
    return false;
  }
  const name = await newestBackup(folder);
  if (!name) {
    ctx.notices.notice(`文件夹“${folder.name}”中没有找到自动备份（plan-ledger-backup-日期.json）`, [], 'error');
    return false;
  }
  const file = await readFolderFile(folder, name);
  if (file.size > MAX_BACKUP_BYTES) {
    ctx.notices.notice(backupTooLargeMessage(file.size, name), [], 'error');
    return false;
  }
  // The restore dialog and its checks load only when a restore is offered.
  const { restoreBackupText } = await import('./restore-action');
  await restoreBackupText(ctx, name, await file.text());
  return true;
}

/**
 * At start with no workbooks but a folder: offer its backup. When access is already granted the
 * banner names the day and shows only if there is a backup; otherwise a click must ask first.
 */
export async function offerFolderRestore(ctx: ActionContext, folder: DirectoryHandleLike): Promise<void> {
  let what = `自动备份文件夹“${folder.name}”中可能有以前的备份`;
  if ((await folderAccess(folder, false)) === 'granted') {
    const name = await newestBackup(folder).catch(() => null);
    if (!name) return;
    what = `自动备份文件夹“${folder.name}”中有 ${autoBackupDay(name)} 的备份`;
  }
  const restore = async () => {
    if (await restoreFromFolder(ctx, folder)) ctx.notices.dismissBanner('folder-restore');
  };
  ctx.notices.banner('folder-restore', `本机还没有台账，${what}，可以从中恢复。`, [
    { label: '从备份文件夹恢复', run: () => void restore() },
  ]);
}

/**
 * A folder just picked that already holds backups, in a browser with no workbooks of its own (only
 * the sample): the browser's data was probably wiped, so offer the backup before writing over today's.
 */
export async function offerRestoreFromPicked(ctx: ActionContext, folder: DirectoryHandleLike): Promise<boolean> {
  const own = (await ctx.library.list()).filter((w) => !w.sample);
  if (own.length > 0 || !(await newestBackup(folder))) return false;
  return restoreFromFolder(ctx, folder);
}
