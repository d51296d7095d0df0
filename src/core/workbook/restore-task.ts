/**
 * Restoring one task from untrusted data: default every field, keep unknown fields, repair what
 * can be repaired (typed dates, 85% strings) and report the rest. Never throws.
 */
import type { Comparator, Indicator, PlanSubtask, Problem } from '../plan/types';
import { array, finite, isRecord, str, strOrNull, without, type Json } from './coerce';
import { moveTaskLevelIntoPeriods } from './migrate-v1-task';
import { UNIT_FIELDS } from './vocabulary';
import { parseDate } from './parse-date';
import { isIsoDate, parseAmount, parsePercent, parseStatus } from './parse-value';
import { PERIODS, type Period, type PeriodEntry, type Status, type TaskRecord } from './types';

const TASK_FIELDS = [
  'key',
  'section',
  'group',
  'title',
  'text',
  'subtasks',
  'indicators',
  ...UNIT_FIELDS,
  // Version 1's task-level 状态 and 完成进度: migrated into a period, never kept as they were.
  'status',
  'percent',
  'periods',
  'notes',
  'archived',
  'ownTask',
  'formerKeys',
  'rev',
] as const;

const COMPARATORS: readonly Comparator[] = ['≥', '≤', '='];

function problem(code: string, message: string, detail?: unknown): Problem {
  return detail === undefined ? { code, message } : { code, message, detail: JSON.stringify(detail) };
}

export function restoreIndicator(raw: unknown): Indicator | null {
  if (!isRecord(raw)) return null;
  const value = finite(raw.value);
  if (value === null) return null;
  const indicator: Indicator = {
    ...raw,
    text: str(raw.text),
    value,
    unit: str(raw.unit),
    comparator: COMPARATORS.includes(raw.comparator as Comparator) ? (raw.comparator as Comparator) : '≥',
    subject: str(raw.subject),
  };
  const max = finite(raw.max);
  if (max === null) delete indicator.max;
  else indicator.max = max;
  return indicator;
}

function restoreSubtask(raw: unknown): PlanSubtask | null {
  if (!isRecord(raw) || str(raw.key) === '') return null;
  return { ...raw, key: str(raw.key), title: str(raw.title), text: str(raw.text, str(raw.title)) };
}

/** A number field that may have been stored as text (`'85%'`); null when it cannot be read. */
function percentOf(raw: unknown): number | null | undefined {
  if (raw === null || raw === undefined || raw === '') return null;
  if (typeof raw === 'number') return raw >= 0 && raw <= 100 ? raw : undefined;
  if (typeof raw !== 'string') return undefined;
  const parsed = parsePercent(raw);
  return parsed.ok ? parsed.value : undefined;
}

function amountOf(raw: unknown): number | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  if (typeof raw !== 'string') return null;
  const parsed = parseAmount(raw);
  return parsed.ok ? parsed.value : null;
}

function restorePeriod(raw: unknown, indicatorCount: number, where: string, problems: Problem[]): PeriodEntry {
  const entry = isRecord(raw) ? raw : {};
  const percent = percentOf(entry.percent);
  if (percent === undefined) {
    problems.push(problem('bad-percent', `${where}的完成进度“${String(entry.percent)}”无法识别，已清空`));
  }
  const actuals = array(entry.actuals).map(amountOf);
  while (actuals.length < indicatorCount) actuals.push(null);
  return {
    ...entry,
    status: entry.status === null || entry.status === undefined ? null : restoreStatus(entry.status, where, problems),
    percent: percent ?? null,
    progress: str(entry.progress),
    problems: str(entry.problems),
    nextSteps: str(entry.nextSteps),
    actuals,
  };
}

function restorePeriods(raw: unknown, indicatorCount: number, where: string, problems: Problem[]) {
  const periods: Partial<Record<Period, PeriodEntry>> = {};
  if (!isRecord(raw)) return periods;
  for (const [name, value] of Object.entries(raw)) {
    if (!PERIODS.includes(name as Period)) {
      problems.push(problem('unknown-period', `${where}有无法识别的填报期“${name}”，已丢弃`, value));
      continue;
    }
    periods[name as Period] = restorePeriod(value, indicatorCount, `${where}${name}`, problems);
  }
  return periods;
}

function restoreDeadline(raw: unknown, where: string, problems: Problem[]): string {
  const text = str(raw);
  if (text === '' || isIsoDate(text)) return text;
  const parsed = parseDate(text);
  if (parsed.ok) return parsed.value;
  problems.push(problem('bad-deadline', `${where}的完成时限“${text}”无法识别，已清空`));
  return '';
}

function restoreStatus(raw: unknown, where: string, problems: Problem[]): Status {
  const parsed = parseStatus(str(raw));
  if (parsed.ok) return parsed.value;
  problems.push(problem('bad-status', `${where}的状态“${str(raw)}”无法识别，已改为未启动`));
  return '未启动';
}

/** Version 1's task-level 状态 and 完成进度, moved into a period (see migrate-v1-task.ts). */
function migrateTaskLevel(
  raw: Json,
  periods: Partial<Record<Period, PeriodEntry>>,
  indicators: number,
  options: TaskRestoreOptions,
  where: string,
  problems: Problem[],
): void {
  if (!('status' in raw) && !('percent' in raw)) return;
  const status = raw.status === undefined ? '未启动' : restoreStatus(raw.status, where, problems);
  const percent = percentOf(raw.percent);
  if (percent === undefined)
    problems.push(problem('bad-percent', `${where}的完成进度“${String(raw.percent)}”无法识别，已清空`));
  moveTaskLevelIntoPeriods(periods, { status, percent: percent ?? null }, indicators, options.legacyPeriod ?? '全年');
}

export interface TaskRestoreOptions {
  /** The period a version-1 workbook was last edited in: where its tasks' 状态/完成进度 go. */
  legacyPeriod?: Period;
}

/** A task record, or null (with a problem) when it has no key to hang progress on. */
export function restoreTask(
  raw: unknown,
  position: number,
  problems: Problem[],
  options: TaskRestoreOptions = {},
): TaskRecord | null {
  if (!isRecord(raw)) {
    problems.push(problem('damaged-task', `第${position}条任务记录已损坏，已丢弃`, raw));
    return null;
  }
  const key = str(raw.key).trim();
  if (key === '') {
    problems.push(problem('damaged-task', `第${position}条任务没有编号，已丢弃`, raw));
    return null;
  }
  const where = `任务${key}`;
  const indicators = array(raw.indicators).flatMap((i) => restoreIndicator(i) ?? []);
  const periods = restorePeriods(raw.periods, indicators.length, where, problems);
  migrateTaskLevel(raw, periods, indicators.length, options, where, problems);
  const task: TaskRecord = {
    ...without(raw, TASK_FIELDS),
    key,
    section: strOrNull(raw.section),
    title: str(raw.title),
    text: str(raw.text, str(raw.title)),
    subtasks: array(raw.subtasks).flatMap((s) => restoreSubtask(s) ?? []),
    indicators,
    leadUnit: str(raw.leadUnit),
    partnerUnits: Array.isArray(raw.partnerUnits)
      ? raw.partnerUnits.map((u) => str(u)).join('、')
      : str(raw.partnerUnits),
    owner: str(raw.owner),
    deadline: restoreDeadline(raw.deadline, where, problems),
    periods,
    notes: str(raw.notes),
  };
  if (typeof raw.group === 'string') task.group = raw.group;
  if (raw.archived === true) task.archived = true;
  if (raw.ownTask === true) task.ownTask = true;
  const formerKeys = array(raw.formerKeys).filter((k): k is string => typeof k === 'string' && k !== '');
  if (formerKeys.length > 0) task.formerKeys = formerKeys;
  const rev = finite(raw.rev);
  if (rev !== null) task.rev = rev;
  return task;
}

/** Restored tasks in order; a second task with the same key is dropped (progress stays with the first). */
export function restoreTasks(raw: unknown, problems: Problem[], options: TaskRestoreOptions = {}): TaskRecord[] {
  const seen = new Set<string>();
  const tasks: TaskRecord[] = [];
  array(raw).forEach((item, i) => {
    const task = restoreTask(item, i + 1, problems, options);
    if (!task) return;
    if (seen.has(task.key)) {
      problems.push(problem('duplicate-task', `任务编号“${task.key}”重复，后一条已丢弃`, item));
      return;
    }
    seen.add(task.key);
    tasks.push(task);
  });
  return tasks;
}
