/**
 * Cell addressing: the one vocabulary the grid, paste, Excel re-import and operations share.
 * A FieldId names one editable value of a task; readField/writeField/parseFieldValue are the
 * only code that knows where that value lives in a TaskRecord.
 *
 * Task fields hold for the whole year (who, by when); period fields are reported per period:
 * `status@半年`, `percent@半年`, `progress@半年`…, and indicator actuals `actual@半年#0`.
 */
import { parseDate } from './parse-date';
import { parseAmount, parsePercent, parseStatus } from './parse-value';
import { isCarried, periodPercent, periodStatus } from './period-values';
import { PERIODS, STATUSES, type Period, type PeriodEntry, type Status, type TaskRecord } from './types';
import { UNIT_FIELDS, VOCABULARY } from './vocabulary';

export type TaskField = 'leadUnit' | 'partnerUnits' | 'owner' | 'deadline' | 'notes';
export type PeriodField = 'status' | 'percent' | 'progress' | 'problems' | 'nextSteps';
export type FieldId = TaskField | `${PeriodField}@${Period}` | `actual@${Period}#${number}`;
export type CellValue = string | number | null;

export const TASK_FIELDS: readonly TaskField[] = [...UNIT_FIELDS, 'notes'];
export const PERIOD_FIELDS: readonly PeriodField[] = ['status', 'percent', 'progress', 'problems', 'nextSteps'];

/** On-screen names of the editable fields, from the one vocabulary. */
export const FIELD_LABELS: Readonly<Record<TaskField | PeriodField, string>> = Object.fromEntries(
  [...TASK_FIELDS, ...PERIOD_FIELDS].map((f) => [f, VOCABULARY[f].label]),
) as Record<TaskField | PeriodField, string>;

/** A FieldId taken apart. */
export type FieldRef =
  | { kind: 'task'; field: TaskField }
  | { kind: 'period'; field: PeriodField; period: Period }
  | { kind: 'actual'; period: Period; index: number };

/** Type guard at the boundary (pasted headers, stored operations, Excel columns). */
export function parseFieldId(id: string): FieldRef | null {
  if ((TASK_FIELDS as readonly string[]).includes(id)) return { kind: 'task', field: id as TaskField };
  const actual = /^actual@(.+)#(\d+)$/.exec(id);
  if (actual) {
    const period = actual[1] as Period;
    return PERIODS.includes(period) ? { kind: 'actual', period, index: Number(actual[2]) } : null;
  }
  const [field, period, ...rest] = id.split('@');
  if (rest.length > 0 || !(PERIOD_FIELDS as readonly string[]).includes(field ?? '')) return null;
  if (!PERIODS.includes(period as Period)) return null;
  return { kind: 'period', field: field as PeriodField, period: period as Period };
}

export function isFieldId(id: string): id is FieldId {
  return parseFieldId(id) !== null;
}

/** Column title, e.g. `完成时限`, `半年·进展情况`, `全年·实际值(指标2)`. */
export function fieldLabel(field: FieldId): string {
  const ref = parseFieldId(field);
  if (!ref) return field;
  if (ref.kind === 'task') return FIELD_LABELS[ref.field];
  if (ref.kind === 'period') return `${ref.period}·${FIELD_LABELS[ref.field]}`;
  return `${ref.period}·${VOCABULARY.actual.label}(指标${ref.index + 1})`;
}

export function emptyPeriod(indicatorCount: number): PeriodEntry {
  return {
    status: null,
    percent: null,
    progress: '',
    problems: '',
    nextSteps: '',
    actuals: Array<null>(indicatorCount).fill(null),
  };
}

/**
 * The value stored in the task for this field: a period's own 状态/% (null when it has none and
 * shows the one carried over), '' for empty text.
 */
export function readField(task: TaskRecord, field: FieldId): CellValue {
  const ref = parseFieldId(field);
  if (!ref) return null;
  if (ref.kind === 'task') return task[ref.field];
  const entry = task.periods[ref.period];
  if (ref.kind === 'actual') return entry?.actuals[ref.index] ?? null;
  if (ref.field === 'status' || ref.field === 'percent') return entry?.[ref.field] ?? null;
  return entry?.[ref.field] ?? '';
}

/** What a cell shows: a period's own 状态/% or, where it has none, the one carried over. */
export function displayValue(task: TaskRecord, field: FieldId): CellValue {
  const ref = parseFieldId(field);
  if (ref?.kind === 'period' && ref.field === 'status') return periodStatus(task, ref.period);
  if (ref?.kind === 'period' && ref.field === 'percent') return periodPercent(task, ref.period);
  return readField(task, field);
}

/** Whether the cell shows a 状态/% carried over from an earlier period (not yet set in its own). */
export function isCarriedField(task: TaskRecord, field: FieldId): boolean {
  const ref = parseFieldId(field);
  if (ref?.kind !== 'period' || (ref.field !== 'status' && ref.field !== 'percent')) return false;
  return isCarried(task, ref.period, ref.field);
}

function asText(value: CellValue): string {
  return value === null ? '' : String(value);
}

function asNumber(value: CellValue): number | null {
  if (value === null || value === '') return null;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : null;
}

function asStatus(value: CellValue): Status | null {
  return (STATUSES as readonly CellValue[]).includes(value) ? (value as Status) : null;
}

function writePeriodField(old: PeriodEntry, field: PeriodField, value: CellValue): PeriodEntry {
  if (field === 'status') return { ...old, status: asStatus(value) };
  if (field === 'percent') return { ...old, percent: asNumber(value) };
  return { ...old, [field]: asText(value) };
}

/** A copy of the task with one field set; values are coerced to the field's type, never thrown at. */
export function writeField(task: TaskRecord, field: FieldId, value: CellValue): TaskRecord {
  const ref = parseFieldId(field);
  if (!ref) return task;
  if (ref.kind === 'task') return { ...task, [ref.field]: asText(value) };
  const old = task.periods[ref.period] ?? emptyPeriod(task.indicators.length);
  let entry: PeriodEntry;
  if (ref.kind === 'actual') {
    const actuals = [...old.actuals];
    while (actuals.length <= ref.index) actuals.push(null);
    actuals[ref.index] = asNumber(value);
    entry = { ...old, actuals };
  } else {
    entry = writePeriodField(old, ref.field, value);
  }
  return { ...task, periods: { ...task.periods, [ref.period]: entry } };
}

export interface ParseOptions {
  /** The workbook's year, for dates typed without one (`6月30日`). */
  year?: number;
}

/**
 * What the user typed → the value readField will return after it is written, or a Chinese
 * message. '' clears: text → '', numbers → null, a period's 状态 → null (carried over again).
 */
export function parseFieldValue(
  field: FieldId,
  raw: string,
  options: ParseOptions = {},
): { ok: true; value: CellValue } | { ok: false; message: string } {
  const ref = parseFieldId(field);
  if (!ref) return { ok: false, message: `未知的列：${field}` };
  if (ref.kind === 'actual') return parseAmount(raw);
  if (ref.kind === 'period') {
    if (ref.field === 'percent') return parsePercent(raw);
    if (ref.field === 'status') return raw.trim() === '' ? { ok: true, value: null } : parseStatus(raw);
    return { ok: true, value: raw.trim() };
  }
  if (ref.field === 'deadline') return parseDate(raw, options.year);
  return { ok: true, value: raw.trim() };
}
