/**
 * 备份: every workbook in one versioned .json file. Works without IndexedDB too — then the
 * workbooks in memory are the only copy and this file is how the user keeps them.
 */
import { backupFileName, createBackup, MAX_BACKUP_BYTES } from '../../core/workbook/backup';
import { downloadBytes } from '../dom';
import type { ActionContext } from '../shell/run-action';

export async function downloadBackup(ctx: ActionContext): Promise<void> {
  // The last edit may still be on its way to storage; the saver reports its own failures.
  await ctx.library.flush();
  const { workbooks, problems } = await ctx.library.backupSet();
  const details = problems.map((p) => p.message);
  if (workbooks.length === 0) {
    ctx.notices.notice('没有可备份的台账', details, details.length ? 'error' : 'info');
    return;
  }
  const fileName = backupFileName(ctx.today());
  const text = JSON.stringify(createBackup(workbooks, new Date().toISOString()));
  downloadBytes(ctx.doc, fileName, text, 'application/json');
  await ctx.library.markBackedUp();
  // Still downloaded (it is the data), but the user must know 从备份恢复 will refuse it.
  if (text.length > MAX_BACKUP_BYTES) {
    ctx.notices.notice(
      `已下载备份“${fileName}”，但它超过 ${MAX_BACKUP_BYTES / 1024 / 1024} MB，从备份恢复时将被拒绝：请删除或拆分不用的台账后再备份一次`,
      details,
      'error',
    );
  } else if (details.length) {
    ctx.notices.notice(`已下载备份“${fileName}”，但有 ${problems.length} 个台账未能备份`, details, 'error');
  } else {
    ctx.notices.notice(`已下载备份“${fileName}”（${workbooks.length} 个台账），请妥善保存`);
  }
}
