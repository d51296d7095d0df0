/**
 * The one vocabulary of the workbook's columns: what each holds, what the grid and the detail
 * panel call it, what a report prints as its header, and which other headers colleagues use for
 * it (accepted on re-import). The grid, the detail panel, every report sheet and header matching
 * read this table, so a new column is added here and nowhere else.
 *
 * What each value means:
 * - `leadUnit`, `partnerUnits`, `owner`, `deadline`, `notes`: the task, for the whole year.
 * - `status`, `percent`, `progress`, `problems`, `nextSteps`, `actual`: reported for one period;
 *   a period without its own 状态/完成进度 shows the previous period's (period-values.ts).
 * - `key`, `title`, `light`, `indicators`, `latest` and the indicator sheet's columns are
 *   read-only: they come from the plan or are computed, and re-import never writes them.
 */
import type { PeriodField, TaskField } from './fields';

/** Columns that hold no editable value: identity, computed, or the indicator sheet's own. */
export type ReadOnlyColumn =
  | 'key'
  | 'title'
  | 'light'
  | 'latest'
  | 'indicators'
  | 'indicatorIndex'
  | 'indicatorText'
  | 'target'
  | 'unit'
  | 'rate'
  | 'actual';

export type ColumnId = TaskField | PeriodField | ReadOnlyColumn;

export interface ColumnWords {
  /** In the grid, the detail panel, the column chooser and messages. */
  label: string;
  /** Printed as the report's column header. */
  header: string;
  /** Other headers read as this column on re-import (the printed header always is). */
  synonyms: readonly string[];
}

export const VOCABULARY: Readonly<Record<ColumnId, ColumnWords>> = {
  key: { label: '编号', header: '序号', synonyms: ['编号', '任务编号', '任务序号', '序', 'no', 'no.'] },
  title: {
    label: '工作任务',
    header: '工作任务',
    synonyms: ['任务', '工作内容', '重点任务', '任务名称', '工作要点', '主要任务'],
  },
  leadUnit: { label: '牵头单位', header: '牵头单位', synonyms: ['牵头部门', '责任单位', '主办单位', '牵头科室'] },
  partnerUnits: { label: '配合单位', header: '配合单位', synonyms: ['配合部门', '协办单位', '协同单位', '配合科室'] },
  owner: { label: '责任人', header: '责任人', synonyms: ['负责人', '具体责任人'] },
  deadline: {
    label: '完成时限',
    header: '完成时限',
    synonyms: ['完成时间', '时限', '截止时间', '时间节点', '完成期限'],
  },
  status: { label: '状态', header: '状态', synonyms: ['完成状态', '推进状态', '进展状态', '任务状态'] },
  percent: {
    label: '完成进度',
    header: '完成进度',
    synonyms: ['本期进度', '进度', '完成比例', '完成百分比', '进度百分比'],
  },
  /** The latest period's %, printed by earlier versions' ledgers; read as computed. */
  latest: { label: '当前进度', header: '当前进度', synonyms: ['总体进度', '总进度'] },
  light: { label: '序时', header: '序时', synonyms: ['序时进度'] },
  progress: {
    label: '进展情况',
    header: '进展情况',
    synonyms: ['完成情况', '工作进展', '推进情况', '进展', '落实情况', '工作完成情况', '进展情况说明', '工作推进情况'],
  },
  problems: {
    label: '存在问题',
    header: '存在问题',
    synonyms: ['问题', '存在困难', '困难问题', '存在的问题', '问题和困难'],
  },
  nextSteps: {
    label: '下步打算',
    header: '下步打算',
    synonyms: ['下一步打算', '下步计划', '下一步计划', '下步工作', '下一步工作', '下步措施', '下一步工作打算'],
  },
  indicators: { label: '量化指标', header: '量化指标', synonyms: [] },
  notes: { label: '备注', header: '备注', synonyms: ['说明', '备注说明'] },
  indicatorIndex: { label: '指标序号', header: '指标序号', synonyms: ['指标编号'] },
  indicatorText: { label: '指标内容', header: '指标内容', synonyms: ['指标'] },
  target: { label: '目标值', header: '目标值', synonyms: ['目标'] },
  unit: { label: '单位', header: '单位', synonyms: ['计量单位'] },
  rate: { label: '完成率', header: '完成率', synonyms: [] },
  actual: { label: '实际值', header: '实际完成', synonyms: ['实际值', '实际完成值', '完成值', '完成数'] },
};

/** Who does the task and by when: in every task table right after its number and title. */
export const UNIT_FIELDS = ['leadUnit', 'partnerUnits', 'owner', 'deadline'] as const satisfies readonly TaskField[];

/** 序号 | 工作任务 | 牵头单位 | 配合单位 | 责任人 | 完成时限: how every task table starts. */
export const IDENTITY_COLUMNS: readonly ColumnId[] = ['key', 'title', ...UNIT_FIELDS];

export function columnLabel(id: ColumnId): string {
  return VOCABULARY[id].label;
}

export function columnHeader(id: ColumnId): string {
  return VOCABULARY[id].header;
}

/** Every header text read as this column: the printed header and the synonyms. */
export function namesOf(id: ColumnId): string[] {
  const { header, synonyms } = VOCABULARY[id];
  return [header, ...synonyms];
}
