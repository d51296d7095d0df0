/**
 * Column headers → what the column holds, tolerant of the renames colleagues make
 * (进展情况 / 完成情况 / 工作进展) and of a period written in front (`半年\n进展情况`).
 */
import { PERIOD_FIELDS, TASK_FIELDS, type PeriodField, type TaskField } from '../../workbook/fields';
import { namesOf, type ColumnId } from '../../workbook/vocabulary';
import type { Period } from '../../workbook/types';

export type ColumnRole =
  | { kind: 'key' }
  | { kind: 'title' }
  | { kind: 'indicatorIndex' }
  | { kind: 'computed' }
  | { kind: 'task'; field: TaskField }
  /** `period` null: the report's own period. */
  | { kind: 'period'; field: PeriodField; period: Period | null }
  | { kind: 'actual'; period: Period | null };

type BaseRole = ColumnRole extends infer R ? (R extends { period: Period | null } ? Omit<R, 'period'> : R) : never;

/** What each column of the vocabulary is on re-import; every header naming it is read as it. */
const ROLES: readonly [ColumnId, BaseRole][] = [
  ['key', { kind: 'key' }],
  ['title', { kind: 'title' }],
  ['indicatorIndex', { kind: 'indicatorIndex' }],
  ...(['light', 'latest', 'indicators', 'indicatorText', 'target', 'unit', 'rate'] as const).map(
    (id): [ColumnId, BaseRole] => [id, { kind: 'computed' }],
  ),
  ...TASK_FIELDS.map((field): [ColumnId, BaseRole] => [field, { kind: 'task', field }]),
  ...PERIOD_FIELDS.map((field): [ColumnId, BaseRole] => [field, { kind: 'period', field }]),
  ['actual', { kind: 'actual' }],
];

const LOOKUP = new Map<string, BaseRole>();
for (const [id, role] of ROLES) for (const name of namesOf(id)) LOOKUP.set(normalizeHeader(name), role);

const PERIOD_PREFIX: readonly [RegExp, Period][] = [
  [/^(?:第一季度|一季度|1季度)/, '一季度'],
  [/^(?:前三季度|第三季度|三季度|3季度)/, '三季度'],
  [/^(?:上半年|半年)/, '半年'],
  [/^(?:全年|年终|年度)/, '全年'],
];

/** Whitespace, (%)、* and trailing colons go; full-width forms become ASCII. */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[(（][%％]?[)）]$/, '')
    .replace(/[*:：·\-_]/g, '')
    .toLowerCase();
}

export function matchHeader(text: string): ColumnRole | null {
  let name = normalizeHeader(text);
  if (!name) return null;
  let period: Period | null = null;
  for (const [pattern, p] of PERIOD_PREFIX) {
    if (pattern.test(name) && !LOOKUP.has(name)) {
      name = name.replace(pattern, '');
      period = p;
      break;
    }
  }
  const base = LOOKUP.get(name);
  if (!base) return null;
  if (base.kind === 'period' || base.kind === 'actual') return { ...base, period } as ColumnRole;
  return period ? null : base;
}
