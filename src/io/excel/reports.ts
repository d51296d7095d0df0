/**
 * What the UI calls for 导出半年报表 / 导出年终报表 / 导入填报表 / 汇总多个单位. Import this module
 * with `import()`: it pulls in ExcelJS or SheetJS only when a button is used.
 * Reading never throws and never changes the workbook: results carry changes and messages.
 */
import { buildLedgerReport, buildPeriodReport } from '../../core/report/build-report';
import {
  consolidateReports,
  type ConsolidationOptions,
  type ConsolidationResult,
  type UnitFile,
} from '../../core/report/consolidate';
import { buildConsolidationReport } from '../../core/report/consolidation-report';
import { readReportGrid } from '../../core/report/read-report-grid';
import { emptyResult, reimportReport, type ReimportResult } from '../../core/report/reimport';
import type { Period, Workbook } from '../../core/workbook/types';
import { readGrid } from './read-grid';
import { writeReportXlsx } from './write-xlsx';

export interface ExportedFile {
  fileName: string;
  bytes: Uint8Array;
}

export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

/** Half-year (半年), year-end (全年), 一季度 or 三季度 report. `asOf` is the 填报日期, ISO. */
export async function exportReport(workbook: Workbook, period: Period, asOf: string): Promise<ExportedFile> {
  const report = buildPeriodReport(workbook, period, asOf);
  return { fileName: report.fileName, bytes: await writeReportXlsx(report) };
}

/** The full ledger with every period's columns side by side. */
export async function exportLedger(workbook: Workbook, asOf: string): Promise<ExportedFile> {
  const report = buildLedgerReport(workbook, asOf);
  return { fileName: report.fileName, bytes: await writeReportXlsx(report) };
}

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
    return emptyResult(
      [{ code: 'unexpected', message: '读取文件时出错，未导入任何内容', detail: String(error) }],
      period ?? null,
    );
  }
}

async function readUnitFile(file: PickedFile): Promise<UnitFile> {
  const grid = await readGrid(file.bytes, file.name);
  const parsed = readReportGrid(grid.sheets, file.name);
  if (grid.sheets.length === 0) parsed.problems = grid.problems;
  else parsed.problems.unshift(...grid.problems);
  return { fileName: file.name, parsed };
}

/** 汇总多个单位. Files for another plan or period come back in `rejected`, not merged. */
export async function consolidate(
  files: readonly PickedFile[],
  options: ConsolidationOptions = {},
): Promise<ConsolidationResult> {
  const units: UnitFile[] = [];
  for (const file of files) {
    try {
      units.push(await readUnitFile(file));
    } catch (error) {
      units.push({
        fileName: file.name,
        parsed: {
          meta: null,
          period: null,
          title: '',
          rows: [],
          problems: [{ code: 'unexpected', message: '读取文件时出错', detail: String(error) }],
        },
      });
    }
  }
  return consolidateReports(units, options);
}

/** The summary as a styled .xlsx. `asOf` is the 汇总日期, ISO. */
export async function exportConsolidation(result: ConsolidationResult, asOf: string): Promise<ExportedFile> {
  const report = buildConsolidationReport(result, asOf);
  return { fileName: report.fileName, bytes: await writeReportXlsx(report) };
}

export type { ConsolidationOptions, ConsolidationResult, ReimportResult };
