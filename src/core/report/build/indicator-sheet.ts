/** Sheet 量化指标: each task's quantitative targets with the actuals reported for the period(s). */
import type { Indicator } from '../../plan/types';
import { indicatorCompletion } from '../../workbook/completion';
import type { Period, TaskRecord, Workbook } from '../../workbook/types';
import { columnHeader } from '../../workbook/vocabulary';
import { emptyCell, numberCell, percentCell, textCell } from './cell-text';
import type { ReportCell } from '../model';
import type { BuiltSheet } from './progress-sheet';
import { addHeading } from './report-heading';
import { SheetBuilder } from './sheet-builder';

export const INDICATOR_SHEET = '量化指标';

const INDICATOR_HEADERS = (['key', 'title', 'indicatorIndex', 'indicatorText', 'target', 'unit'] as const).map(
  columnHeader,
);

/** Header of an actuals column: `实际完成` in a period report, `半年\n实际完成` in the ledger. */
function actualHeader(period: Period, sideBySide: boolean): string {
  return sideBySide ? `${period}\n${columnHeader('actual')}` : columnHeader('actual');
}

function targetCell(indicator: Indicator): ReportCell {
  if (indicator.max !== undefined) return textCell(`${indicator.value}-${indicator.max}`, 'center');
  if (indicator.comparator === '≤') return textCell(`≤${indicator.value}`, 'center');
  return numberCell(indicator.value);
}

function indicatorCells(task: TaskRecord, i: number, periods: readonly Period[]): ReportCell[] {
  const indicator = task.indicators[i] as Indicator;
  const actuals = periods.map((p) => task.periods[p]?.actuals[i] ?? null);
  const latest = [...actuals].reverse().find((a) => a !== null) ?? null;
  return [
    textCell(task.key, 'center'),
    textCell(task.title),
    numberCell(i + 1),
    textCell(indicator.text),
    targetCell(indicator),
    textCell(indicator.unit, 'center'),
    ...actuals.map((a) => numberCell(a)),
    percentCell(indicatorCompletion(indicator, latest)),
  ];
}

/**
 * `info` is the 填报单位 line; the ledger's sheet (all four periods) is A3 like the ledger. A task's
 * indicator rows share merged 序号 and 工作任务 cells, so they stay on one page.
 */
export function buildIndicatorSheet(
  workbook: Workbook,
  periods: readonly Period[],
  title: string,
  info: string,
): BuiltSheet {
  const sideBySide = periods.length > 1;
  const widths = [6, 26, 7, 32, 10, 7, ...periods.map(() => 10), 9];
  const b = new SheetBuilder(INDICATOR_SHEET, widths, { paper: sideBySide ? 'A3' : 'A4' });
  const infoRow = addHeading(b, title, info);
  const headers = [...INDICATOR_HEADERS, ...periods.map((p) => actualHeader(p, sideBySide)), columnHeader('rate')];
  const header = b.add(
    headers.map((h) => textCell(h, 'header')),
    sideBySide ? 36 : 28,
  );
  b.repeatRows(infoRow, header);
  const taskRows = new Map<string, number>();
  for (const task of workbook.tasks.filter((t) => !t.archived && t.indicators.length > 0)) {
    const first = b.nextRow;
    const count = task.indicators.length;
    task.indicators.forEach((_, i) => b.add(indicatorCells(task, i, periods), 20, { keepWithNext: i < count - 1 }));
    taskRows.set(task.key, first);
    const last = b.nextRow - 1;
    if (last > first) {
      b.merge({ top: first, left: 1, bottom: last, right: 1 });
      b.merge({ top: first, left: 2, bottom: last, right: 2 });
    }
  }
  if (taskRows.size === 0) {
    b.add([textCell('本计划没有识别出量化指标。'), ...headers.slice(1).map(() => emptyCell())]);
    b.merge({ top: b.nextRow - 1, left: 1, bottom: b.nextRow - 1, right: headers.length });
  }
  const sheet = b.build();
  sheet.frozenRows = header;
  return { sheet, taskRows, continuations: [] };
}
