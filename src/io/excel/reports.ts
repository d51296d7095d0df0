/**
 * What the UI calls for 导出半年报表 / 导出年终报表 / 导入填报表 / 汇总多个单位. Import this module
 * with `import()`: it pulls in ExcelJS or SheetJS only when a button is used.
 * Reading never throws and never changes the workbook: results carry changes and messages.
 */
import { buildLedgerReport, buildPeriodReport } from '../../core/report/build/build-report';
import {
  consolidateReports,
  type ConsolidationOptions,
  type ConsolidationResult,
  type UnitFile,
} from '../../core/report/consolidate/consolidate';
import { buildConsolidationReport } from '../../core/report/consolidate/consolidation-report';
import { buildCompilationReport } from '../../core/report/consolidate/compilation-sheet';
import { readReportGrid } from '../../core/report/reimport/read-report-grid';
import { STATS_SHEET } from '../../core/report/build/stats-sheet';
import { emptyResult, reimportReport, type ReimportResult } from '../../core/report/reimport/reimport';
import { workbookFromReport, type ReportWorkbook } from '../../core/report/reimport/workbook-from-report';
import type { Period, Workbook } from '../../core/workbook/types';
import { readGrid } from './read-grid';
import type { ReportOptions } from '../../core/report/build/report-options';
import { pngSize, type ReportImage } from './sheet-images';
import { writeReportXlsx } from './write-xlsx';

export interface ExportedFile {
  fileName: string;
  bytes: Uint8Array;
}

export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

/**
 * Half-year (半年), year-end (全年), 一季度 or 三季度 report. `asOf` is the 填报日期, ISO.
 * `charts` (PNGs drawn by the browser) get page 2 of the 统计 sheet. `options` not given come from
 * 台账设置 and the columns that have content.
 */
export async function exportReport(
  workbook: Workbook,
  period: Period,
  asOf: string,
  charts: readonly ReportImage[] = [],
  options: Partial<ReportOptions> = {},
): Promise<ExportedFile> {
  const images = charts.filter((c) => pngSize(c.png) !== null);
  const report = buildPeriodReport(workbook, period, asOf, { ...options, charts: images.length });
  const pictures = images.length > 0 ? { sheet: STATS_SHEET, images } : undefined;
  return { fileName: report.fileName, bytes: await writeReportXlsx(report, pictures) };
}

/** The full ledger: every period, on two A3 sheets (one per half-year). */
export async function exportLedger(
  workbook: Workbook,
  asOf: string,
  options: Partial<ReportOptions> = {},
): Promise<ExportedFile> {
  const report = buildLedgerReport(workbook, asOf, options);
  return { fileName: report.fileName, bytes: await writeReportXlsx(report) };
}

/** A fault of ours, not of the file: say so, and how to get past it meanwhile. */
const UNEXPECTED =
  '读取这个文件时程序出错，未导入任何内容。请用 Excel 或 WPS 打开后另存为 .xlsx 再试；若仍出错，请把文件和这条提示一起发给维护人员。';

/**
 * 导入填报表: the changes a filled-in file makes to the workbook, as one undoable operation
 * (`result.operation`) plus a diff to show first. `period` is needed only for files that do
 * not say which period they are (e.g. a CSV).
 */
export async function readFilledReport(
  bytes: Uint8Array,
  fileName: string,
  workbook: Workbook,
  period?: Period,
): Promise<ReimportResult> {
  try {
    const grid = await readGrid(bytes, fileName);
    if (grid.sheets.length === 0) return emptyResult(grid.problems, period ?? null);
    const parsed = readReportGrid(grid.sheets, fileName);
    parsed.problems.unshift(...grid.problems);
    return reimportReport(parsed, workbook, period);
  } catch (error) {
    return emptyResult([{ code: 'unexpected', message: UNEXPECTED, detail: String(error) }], period ?? null);
  }
}

/** 导入填报表 with no workbook open: a new workbook for the file's unit, with what it has filled in. */
export async function workbookFromFile(
  bytes: Uint8Array,
  fileName: string,
  id: string,
  now: string,
): Promise<ReportWorkbook> {
  try {
    const grid = await readGrid(bytes, fileName);
    if (grid.sheets.length === 0) return { workbook: null, period: null, filled: 0, problems: grid.problems };
    return workbookFromReport(readReportGrid(grid.sheets, fileName), id, now);
  } catch (error) {
    return {
      workbook: null,
      period: null,
      filled: 0,
      problems: [{ code: 'unexpected', message: UNEXPECTED, detail: String(error) }],
    };
  }
}

async function readUnitFile(file: PickedFile): Promise<UnitFile> {
  const grid = await readGrid(file.bytes, file.name);
  const parsed = readReportGrid(grid.sheets, file.name);
  if (grid.sheets.length === 0) parsed.problems = grid.problems;
  else parsed.problems.unshift(...grid.problems);
  return { fileName: file.name, parsed };
}

/** Progress and cancellation for long reads (汇总 of thirty files). */
export interface ReadControl {
  signal?: AbortSignal;
  /** Called before each file is read; `index` is 0-based. */
  onFile?(index: number, total: number, fileName: string): void;
}

/** One unreadable file becomes a file with a problem (then rejected), never an exception. */
async function readOneUnitFile(file: PickedFile): Promise<UnitFile> {
  try {
    return await readUnitFile(file);
  } catch (error) {
    const problems = [{ code: 'unexpected', message: UNEXPECTED, detail: String(error) }];
    return {
      fileName: file.name,
      parsed: { meta: null, period: null, title: '', rows: [], unknownColumns: [], problems },
    };
  }
}

/**
 * Read many units' files. Between files it yields to the event loop so a 取消 click is seen, and
 * throws the signal's reason once it is aborted.
 */
export async function readUnitFiles(files: readonly PickedFile[], control: ReadControl = {}): Promise<UnitFile[]> {
  const units: UnitFile[] = [];
  for (const [index, file] of files.entries()) {
    control.signal?.throwIfAborted();
    control.onFile?.(index, files.length, file.name);
    if (control.onFile || control.signal) await new Promise((resolve) => setTimeout(resolve, 0));
    control.signal?.throwIfAborted();
    units.push(await readOneUnitFile(file));
  }
  return units;
}

/** 汇总多个单位. Files for another plan or period come back in `rejected`, not merged. */
export async function consolidate(
  files: readonly PickedFile[],
  options: ConsolidationOptions = {},
  control: ReadControl = {},
): Promise<ConsolidationResult> {
  return consolidateReports(await readUnitFiles(files, control), options);
}

/** 汇编 as a styled .xlsx: every unit's words, task by task. */
export async function exportCompilation(result: ConsolidationResult, today: string): Promise<ExportedFile> {
  const report = buildCompilationReport(result, today);
  return { fileName: report.fileName, bytes: await writeReportXlsx(report) };
}

/** The summary as a styled .xlsx. `asOf` is the 汇总日期, ISO. */
export async function exportConsolidation(result: ConsolidationResult, asOf: string): Promise<ExportedFile> {
  const report = buildConsolidationReport(result, asOf);
  return { fileName: report.fileName, bytes: await writeReportXlsx(report) };
}

export { consolidateReports };
export type { ConsolidationOptions, ConsolidationResult, ReimportResult, ReportImage, UnitFile };
