/**
 * Column headers → what the column holds, tolerant of the renames colleagues make
 * (进展情况 / 完成情况 / 工作进展) and of a period written in front (`半年\n进展情况`).
 */
import type { PeriodField, TaskField } from '../workbook/fields';
import type { Period } from '../workbook/types';

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

const SYNONYMS: readonly [BaseRole, readonly string[]][] = [
  [{ kind: 'key' }, ['序号', '编号', '任务编号', '任务序号', '序', 'no', 'no.']],
  [{ kind: 'title' }, ['工作任务', '任务', '工作内容', '重点任务', '任务名称', '工作要点', '主要任务']],
  [{ kind: 'indicatorIndex' }, ['指标序号', '指标编号']],
  [{ kind: 'computed' }, ['序时', '序时进度', '指标内容', '指标', '目标值', '目标', '单位', '完成率', '计量单位']],
  [{ kind: 'task', field: 'leadUnit' }, ['牵头单位', '牵头部门', '责任单位', '主办单位', '牵头科室']],
  [{ kind: 'task', field: 'partnerUnits' }, ['配合单位', '配合部门', '协办单位', '协同单位', '配合科室']],
  [{ kind: 'task', field: 'owner' }, ['责任人', '负责人', '具体责任人']],
  [{ kind: 'task', field: 'deadline' }, ['完成时限', '完成时间', '时限', '截止时间', '时间节点', '完成期限']],
  [{ kind: 'task', field: 'status' }, ['状态', '完成状态', '推进状态', '进展状态', '任务状态']],
  [{ kind: 'task', field: 'percent' }, ['当前进度', '总体进度', '总进度']],
  [{ kind: 'task', field: 'notes' }, ['备注', '说明', '备注说明']],
  [
    { kind: 'period', field: 'periodPercent' },
    ['完成进度', '进度', '完成比例', '完成百分比', '本期进度', '进度百分比'],
  ],
  [
    { kind: 'period', field: 'progress' },
    [
      '进展情况',
      '完成情况',
      '工作进展',
      '推进情况',
      '进展',
      '落实情况',
      '工作完成情况',
      '进展情况说明',
      '工作推进情况',
    ],
  ],
  [{ kind: 'period', field: 'problems' }, ['存在问题', '问题', '存在困难', '困难问题', '存在的问题', '问题和困难']],
  [
    { kind: 'period', field: 'nextSteps' },
    ['下步打算', '下一步打算', '下步计划', '下一步计划', '下步工作', '下一步工作', '下步措施', '下一步工作打算'],
  ],
  [{ kind: 'actual' }, ['实际完成', '实际值', '完成值', '实际完成值', '完成数']],
];

const LOOKUP = new Map<string, BaseRole>();
for (const [role, names] of SYNONYMS) for (const name of names) LOOKUP.set(name, role);

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
