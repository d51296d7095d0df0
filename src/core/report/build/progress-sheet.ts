/** Sheet 推进情况: one row per task under section bands, the table a 街道 sends upward. */
import { periodEnd, periodPercent, periodStatus } from '../../workbook/period-values';
import { LIGHT_COLORS, LIGHT_LABELS, periodLight, trafficLight, type LightInput } from '../../workbook/traffic-light';
import type { Period, TaskRecord, Workbook } from '../../workbook/types';
import { columnHeader, IDENTITY_COLUMNS, type ColumnId } from '../../workbook/vocabulary';
import { STATUSES } from '../../workbook/types';
import { dateCell, percentCell, textCell } from './cell-text';
import { chineseDate, planLabel } from '../labels';
import type { ReportCell, ReportSheet } from '../model';
import { columnLetter, SheetBuilder, TITLE_FONT_SIZE } from './sheet-builder';

export const PROGRESS_SHEET = '推进情况';

/** The columns of a period report, in order; their headers come from the vocabulary. */
export const PROGRESS_COLUMNS: readonly ColumnId[] = [
  ...IDENTITY_COLUMNS,
  'percent',
  'status',
  'light',
  'progress',
  'problems',
  'nextSteps',
  'notes',
];

export const PROGRESS_HEADERS: readonly string[] = PROGRESS_COLUMNS.map(columnHeader);

const WIDTHS = [7, 34, 11, 11, 8, 16, 9, 9, 9, 40, 22, 22, 12];

/** The task text as listed in the plan; the title alone when the text adds nothing. */
export function taskText(task: TaskRecord): string {
  const text = task.text.trim();
  if (!text) return task.title;
  return text.startsWith(task.title) ? text : `${task.title}：${text}`;
}

/** 序号 | 工作任务 | 牵头单位 | 配合单位 | 责任人 | 完成时限: the same in every task table. */
export function taskIdentityCells(task: TaskRecord): ReportCell[] {
  return [
    textCell(task.key, 'center'),
    textCell(taskText(task)),
    textCell(task.leadUnit, 'center'),
    textCell(task.partnerUnits, 'center'),
    textCell(task.owner, 'center'),
    dateCell(task.deadline),
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

export function progressCells(task: TaskRecord, period: Period, asOf: string, year: number): ReportCell[] {
  const entry = task.periods[period];
  const percent = periodPercent(task, period);
  return [
    ...taskIdentityCells(task),
    percentCell(percent === null ? null : percent / 100),
    textCell(periodStatus(task, period), 'center'),
    lightCellOf(periodLight(task, period, asOf, year)),
    textCell(entry?.progress ?? ''),
    textCell(entry?.problems ?? ''),
    textCell(entry?.nextSteps ?? ''),
    textCell(task.notes),
  ];
}

export function reportTitle(workbook: Workbook, period: Period): string {
  return `${workbook.unit}${planLabel(workbook)}${period}推进情况表`;
}

export function infoLine(workbook: Workbook, period: Period, asOf: string): string {
  const gap = '\u3000\u3000\u3000';
  return `填报单位：${workbook.unit}${gap}填报日期：${chineseDate(asOf)}${gap}截止日期：${chineseDate(periodEnd(period, workbook.year))}`;
}

/** Section and group bands in plan order, then the task rows; returns the task rows' numbers. */
export function addTaskRows(
  builder: SheetBuilder,
  workbook: Workbook,
  cellsFor: (task: TaskRecord) => ReportCell[],
): Map<string, number> {
  const rows = new Map<string, number>();
  let section: string | null | undefined;
  let group: string | undefined;
  for (const task of workbook.tasks.filter((t) => !t.archived)) {
    if (task.section !== section) {
      section = task.section;
      group = undefined;
      const s = workbook.sections.find((x) => x.key === task.section);
      if (s) builder.band(`${s.key}、${s.title}`, 'band');
    }
    if (task.group && task.group !== group) {
      group = task.group;
      const g = workbook.groups.find((x) => x.key === task.group);
      if (g) builder.band(`${g.key.replace(/^[^(（]*[(（]/, '（').replace(/[)）].*$/, '）')}${g.title}`, 'band');
    }
    rows.set(task.key, builder.add(cellsFor(task)));
  }
  return rows;
}

export interface BuiltSheet {
  sheet: ReportSheet;
  taskRows: Map<string, number>;
}

export function buildProgressSheet(workbook: Workbook, period: Period, asOf: string): BuiltSheet {
  const b = new SheetBuilder(PROGRESS_SHEET, [...WIDTHS]);
  b.band(reportTitle(workbook, period), 'title', TITLE_FONT_SIZE);
  b.band(infoLine(workbook, period, asOf), 'subtitle');
  const header = b.add(
    PROGRESS_HEADERS.map((h) => textCell(h, 'header')),
    28,
  );
  const taskRows = addTaskRows(b, workbook, (t) => progressCells(t, period, asOf, workbook.year));
  const sheet = b.build();
  sheet.frozenRows = header;
  sheet.printTitleRows = [header, header];
  const last = Math.max(header + 1, sheet.rows.length);
  const statusColumn = columnLetter(PROGRESS_COLUMNS.indexOf('status') + 1);
  sheet.validations.push({ range: `${statusColumn}${header + 1}:${statusColumn}${last}`, values: STATUSES });
  return { sheet, taskRows };
}
