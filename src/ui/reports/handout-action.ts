/** 下发填报表: ask who gets a form, then download one .zip with a protected .xlsx per unit. */
import { exportHandouts } from '../../io/excel/handouts';
import { downloadBytes } from '../dom';
import type { ActionContext } from '../shell/run-action';
import { openHandoutDialog } from './handout-dialog';

export async function handOutForms(ctx: ActionContext): Promise<void> {
  const page = ctx.app.page();
  if (!page) {
    ctx.notices.notice('请先打开要下发的台账', [], 'error');
    return;
  }
  const answer = await openHandoutDialog(ctx.doc, page.workbook(), page.period());
  if (!answer) return;
  const asOf = ctx.today();
  const pack = await exportHandouts(
    page.workbook(),
    answer.map((a) => ({ ...a, asOf })),
  );
  downloadBytes(ctx.doc, pack.fileName, pack.bytes, 'application/zip');
  ctx.notices.notice(`已生成 ${pack.entries.length} 份填报表：“${pack.fileName}”`, pack.entries);
}
