/** Small hand-written tasks and workbooks for the model's tests (no parser involved). */
import type { Indicator } from '../../../src/core/plan/types';
import { emptyPeriod } from '../../../src/core/workbook/fields';
import type { Status, TaskRecord, Workbook } from '../../../src/core/workbook/types';

/** A task patch; `status` and `percent` are set in 一季度 and so hold in every later period too. */
export type TaskPatch = Partial<TaskRecord> & { status?: Status; percent?: number | null };

/** The patch as a TaskRecord patch: a whole-year 状态/% is the first period's, carried over. */
export function asRecordPatch(patch: TaskPatch, indicatorCount = patch.indicators?.length ?? 0): Partial<TaskRecord> {
  const { status, percent, ...rest } = patch;
  if (status === undefined && (percent === undefined || percent === null)) return rest;
  const first = rest.periods?.一季度 ?? emptyPeriod(indicatorCount);
  const entry = { ...first, status: status ?? first.status, percent: percent === undefined ? first.percent : percent };
  return { ...rest, periods: { ...rest.periods, 一季度: entry } };
}

export function task(key: string, patch: TaskPatch = {}): TaskRecord {
  return {
    key,
    section: '一',
    title: `任务${key}`,
    text: `任务${key}。`,
    subtasks: [],
    indicators: [],
    leadUnit: '',
    partnerUnits: '',
    owner: '',
    deadline: '2021-12-31',
    periods: {},
    notes: '',
    ...asRecordPatch(patch),
  };
}

export function indicator(value: number, comparator: Indicator['comparator'] = '≥', unit = '个'): Indicator {
  return { text: `新增${value}${unit}`, value, unit, comparator, subject: '助餐点' };
}

export function workbook(tasks: TaskRecord[], patch: Partial<Workbook> = {}): Workbook {
  return {
    id: 'wb-1',
    name: '2021年湖里区民政工作要点',
    unit: '殿前街道',
    year: 2021,
    plan: {
      title: '2021年湖里区民政工作要点',
      year: 2021,
      issuer: null,
      docNumber: null,
      date: null,
      preamble: '',
      sourceText: '一、兜底保障\n1.任务1。',
    },
    sections: [
      { key: '一', title: '兜底保障' },
      { key: '二', title: '养老服务' },
    ],
    groups: [],
    tasks,
    createdAt: '2021-01-05T08:00:00.000Z',
    updatedAt: '2021-01-05T08:00:00.000Z',
    ...patch,
  };
}
