/**
 * 导入填报表 on the home page: the file's hidden sheet gives the plan, the unit and the period;
 * after a confirmation a new workbook is made with the plan's full structure and what the file
 * already has filled in, and opened at that period. Nothing is stored before 新建台账 is pressed.
 */
import { workbookFromFile } from '../../io/excel/reports';
import { askConfirm } from '../ask';
import type { ActionContext } from '../shell/run-action';

function newId(): string {
  return typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `wb-${Date.now()}`;
}

export async function createFromForm(ctx: ActionContext, file: File): Promise<void> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const made = await workbookFromFile(bytes, file.name, newId(), new Date().toISOString());
  const workbook = made.workbook;
  if (!workbook) {
    const messages = made.problems.map((p) => p.message);
    ctx.notices.notice(`未能用“${file.name}”新建台账`, messages, 'error');
    return;
  }
  const tasks = workbook.tasks.length;
  const period = made.period ? `，报告期：${made.period}` : '';
  const filled = made.filled > 0 ? `文件中已填写的 ${made.filled} 个单元格一并导入。` : '';
  const sure = await askConfirm(ctx.doc, {
    title: '用填报表新建台账',
    message: `将新建台账《${workbook.name}》（填报单位：${workbook.unit || '未写明'}，${tasks} 项任务${period}）。${filled}`,
    okLabel: '新建台账',
  });
  if (!sure) return;
  await ctx.library.create(workbook);
  if (made.period) await ctx.library.setUiState({ period: made.period });
  await ctx.app.openWorkbook(workbook.id);
  const notes = made.problems.map((p) => p.message);
  ctx.notices.notice(`已新建台账《${workbook.name}》，填写后可照常导出报表`, notes);
}
