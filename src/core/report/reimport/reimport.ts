/**
 * Re-import of a filled-in report: the cells that differ from what was exported become one
 * setCells operation, with a diff for the user. Pure: the workbook is never mutated.
 */
import type { Problem } from '../../plan/types';
import { withConsistency } from '../../workbook/consistency';
import {
  displayValue,
  fieldLabel,
  parseFieldId,
  parseFieldValue,
  readField,
  type CellValue,
  type FieldId,
} from '../../workbook/fields';
import { OPERATION_LABELS, type CellChange, type Operation } from '../../workbook/operations';
import type { Period, TaskRecord, Workbook } from '../../workbook/types';
import { cellInput } from './cell-input';
import { safeText } from '../build/cell-text';
import { cellAddress, cellText } from './grid';
import { planLabel } from '../labels';
import { REPORT_META } from '../model';
import { planId } from '../plan-identity';
import { taskText } from '../build/progress-sheet';
import type { ParsedCell, ParsedReport, ParsedRow, UnknownColumn } from './read-report-grid';

export interface DiffRow {
  key: string;
  title: string;
  field: FieldId;
  /** Column title for the user, e.g. `半年·进展情况`. */
  label: string;
  old: CellValue;
  new: CellValue;
}

export interface UnknownRow {
  sheet: string;
  /** 1-based, as the user sees it. */
  row: number;
  /** '' when the row had no 序号. */
  key: string;
}

export interface UnreadableCell {
  sheet: string;
  /** `H12`. */
  cell: string;
  key: string;
  field: FieldId;
  raw: string;
  message: string;
}

export interface ReimportResult {
  period: Period | null;
  changes: CellChange[];
  diff: DiffRow[];
  unknownKeys: UnknownRow[];
  /** Columns whose header the reader does not know (e.g. 联系电话): not imported, listed. */
  unknownColumns: UnknownColumn[];
  unreadableCells: UnreadableCell[];
  /** Tasks of the workbook the file does not list (not an error: shown for completeness). */
  missingKeys: string[];
  /** 状态 and 完成进度 that contradicted each other, and how each was settled. */
  warnings: string[];
  problems: Problem[];
  /** The one undoable step to apply; null when nothing changed or the file was refused. */
  operation: Operation | null;
}

function fieldFor(cell: ParsedCell, row: ParsedRow, period: Period | null): FieldId | null {
  const { role } = cell;
  if (role.kind === 'task') return role.field;
  const p = role.kind === 'period' || role.kind === 'actual' ? (role.period ?? period) : null;
  if (!p) return null;
  if (role.kind === 'actual') return row.indicator === null ? null : `actual@${p}#${row.indicator - 1}`;
  if (role.kind === 'period') return `${role.field}@${p}`;
  return null;
}

/**
 * What the exported file showed for this field, so that untouched cells are not "changes": a
 * period report shows the period's 状态/完成进度 carried over where it has none of its own.
 */
function shownValue(task: TaskRecord, field: FieldId, reportPeriod: Period | null): CellValue {
  const ref = parseFieldId(field);
  const value =
    ref?.kind === 'period' && ref.period === reportPeriod ? displayValue(task, field) : readField(task, field);
  return typeof value === 'string' ? safeText(value).trim() : value;
}

function same(a: CellValue, b: CellValue): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) < 1e-9;
  return (a ?? '') === (b ?? '');
}

export function emptyResult(problems: Problem[], period: Period | null = null): ReimportResult {
  return {
    period,
    changes: [],
    diff: [],
    unknownKeys: [],
    unknownColumns: [],
    unreadableCells: [],
    missingKeys: [],
    warnings: [],
    problems,
    operation: null,
  };
}

/** Refuse files for another plan or from a newer version rather than guess. */
function refusal(parsed: ParsedReport, workbook: Workbook): Problem | null {
  const meta = parsed.meta;
  if (!meta) return null;
  if (meta.version > REPORT_META.version) {
    return { code: 'newer-version', message: '这份报表由更新版本的要点台账导出，请先更新本软件再导入' };
  }
  const samePlan = meta.plan === planLabel(workbook) || (meta.planId !== '' && meta.planId === planId(workbook));
  if (!samePlan && meta.workbookId !== workbook.id) {
    return {
      code: 'other-plan',
      message: `这份报表属于“${meta.plan}”，与当前工作簿“${planLabel(workbook)}”不是同一个计划，未导入`,
    };
  }
  return null;
}

/** A row whose key came only from the hidden sheet must still show that task's text. */
function rowTask(row: ParsedRow, tasks: Map<string, TaskRecord>): TaskRecord | undefined {
  const task = tasks.get(row.key);
  if (!task || row.keySource !== 'meta' || !row.title) return task;
  return row.title === safeText(taskText(task)).trim() || row.title.startsWith(task.title) ? task : undefined;
}

interface Collector {
  result: ReimportResult;
  seen: Set<string>;
}

function readRowCells(row: ParsedRow, task: TaskRecord, period: Period | null, year: number, into: Collector): void {
  for (const cell of row.cells) {
    const field = fieldFor(cell, row, period);
    if (!field) continue;
    const id = `${task.key}\u0000${field}`;
    if (into.seen.has(id)) continue;
    into.seen.add(id);
    const raw = cellInput(cell.cell, field);
    const parsed = parseFieldValue(field, raw, { year });
    if (!parsed.ok) {
      into.result.unreadableCells.push({
        sheet: row.sheet,
        cell: cellAddress(row.row, cell.column),
        key: task.key,
        field,
        raw: cellText(cell.cell),
        message: parsed.message,
      });
      continue;
    }
    if (same(parsed.value, shownValue(task, field, period))) continue;
    into.result.changes.push({ key: task.key, field, value: parsed.value });
    into.result.diff.push({
      key: task.key,
      title: task.title,
      field,
      label: fieldLabel(field),
      old: shownValue(task, field, period),
      new: parsed.value,
    });
  }
}

/** 状态 and 完成进度 brought into agreement; what had to be decided is listed, never hidden. */
function addConsistency(result: ReimportResult, workbook: Workbook, reportPeriod: Period | null): void {
  const { changes, warnings } = withConsistency(workbook, result.changes);
  const byKey = new Map(workbook.tasks.map((t) => [t.key, t]));
  for (const change of changes) {
    const shown = result.diff.find((d) => d.key === change.key && d.field === change.field);
    if (shown) shown.new = change.value;
    const task = byKey.get(change.key);
    if (shown || !task) continue;
    const old = shownValue(task, change.field, reportPeriod);
    const label = fieldLabel(change.field);
    result.diff.push({ key: task.key, title: task.title, field: change.field, label, old, new: change.value });
  }
  result.changes = changes;
  result.warnings = warnings.map((w) => w.message);
}

/**
 * Changes between the workbook and a filled-in report read by `readReportGrid`.
 * `period` overrides what the file says (needed for a CSV without title or hidden sheet).
 */
export function reimportReport(parsed: ParsedReport, workbook: Workbook, period?: Period): ReimportResult {
  const reportPeriod = period ?? parsed.period;
  const refused = refusal(parsed, workbook);
  if (refused) return emptyResult([...parsed.problems, refused], reportPeriod);
  const into: Collector = { result: emptyResult([...parsed.problems], reportPeriod), seen: new Set() };
  const { result } = into;
  result.unknownColumns = [...parsed.unknownColumns];
  if (parsed.meta && parsed.meta.unit !== workbook.unit) {
    result.problems.push({
      code: 'other-unit',
      message: `注意：这份报表的填报单位是“${parsed.meta.unit}”，当前工作簿是“${workbook.unit}”`,
    });
  }
  // A task renumbered since the report was exported is still found under its former number.
  const tasks = new Map(workbook.tasks.flatMap((t) => (t.formerKeys ?? []).map((k) => [k, t] as const)));
  for (const t of workbook.tasks) tasks.set(t.key, t);
  const needsPeriod = parsed.rows.some((r) => r.cells.some((c) => 'period' in c.role && c.role.period === null));
  if (needsPeriod && !reportPeriod) {
    result.problems.push({
      code: 'no-period',
      message: '无法确定这份报表是哪个报告期（一季度、半年、三季度或全年），进展情况等列未导入',
    });
  }
  const listed = new Set<string>();
  for (const row of parsed.rows) {
    const task = rowTask(row, tasks);
    if (!task) {
      if (row.cells.some((c) => cellText(c.cell)))
        result.unknownKeys.push({ sheet: row.sheet, row: row.row + 1, key: row.key });
      continue;
    }
    listed.add(task.key);
    readRowCells(row, task, reportPeriod, workbook.year, into);
  }
  result.missingKeys = workbook.tasks.filter((t) => !t.archived && !listed.has(t.key)).map((t) => t.key);
  addConsistency(result, workbook, reportPeriod);
  if (result.changes.length > 0) {
    result.operation = { type: 'setCells', label: OPERATION_LABELS.mergeImport, changes: result.changes };
  }
  return result;
}
