/** One unit's filled-in rows laid over the plan's tasks, so the shared completion rules apply. */
import type { Problem } from '../../plan/types';
import { emptyPeriod, parseFieldValue, type FieldId } from '../../workbook/fields';
import type { Period, Status, TaskRecord } from '../../workbook/types';
import { cellInput } from '../reimport/cell-input';
import type { UnitEntry } from './consolidate';
import { cellAddress } from '../reimport/grid';
import type { ParsedCell, ParsedReport, ParsedRow } from '../reimport/read-report-grid';

/** The cell holding this period's 状态 or 完成进度, whichever header the unit's file used. */
function cellOf(row: ParsedRow, what: 'status' | 'percent', period: Period): ParsedCell | undefined {
  return row.cells.find(
    (c) => c.role.kind === 'period' && c.role.field === what && (c.role.period ?? period) === period,
  );
}

function readValue(row: ParsedRow, what: 'status' | 'percent', period: Period, year: number, problems: Problem[]) {
  const cell = cellOf(row, what, period);
  if (!cell) return undefined;
  const field: FieldId = `${what}@${period}`;
  const parsed = parseFieldValue(field, cellInput(cell.cell, field), { year });
  if (parsed.ok) return parsed.value;
  problems.push({
    code: 'unreadable-cell',
    message: `“${row.sheet}”表${cellAddress(row.row, cell.column)}：${parsed.message}`,
  });
  return undefined;
}

const NOTE_FIELDS = ['progress', 'problems', 'nextSteps'] as const;

function entryFor(row: ParsedRow, period: Period | null, year: number, problems: Problem[]): UnitEntry {
  if (!period) return { status: null, percent: null };
  const status = readValue(row, 'status', period, year, problems);
  const percent = readValue(row, 'percent', period, year, problems);
  const entry: UnitEntry = {
    status: typeof status === 'string' ? (status as Status) : null,
    percent: typeof percent === 'number' ? percent : null,
  };
  for (const field of NOTE_FIELDS) {
    const cell = row.cells.find(
      (c) => c.role.kind === 'period' && c.role.field === field && (c.role.period ?? period) === period,
    );
    const text = cell?.cell && cell.cell.value !== null ? String(cell.cell.value).trim() : '';
    if (text) entry[field] = text;
  }
  return entry;
}

function withActuals(
  task: TaskRecord,
  rows: ParsedRow[],
  period: Period,
  year: number,
  problems: Problem[],
): TaskRecord {
  const entry = task.periods[period] ?? emptyPeriod(task.indicators.length);
  const actuals = [...entry.actuals];
  for (const row of rows) {
    if (row.indicator === null || row.indicator > task.indicators.length) continue;
    const field: FieldId = `actual@${period}#${row.indicator - 1}`;
    const cell = row.cells.find((c) => c.role.kind === 'actual' && (c.role.period ?? period) === period);
    if (!cell) continue;
    const parsed = parseFieldValue(field, cellInput(cell.cell, field), { year });
    if (parsed.ok) actuals[row.indicator - 1] = typeof parsed.value === 'number' ? parsed.value : null;
    else
      problems.push({
        code: 'unreadable-cell',
        message: `“${row.sheet}”表${cellAddress(row.row, cell.column)}：${parsed.message}`,
      });
  }
  return { ...task, periods: { ...task.periods, [period]: { ...entry, actuals } } };
}

export function unitTasks(
  planTasks: readonly TaskRecord[],
  parsed: ParsedReport,
  period: Period | null,
  year: number,
): { tasks: TaskRecord[]; entries: (UnitEntry | null)[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const taskRows = new Map<string, ParsedRow>();
  const indicatorRows = new Map<string, ParsedRow[]>();
  for (const row of parsed.rows) {
    if (row.indicator !== null) indicatorRows.set(row.key, [...(indicatorRows.get(row.key) ?? []), row]);
    else if (!taskRows.has(row.key)) taskRows.set(row.key, row);
  }
  const entries = planTasks.map((t) => {
    const row = taskRows.get(t.key);
    return row ? entryFor(row, period, year, problems) : null;
  });
  const tasks = planTasks.map((t, i) => {
    const entry = entries[i];
    if (!period) return { ...t, periods: {} };
    const own = { ...emptyPeriod(t.indicators.length), status: entry?.status ?? null, percent: entry?.percent ?? null };
    const task: TaskRecord = { ...t, periods: { [period]: own } };
    return withActuals(task, indicatorRows.get(t.key) ?? [], period, year, problems);
  });
  return { tasks, entries, problems };
}
