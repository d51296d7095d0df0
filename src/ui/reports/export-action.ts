/**
 * 导出半年报表 / 导出年终报表 / 其他报表: the period report with the charts embedded in its 统计
 * sheet, or the full ledger. Reads the open workbook only; nothing stored changes.
 */
import type { Period, Workbook } from '../../core/workbook/types';
import { exportLedger, exportReport } from '../../io/excel/reports';
import { downloadBytes } from '../dom';
import { openExportMenu } from './export-menu';
import { reportChartPngs } from './report-charts';
import { XLSX_MIME } from './report-files';
import type { ActionContext } from '../shell/run-action';

function openWorkbook(ctx: ActionContext): Workbook | null {
  const wb = ctx.app.page()?.workbook() ?? null;
  if (!wb) ctx.notices.notice('请先打开一个台账', [], 'error');
  return wb;
}

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

export async function exportPeriod(ctx: ActionContext, period: Period): Promise<void> {
  const workbook = openWorkbook(ctx);
  if (!workbook) return;
  const asOf = ctx.today();
  const { images, notes } = await chartImages(ctx, workbook, period, asOf);
  const file = await exportReport(workbook, period, asOf, images);
  downloadBytes(ctx.doc, file.fileName, file.bytes, XLSX_MIME);
  ctx.notices.notice(`已导出“${file.fileName}”`, notes);
}

export async function exportFullLedger(ctx: ActionContext): Promise<void> {
  const workbook = openWorkbook(ctx);
  if (!workbook) return;
  const file = await exportLedger(workbook, ctx.today());
  downloadBytes(ctx.doc, file.fileName, file.bytes, XLSX_MIME);
  ctx.notices.notice(`已导出“${file.fileName}”`);
}

export function exportHalfYear(ctx: ActionContext): Promise<void> {
  return exportPeriod(ctx, '半年');
}

export function exportYearEnd(ctx: ActionContext): Promise<void> {
  return exportPeriod(ctx, '全年');
}

/** 其他报表: 一季度 / 三季度 (and the two above) or the full ledger, chosen in a small dialog. */
export async function exportOther(ctx: ActionContext): Promise<void> {
  if (!openWorkbook(ctx)) return;
  const choice = await openExportMenu(ctx.doc);
  if (choice === null) return;
  await (choice === 'ledger' ? exportFullLedger(ctx) : exportPeriod(ctx, choice));
}
