/** 台账设置: edit the sign-off names and the report title; saved as one undoable step. */
import { isNoop, OPERATION_LABELS } from '../../core/workbook/operations';
import type { ActionContext } from '../shell/run-action';
import { openSettingsDialog } from './settings-dialog';

export async function editReportSettings(ctx: ActionContext): Promise<void> {
  const page = ctx.app.page();
  if (!page) {
    ctx.notices.notice('请先打开一个台账', [], 'error');
    return;
  }
  const answer = await openSettingsDialog(ctx.doc, page.workbook());
  if (!answer) return;
  const result = page.apply({ type: 'setMeta', label: OPERATION_LABELS.reportSettings, ...answer });
  if (!isNoop(result)) ctx.notices.notice('台账设置已保存，导出的报表将使用新的设置');
}
