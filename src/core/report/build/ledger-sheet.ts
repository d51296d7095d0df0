/**
 * The full ledger, for the 街道's own records: every period's columns. Four periods side by side
 * would print at 4 pt, so the ledger is two A3 sheets, one per half-year; the task's own columns
 * (牵头单位…完成时限, 序时, 备注) are on the first only, so a re-import reads each value once.
 */
import type { Period, TaskRecord, Workbook } from '../../workbook/types';
import { STATUSES } from '../../workbook/types';
import { periodState } from '../../workbook/period-values';
import { columnHeader, IDENTITY_COLUMNS, type ColumnId } from '../../workbook/vocabulary';
import { textCell, typedPercentCell } from './cell-text';
import { columnWidths, widthBudget } from './column-widths';
import { titleStem } from '../labels';
import type { ReportCell } from '../model';
import {
  continuationsOf,
  lightLabelCell,
  REQUIRED_COLUMNS,
  taskIdentityCells,
  type BuiltSheet,
} from './progress-sheet';
import { addHeading, addSignOff, infoLine } from './report-heading';
import type { ReportOptions } from './report-options';
import { columnLetter, SheetBuilder } from './sheet-builder';
import { addTaskRows } from './task-rows';

const HALVES: readonly { name: string; periods: readonly Period[] }[] = [
  { name: '工作台账（一季度、半年）', periods: ['一季度', '半年'] },
  { name: '工作台账（三季度、全年）', periods: ['三季度', '全年'] },
];

/** In the order of PROGRESS_COLUMNS. */
const PER_PERIOD: readonly ColumnId[] = ['percent', 'status', 'progress', 'problems', 'nextSteps'];

interface LedgerColumn {
  id: ColumnId;
  period?: Period;
}

function sheetColumns(first: boolean, periods: readonly Period[], options: ReportOptions): LedgerColumn[] {
  const chosen = (id: ColumnId) => REQUIRED_COLUMNS.includes(id) || options.columns.includes(id);
  const own: ColumnId[] = first ? [...IDENTITY_COLUMNS, 'light'] : ['key', 'title'];
  return [
    ...own.filter(chosen).map((id) => ({ id })),
    ...periods.flatMap((period) => PER_PERIOD.filter(chosen).map((id) => ({ id, period }))),
    ...(first && chosen('notes') ? [{ id: 'notes' as ColumnId }] : []),
  ];
}

function header(c: LedgerColumn): string {
  return c.period ? `${c.period}\n${columnHeader(c.id)}` : columnHeader(c.id);
}

/** Every header either ledger sheet may print. */
export function ledgerHeaders(): string[] {
  const all: ReportOptions = {
    content: 'title',
    columns: [...PER_PERIOD, ...IDENTITY_COLUMNS, 'light', 'notes'],
    title: '',
  };
  return HALVES.flatMap((h, i) => sheetColumns(i === 0, h.periods, all).map(header));
}

/** A period's own 状态 and 完成进度 only: the ledger shows what each period reported. */
function periodCell(task: TaskRecord, id: ColumnId, period: Period): ReportCell {
  const e = task.periods[period];
  if (id === 'status') return textCell(e?.status ?? '', 'center');
  if (id === 'percent') return typedPercentCell(e?.percent ?? null);
  if (id === 'progress' || id === 'problems' || id === 'nextSteps') return textCell(e?.[id] ?? '');
  return textCell('');
}

function cellsFor(
  task: TaskRecord,
  columns: readonly LedgerColumn[],
  workbook: Workbook,
  asOf: string,
  options: ReportOptions,
) {
  const identity = taskIdentityCells(task, options.content, workbook.year);
  return columns.map((c) => {
    if (c.period) return periodCell(task, c.id, c.period);
    if (c.id === 'light') return lightLabelCell(periodState(task), asOf, workbook.year);
    if (c.id === 'notes') return textCell(task.notes);
    return identity[IDENTITY_COLUMNS.indexOf(c.id)] ?? textCell('');
  });
}

function ledgerSheet(workbook: Workbook, asOf: string, options: ReportOptions, half: number): BuiltSheet {
  const { name, periods } = HALVES[half] ?? HALVES[0]!;
  const columns = sheetColumns(half === 0, periods, options);
  const layout = { paper: 'A3', landscape: true } as const;
  const widths = columnWidths(
    columns.map((c) => c.id),
    widthBudget(layout),
    options.content,
  );
  const b = new SheetBuilder(name, widths, layout);
  const title = `${titleStem(workbook, options.title)}工作台账（${periods.join('、')}）`;
  const info = addHeading(b, title, infoLine(workbook, null, asOf));
  const top = b.add(
    columns.map((c) => textCell(header(c), 'header')),
    36,
  );
  b.repeatRows(info, top);
  const taskRows = addTaskRows(b, workbook, (t) => cellsFor(t, columns, workbook, asOf, options));
  const last = Math.max(top + 1, b.nextRow - 1);
  addSignOff(b, workbook, asOf);
  const sheet = b.build();
  sheet.frozenRows = top;
  columns.forEach((c, i) => {
    if (c.id !== 'status') return;
    const col = columnLetter(i + 1);
    sheet.validations.push({ range: `${col}${top + 1}:${col}${last}`, values: STATUSES });
  });
  return { sheet, taskRows, continuations: continuationsOf(name, b.continuations) };
}

/** Both halves; `taskRows` are the first sheet's, continuations are of both. */
export function buildLedgerSheets(workbook: Workbook, asOf: string, options: ReportOptions): BuiltSheet[] {
  return HALVES.map((_, i) => ledgerSheet(workbook, asOf, options, i));
}
