/** The full ledger: every period's columns side by side, for the 街道's own records. */
import type { Period, TaskRecord, Workbook } from '../../workbook/types';
import { PERIODS, STATUSES } from '../../workbook/types';
import { periodState } from '../../workbook/period-values';
import { columnHeader, IDENTITY_COLUMNS, type ColumnId } from '../../workbook/vocabulary';
import { percentCell, textCell } from './cell-text';
import { chineseDate, planLabel } from '../labels';
import type { ReportCell } from '../model';
import { addTaskRows, lightLabelCell, taskIdentityCells, type BuiltSheet } from './progress-sheet';
import { columnLetter, SheetBuilder, TITLE_FONT_SIZE } from './sheet-builder';

export const LEDGER_SHEET = '工作台账';

const FIXED: readonly ColumnId[] = [...IDENTITY_COLUMNS, 'light'];
const FIXED_WIDTHS = [7, 30, 11, 11, 8, 16, 9];
const PER_PERIOD: readonly (readonly [ColumnId, number])[] = [
  ['status', 9],
  ['percent', 9],
  ['progress', 30],
  ['problems', 18],
  ['nextSteps', 18],
];

export function ledgerHeaders(): string[] {
  return [
    ...FIXED.map(columnHeader),
    ...PERIODS.flatMap((p) => PER_PERIOD.map(([id]) => `${p}\n${columnHeader(id)}`)),
    columnHeader('notes'),
  ];
}

/** A period's own 状态 and 完成进度 only: the ledger shows what each period reported. */
function periodCells(task: TaskRecord, period: Period): ReportCell[] {
  const e = task.periods[period];
  const percent = e?.percent ?? null;
  return [
    textCell(e?.status ?? '', 'center'),
    percentCell(percent === null ? null : percent / 100),
    textCell(e?.progress ?? ''),
    textCell(e?.problems ?? ''),
    textCell(e?.nextSteps ?? ''),
  ];
}

function ledgerCells(task: TaskRecord, asOf: string, year: number): ReportCell[] {
  return [
    ...taskIdentityCells(task),
    lightLabelCell(periodState(task), asOf, year),
    ...PERIODS.flatMap((p) => periodCells(task, p)),
    textCell(task.notes),
  ];
}

export function buildLedgerSheet(workbook: Workbook, asOf: string): BuiltSheet {
  const widths = [...FIXED_WIDTHS, ...PERIODS.flatMap(() => PER_PERIOD.map(([, w]) => w)), 12];
  const b = new SheetBuilder(LEDGER_SHEET, widths);
  b.band(`${workbook.unit}${planLabel(workbook)}工作台账`, 'title', TITLE_FONT_SIZE);
  b.band(`填报单位：${workbook.unit}\u3000\u3000\u3000导出日期：${chineseDate(asOf)}`, 'subtitle');
  const header = b.add(
    ledgerHeaders().map((h) => textCell(h, 'header')),
    36,
  );
  const taskRows = addTaskRows(b, workbook, (t) => ledgerCells(t, asOf, workbook.year));
  const sheet = b.build();
  sheet.frozenRows = header;
  sheet.printTitleRows = [header, header];
  const last = Math.max(header + 1, sheet.rows.length);
  PERIODS.forEach((_, i) => {
    const col = columnLetter(FIXED.length + i * PER_PERIOD.length + 1);
    sheet.validations.push({ range: `${col}${header + 1}:${col}${last}`, values: STATUSES });
  });
  return { sheet, taskRows };
}
