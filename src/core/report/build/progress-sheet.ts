/** Sheet 推进情况: one row per task under section bands, the table a 街道 sends upward. */
import { periodPercent, periodStatus } from '../../workbook/period-values';
import { LIGHT_COLORS, LIGHT_LABELS, periodLight, trafficLight, type LightInput } from '../../workbook/traffic-light';
import type { Period, TaskRecord, Workbook } from '../../workbook/types';
import { columnHeader, type ColumnId } from '../../workbook/vocabulary';
import { STATUSES } from '../../workbook/types';
import { dateCell, textCell, typedPercentCell } from './cell-text';
import { PROGRESS_COLUMNS } from './progress-columns';
import { columnWidths, widthBudget, type ReportContent } from './column-widths';
import type { MetaContinuation } from '../meta-sheet';
import type { ReportCell, ReportSheet } from '../model';
import { addHeading, addSignOff, infoLine, reportTitle } from './report-heading';
import type { ReportOptions } from './report-options';
import { columnLetter, SheetBuilder, type Continuation } from './sheet-builder';
import { addTaskRows } from './task-rows';

export const PROGRESS_SHEET = '推进情况';

export { PROGRESS_COLUMNS };

export const PROGRESS_HEADERS: readonly string[] = PROGRESS_COLUMNS.map(columnHeader);

/** What a progress report cannot leave out; the export dialog offers the others. */
export const REQUIRED_COLUMNS: readonly ColumnId[] = ['key', 'title', 'percent', 'status', 'progress'];

/** The columns a report prints, in the canonical order. */
export function printedColumns(options: Pick<ReportOptions, 'columns'>): ColumnId[] {
  return PROGRESS_COLUMNS.filter((c) => REQUIRED_COLUMNS.includes(c) || options.columns.includes(c));
}

/** The task text as listed in the plan; the title alone when the text adds nothing. */
export function taskText(task: TaskRecord): string {
  const text = task.text.trim();
  if (!text) return task.title;
  return text.startsWith(task.title) ? text : `${task.title}：${text}`;
}

/** 序号 | 工作任务 | 牵头单位 | 配合单位 | 责任人 | 完成时限: the same in every task table. */
export function taskIdentityCells(task: TaskRecord, content: ReportContent, year: number): ReportCell[] {
  return [
    textCell(task.key, 'center'),
    textCell(content === 'text' ? taskText(task) : task.title),
    textCell(task.leadUnit, 'center'),
    textCell(task.partnerUnits, 'center'),
    textCell(task.owner, 'center'),
    dateCell(task.deadline, year),
  ];
}

/** The 序时 light as words on its colour; — for tasks not on a schedule. */
export function lightLabelCell(task: LightInput, asOf: string, year: number): ReportCell {
  return lightCellOf(trafficLight(task, asOf, year));
}

function lightCellOf(light: ReturnType<typeof trafficLight>): ReportCell {
  if (!light) return textCell('—', 'center');
  return textCell(LIGHT_LABELS[light], 'center', LIGHT_COLORS[light]);
}

/** Every column of PROGRESS_COLUMNS for one task, in that order. */
export function progressCells(
  task: TaskRecord,
  period: Period,
  asOf: string,
  year: number,
  content: ReportContent = 'title',
): ReportCell[] {
  const entry = task.periods[period];
  return [
    ...taskIdentityCells(task, content, year),
    typedPercentCell(periodPercent(task, period)),
    textCell(periodStatus(task, period), 'center'),
    lightCellOf(periodLight(task, period, asOf, year)),
    textCell(entry?.progress ?? ''),
    textCell(entry?.problems ?? ''),
    textCell(entry?.nextSteps ?? ''),
    textCell(task.notes),
  ];
}

export interface BuiltSheet {
  sheet: ReportSheet;
  taskRows: Map<string, number>;
  continuations: MetaContinuation[];
}

/** The builder's continuation rows as the hidden sheet records them. */
export function continuationsOf(sheet: string, list: readonly Continuation[]): MetaContinuation[] {
  return list.map((c) => ({ ...c, sheet }));
}

export function buildProgressSheet(
  workbook: Workbook,
  period: Period,
  asOf: string,
  options: ReportOptions,
): BuiltSheet {
  const columns = printedColumns(options);
  const pick = columns.map((c) => PROGRESS_COLUMNS.indexOf(c));
  const layout = { paper: 'A4', landscape: true } as const;
  const b = new SheetBuilder(PROGRESS_SHEET, columnWidths(columns, widthBudget(layout), options.content), layout);
  const info = addHeading(b, reportTitle(workbook, period, options.title), infoLine(workbook, period, asOf));
  const header = b.add(
    columns.map((c) => textCell(columnHeader(c), 'header')),
    28,
  );
  b.repeatRows(info, header);
  const taskRows = addTaskRows(b, workbook, (t) => {
    const cells = progressCells(t, period, asOf, workbook.year, options.content);
    return pick.map((i) => cells[i] as ReportCell);
  });
  const last = Math.max(header + 1, b.nextRow - 1);
  addSignOff(b, workbook, asOf);
  const sheet = b.build();
  sheet.frozenRows = header;
  const statusColumn = columnLetter(columns.indexOf('status') + 1);
  sheet.validations.push({ range: `${statusColumn}${header + 1}:${statusColumn}${last}`, values: STATUSES });
  return { sheet, taskRows, continuations: continuationsOf(PROGRESS_SHEET, b.continuations) };
}
