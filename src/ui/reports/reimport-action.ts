/**
 * 导入填报表: pick a filled-in report, read it (SheetJS, lazy), show the diff, and on 确认导入
 * apply it as one undoable step. A bad file ends in a message; nothing stored changes before
 * the user confirms.
 */
import type { Period, Workbook } from '../../core/workbook/types';
import { readFilledReport, type ReimportResult } from '../../io/excel/reports';
import { openReimportDialog } from './reimport-dialog';
import { REPORT_FILE_TYPES, tooLargeMessage } from './report-files';
import { MAX_FILE_BYTES, pickFiles } from '../pick-files';
import type { ActionContext } from '../shell/run-action';
import { createFromForm } from './form-workbook-action';

/** Files that do not say their period (a CSV) are read as the period shown in the grid. */
async function read(bytes: Uint8Array, name: string, workbook: Workbook, shown: Period): Promise<ReimportResult> {
  const first = await readFilledReport(bytes, name, workbook);
  if (!first.problems.some((p) => p.code === 'no-period')) return first;
  const second = await readFilledReport(bytes, name, workbook, shown);
  second.problems.unshift({ code: 'period-assumed', message: `文件未写明报告期，按当前选择的“${shown}”导入` });
  return second;
}

function nothingToShow(result: ReimportResult): boolean {
  return (
    result.diff.length === 0 &&
    result.unknownKeys.length === 0 &&
    result.unreadableCells.length === 0 &&
    result.unknownColumns.length === 0
  );
}

export async function reimportReport(ctx: ActionContext): Promise<void> {
  const [file] = await pickFiles(ctx.doc, REPORT_FILE_TYPES);
  if (!file) return;
  if (file.size > MAX_FILE_BYTES) {
    ctx.notices.notice(tooLargeMessage(file.name), [], 'error');
    return;
  }
  const page = ctx.app.page();
  // On the home page a 填报表 starts the unit's own workbook of the plan.
  if (!page) return createFromForm(ctx, file);
  const workbook = page.workbook();
  const result = await read(new Uint8Array(await file.arrayBuffer()), file.name, workbook, page.period());
  if (nothingToShow(result)) {
    // Nothing was read or nothing differs: a message is enough, and says why.
    const messages = result.problems.map((p) => p.message);
    if (result.problems.length > 0) ctx.notices.notice(`未能从“${file.name}”导入任何内容`, messages, 'error');
    else ctx.notices.notice(`“${file.name}”与当前台账一致，没有需要导入的修改`);
    return;
  }
  openReimportDialog(ctx.doc, {
    fileName: file.name,
    result,
    onConfirm: () => {
      const current = ctx.app.page();
      if (!result.operation || current?.workbook().id !== workbook.id) {
        ctx.notices.notice('台账已切换，未导入', [], 'error');
        return;
      }
      current.apply(result.operation);
      ctx.notices.notice(`已导入 ${result.diff.length} 个单元格，可按 Ctrl+Z 撤销`);
    },
  });
}
