/** What the top bar says about storage: persistence and usage, and the backup reminder. */
import { backupDue, BACKUP_REMINDER_DAYS } from '../../core/workbook/backup';
import { formatBytes, storageEstimate, type WorkbookStore } from '../../storage';
import type { Notices } from './notices';

export async function showStorageInfo(into: HTMLElement): Promise<void> {
  const estimate = await storageEstimate();
  const persisted = estimate.persisted === true ? '已持久保存' : estimate.persisted === false ? '未持久保存' : '';
  into.textContent = [persisted, estimate.usage !== null ? `已用 ${formatBytes(estimate.usage)}` : '']
    .filter(Boolean)
    .join(' · ');
}

/** Safari deletes site data after 7 days without a visit; Chrome may evict it: remind to back up. */
export async function remindBackup(store: WorkbookStore, notices: Notices): Promise<void> {
  const meta = await store.loadAppMeta();
  const list = await store.list();
  if (!list.some((w) => !w.sample)) return;
  if (!backupDue(meta.lastBackupAt, new Date().toISOString())) return;
  notices.banner(
    'backup',
    meta.lastBackupAt
      ? `距上次备份已超过 ${BACKUP_REMINDER_DAYS} 天，建议点击“备份”保存一份数据文件。`
      : '尚未备份过数据，建议点击“备份”保存一份数据文件。',
  );
}
