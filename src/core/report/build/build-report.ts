/** Whole reports as plain data: the period report (four sheets) and the full ledger. */
import type { Period, Workbook } from '../../workbook/types';
import { PERIODS } from '../../workbook/types';
import { reportFileName } from '../file-name';
import { buildIndicatorSheet } from './indicator-sheet';
import { planLabel, titleStem } from '../labels';
import { buildLedgerSheets } from './ledger-sheet';
import { buildMetaSheet } from '../meta-sheet';
import type { Report } from '../model';
import { buildProgressSheet } from './progress-sheet';
import { infoLine, reportTitle } from './report-heading';
import { defaultReportOptions, withDefaults, type ReportOptions } from './report-options';
import { buildStatsSheet } from './stats-sheet';

/** `殿前街道-2021年湖里区民政工作要点-半年推进情况.xlsx`. */
export function periodReportFileName(workbook: Workbook, period: Period): string {
  return reportFileName([workbook.unit, planLabel(workbook), `${period}推进情况`]);
}

export interface PeriodReportOptions extends Partial<ReportOptions> {
  /** How many charts the 统计 sheet makes room for on its second page. */
  charts?: number;
}

/**
 * The report a 街道 sends for one period: 推进情况, 量化指标, 统计 and the hidden sheet.
 * `asOf` (ISO date) is the 填报日期; traffic lights are judged at the period's end or at `asOf`
 * when that is earlier. Options not given come from 台账设置 and the columns that have content.
 */
export function buildPeriodReport(
  workbook: Workbook,
  period: Period,
  asOf: string,
  options: PeriodReportOptions = {},
): Report {
  const chosen = withDefaults(defaultReportOptions(workbook, [period]), options);
  const title = (what: string) => reportTitle(workbook, period, chosen.title, what);
  const info = infoLine(workbook, period, asOf);
  const progress = buildProgressSheet(workbook, period, asOf, chosen);
  const indicators = buildIndicatorSheet(workbook, [period], title('量化指标完成情况表'), info);
  const stats = buildStatsSheet(workbook, period, asOf, title('统计表'), options.charts ?? 0);
  const meta = {
    kind: 'period',
    period,
    asOf,
    taskRows: progress.taskRows,
    continuations: progress.continuations,
  } as const;
  return {
    fileName: periodReportFileName(workbook, period),
    sheets: [progress.sheet, indicators.sheet, stats, buildMetaSheet(workbook, meta)],
  };
}

/** Every period, with all indicator actuals; comes back through re-import too. */
export function buildLedgerReport(workbook: Workbook, asOf: string, options: Partial<ReportOptions> = {}): Report {
  const chosen = withDefaults(defaultReportOptions(workbook, PERIODS), options);
  const halves = buildLedgerSheets(workbook, asOf, chosen);
  const indicatorTitle = `${titleStem(workbook, chosen.title)}量化指标台账`;
  const indicators = buildIndicatorSheet(workbook, PERIODS, indicatorTitle, infoLine(workbook, null, asOf));
  const meta = {
    kind: 'ledger',
    period: null,
    asOf,
    taskRows: halves[0]?.taskRows ?? new Map<string, number>(),
    continuations: halves.flatMap((h) => h.continuations),
  } as const;
  return {
    fileName: reportFileName([workbook.unit, planLabel(workbook), '工作台账']),
    sheets: [...halves.map((h) => h.sheet), indicators.sheet, buildMetaSheet(workbook, meta)],
  };
}
