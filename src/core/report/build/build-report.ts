/** Whole reports as plain data: the period report (four sheets) and the full ledger. */
import type { Period, Workbook } from '../../workbook/types';
import { PERIODS } from '../../workbook/types';
import { reportFileName } from '../file-name';
import { buildIndicatorSheet } from './indicator-sheet';
import { planLabel } from '../labels';
import { buildLedgerSheet } from './ledger-sheet';
import { buildMetaSheet } from '../meta-sheet';
import type { Report } from '../model';
import { buildProgressSheet, reportTitle } from './progress-sheet';
import { buildStatsSheet } from './stats-sheet';

/** `殿前街道-2021年湖里区民政工作要点-半年推进情况.xlsx`. */
export function periodReportFileName(workbook: Workbook, period: Period): string {
  return reportFileName([workbook.unit, planLabel(workbook), `${period}推进情况`]);
}

/**
 * The report a 街道 sends for one period: 推进情况, 量化指标, 统计 and the hidden sheet.
 * `asOf` (ISO date) is the 填报日期; traffic lights are judged at the period's end or at `asOf`
 * when that is earlier.
 */
export function buildPeriodReport(workbook: Workbook, period: Period, asOf: string): Report {
  const title = reportTitle(workbook, period);
  const progress = buildProgressSheet(workbook, period, asOf);
  const indicators = buildIndicatorSheet(workbook, [period], title.replace(/推进情况表$/, '量化指标完成情况表'));
  const stats = buildStatsSheet(workbook, period, asOf, title.replace(/推进情况表$/, '统计表'));
  return {
    fileName: periodReportFileName(workbook, period),
    sheets: [
      progress.sheet,
      indicators.sheet,
      stats,
      buildMetaSheet(workbook, 'period', period, asOf, progress.taskRows),
    ],
  };
}

/** Every period side by side, with all indicator actuals; comes back through re-import too. */
export function buildLedgerReport(workbook: Workbook, asOf: string): Report {
  const ledger = buildLedgerSheet(workbook, asOf);
  const indicators = buildIndicatorSheet(workbook, PERIODS, `${workbook.unit}${planLabel(workbook)}量化指标台账`);
  return {
    fileName: reportFileName([workbook.unit, planLabel(workbook), '工作台账']),
    sheets: [ledger.sheet, indicators.sheet, buildMetaSheet(workbook, 'ledger', null, asOf, ledger.taskRows)],
  };
}
