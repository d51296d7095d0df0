/** What the top bar says about storage: persistence and usage, the last backup, and the backup reminder. */
import { backupDue, BACKUP_REMINDER_DAYS } from '../../core/workbook/backup';
import { formatBytes, storageEstimate, type WorkbookStore } from '../../storage';
import { localTime } from '../backup/restore-dialog';
import type { Notices } from './notices';

export async function showStorageInfo(into: HTMLElement): Promise<void> {
  const estimate = await storageEstimate();
  const persisted = estimate.persisted === true ? '已持久保存' : estimate.persisted === false ? '未持久保存' : '';
  into.textContent = [persisted, estimate.usage !== null ? `已用 ${formatBytes(estimate.usage)}` : '']
    .filter(Boolean)
    .join(' · ');
}

/**
 * When the last backup (download or backup folder) was made, in the top bar, on every browser;
 * with `remind`, the reminder banner first when one is due. `data-last-backup` is set only once
 * both are done, so a test can wait for the check instead of sleeping.
 */
export async function showBackupState(
  store: WorkbookStore,
  notices: Notices,
  into: HTMLElement,
  remind: boolean,
): Promise<void> {
  const meta = await store.loadAppMeta();
  if (remind) await remindBackup(store, notices, meta.lastBackupAt);
  into.textContent = meta.lastBackupAt ? `上次备份 ${localTime(meta.lastBackupAt)}` : '尚未备份';
  into.title = meta.lastBackupAt
    ? '最近一次下载备份或自动备份到文件夹的时间'
    : '还没有备份过：点击“备份”保存一份数据文件';
  into.dataset.lastBackup = meta.lastBackupAt ?? 'never';
}

/** Safari deletes site data after 7 days without a visit; Chrome may evict it: remind to back up. */
async function remindBackup(store: WorkbookStore, notices: Notices, lastBackupAt: string | null): Promise<void> {
  const list = await store.list();
  if (!list.some((w) => !w.sample)) return;
  if (!backupDue(lastBackupAt, new Date().toISOString())) return;
  notices.banner(
    'backup',
    lastBackupAt
      ? `距上次备份已超过 ${BACKUP_REMINDER_DAYS} 天，建议点击“备份”保存一份数据文件。`
      : '尚未备份过数据，建议点击“备份”保存一份数据文件。',
  );
}
