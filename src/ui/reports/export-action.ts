/**
 * 导出半年报表 / 导出年终报表 / 其他报表: the export dialog (report, title, 报表内容, columns), then
 * the period report with the charts on its 统计 sheet, or the full ledger. A changed title or
 * 报表内容 is remembered in the workbook's 台账设置 (one undo step, saved like any edit).
 */
import { OPERATION_LABELS } from '../../core/workbook/operations';
import { reportSettings, sameSettings } from '../../core/workbook/report-settings';
import type { Period, Workbook } from '../../core/workbook/types';
import type { ReportOptions } from '../../core/report/build/report-options';
import { exportLedger, exportReport } from '../../io/excel/reports';
import { downloadBytes } from '../dom';
import { openExportDialog, type ExportKind } from './export-dialog';
import { reportChartPngs } from './report-charts';
import { XLSX_MIME } from './report-files';
import type { ActionContext } from '../shell/run-action';
import type { WorkbookPage } from '../workbook/workbook-page';

/** The charts for 统计; without them the report is still worth sending, so a failure only warns. */
async function chartImages(ctx: ActionContext, workbook: Workbook, period: Period, asOf: string) {
  try {
    const { images, omitted } = await reportChartPngs(ctx.doc, { workbook, period, asOf });
    const notes = omitted.map((title) => `图表“${title}”项目过多，未放入统计表（数据见“量化指标”表）`);
    return { images, notes };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { images: [], notes: [`图表未能生成，报表中不含图表（${detail}）`] };
  }
}

/** Keep the title and 报表内容 chosen for next time, when they changed. */
function remember(page: WorkbookPage, options: ReportOptions): void {
  const current = reportSettings(page.workbook());
  const next = { ...current, title: options.title, content: options.content };
  if (!sameSettings(current, next))
    page.apply({ type: 'setMeta', label: OPERATION_LABELS.reportSettings, report: next });
}

async function exportChosen(ctx: ActionContext, initial: ExportKind): Promise<void> {
  const page = ctx.app.page();
  if (!page) {
    ctx.notices.notice('请先打开一个台账', [], 'error');
    return;
  }
  const request = await openExportDialog(ctx.doc, page.workbook(), initial);
  if (!request) return;
  remember(page, request.options);
  const workbook = page.workbook();
  const asOf = ctx.today();
  if (request.kind === 'ledger') {
    const file = await exportLedger(workbook, asOf, request.options);
    downloadBytes(ctx.doc, file.fileName, file.bytes, XLSX_MIME);
    ctx.notices.notice(`已导出“${file.fileName}”`);
    return;
  }
  const { images, notes } = await chartImages(ctx, workbook, request.kind, asOf);
  const file = await exportReport(workbook, request.kind, asOf, images, request.options);
  downloadBytes(ctx.doc, file.fileName, file.bytes, XLSX_MIME);
  ctx.notices.notice(`已导出“${file.fileName}”`, notes);
}

export function exportHalfYear(ctx: ActionContext): Promise<void> {
  return exportChosen(ctx, '半年');
}

export function exportYearEnd(ctx: ActionContext): Promise<void> {
  return exportChosen(ctx, '全年');
}

/** 其他报表: the same dialog, starting from the period shown in the grid. */
export function exportOther(ctx: ActionContext): Promise<void> {
  return exportChosen(ctx, ctx.app.page()?.period() ?? '一季度');
}
