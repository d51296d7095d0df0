/**
 * 从备份恢复: read a backup file, show what it would add and replace, and store only what the
 * user confirms. A damaged, foreign or oversized file ends here with a message and changes
 * nothing; so does a backup whose every workbook was refused by the strict restore.
 */
import { backupTooLargeMessage, MAX_BACKUP_BYTES, parseBackup, planRestore } from '../../core/workbook/backup';
import { confirmRestore } from './restore-dialog';
import { pickFiles } from '../pick-files';
import type { ActionContext } from '../shell/run-action';

export async function restoreFromBackup(ctx: ActionContext): Promise<void> {
  const [file] = await pickFiles(ctx.doc, '.json,application/json');
  if (!file) return;
  if (file.size > MAX_BACKUP_BYTES) {
    ctx.notices.notice(backupTooLargeMessage(file.size, file.name), [], 'error');
    return;
  }
  await restoreBackupText(ctx, file.name, await file.text());
}

/** The backup's text (from a picked file or the backup folder) → the question → the restore. */
export async function restoreBackupText(ctx: ActionContext, fileName: string, text: string): Promise<void> {
  // Editors on Windows may add a byte-order mark, which JSON.parse refuses.
  const parsed = parseBackup(text.replace(/^\uFEFF/, ''));
  if (parsed.workbooks.length === 0) {
    const details = parsed.problems.map((p) => p.message);
    ctx.notices.notice(`无法从“${fileName}”恢复，未做任何更改`, details, 'error');
    return;
  }
  // Pending edits first, so "the copy here is newer" is judged on what is really stored.
  await ctx.library.flush();
  const plan = planRestore(await ctx.library.list(), parsed.workbooks);
  const chosen = await confirmRestore(ctx.doc, {
    fileName,
    exportedAt: parsed.exportedAt,
    plan,
    problems: parsed.problems,
  });
  if (!chosen || chosen.length === 0) return;
  await ctx.library.restoreWorkbooks(chosen);

  const added = chosen.filter((wb) => plan.add.includes(wb)).length;
  ctx.notices.notice(`已从备份恢复 ${chosen.length} 个台账（新增 ${added} 个，替换 ${chosen.length - added} 个）`);
  const open = ctx.app.page()?.workbook().id;
  if (open === undefined) await ctx.app.showHome();
  else if (chosen.some((wb) => wb.id === open)) await ctx.app.openWorkbook(open);
}
