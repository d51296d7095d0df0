/** Shares of a whole: tasks by status, and by 序时 traffic light. */
import { periodAsOf, periodStatus } from '../workbook/period-values';
import { LIGHT_COLORS, LIGHT_LABELS, LIGHTS, periodLight, type Light } from '../workbook/traffic-light';
import type { Period, Status, TaskRecord, Workbook } from '../workbook/types';
import { STATUSES } from '../workbook/types';
import type { ChartCategory, ChartData } from './types';

/** 已完成 shares the light palette's blue so "done" looks the same in every chart. */
export const STATUS_COLORS: Readonly<Record<Status, string>> = {
  未启动: '#9ca3af',
  推进中: '#14b8a6',
  已完成: LIGHT_COLORS.蓝,
  暂缓: '#f97316',
  不涉及: '#d1d5db',
};

/** The bucket of tasks that are off the schedule (不涉及, 暂缓) and so have no light. */
export const NO_LIGHT = '无';
export const NO_LIGHT_COLOR = '#d1d5db';

function liveTasks(workbook: Workbook): TaskRecord[] {
  return workbook.tasks.filter((t) => !t.archived);
}

function categoryCounts(categories: ChartCategory[]): number[] {
  return categories.map((c) => c.taskKeys.length);
}

/** Every status, in the fixed order, even when empty: the legend stays the same between plans. */
export function statusChart(workbook: Workbook, period: Period): ChartData {
  const tasks = liveTasks(workbook);
  const categories = STATUSES.map((status) => ({
    label: status,
    title: status,
    taskKeys: tasks.filter((t) => periodStatus(t, period) === status).map((t) => t.key),
    filter: { status },
  }));
  return {
    id: 'status',
    title: '任务状态分布',
    kind: 'doughnut',
    unit: '项',
    categories,
    series: [{ label: '任务数', values: categoryCounts(categories), color: STATUSES.map((s) => STATUS_COLORS[s]) }],
  };
}

/** The light of a task in the period, judged at the period's end or at `asOf` when earlier. */
export function taskLight(task: TaskRecord, asOf: string, year: number, period: Period): Light | null {
  return periodLight(task, period, asOf, year);
}

export function lightChart(workbook: Workbook, asOf: string, period: Period): ChartData {
  const byLight = new Map<Light | null, string[]>([...LIGHTS, null].map((l) => [l, []]));
  for (const task of liveTasks(workbook)) {
    byLight.get(taskLight(task, asOf, workbook.year, period))!.push(task.key);
  }
  const when = periodAsOf(period, workbook.year, asOf);
  const categories: ChartCategory[] = LIGHTS.map((l) => ({
    label: `${l}·${LIGHT_LABELS[l]}`,
    title: `${l}灯：${LIGHT_LABELS[l]}`,
    taskKeys: byLight.get(l)!,
    filter: { light: l },
  }));
  categories.push({
    label: NO_LIGHT,
    title: '无：不涉及或暂缓',
    taskKeys: byLight.get(null)!,
    filter: { light: '无' },
  });
  return {
    id: 'lights',
    title: `序时进度（截至${when}）`,
    kind: 'doughnut',
    unit: '项',
    categories,
    series: [
      {
        label: '任务数',
        values: categoryCounts(categories),
        color: [...LIGHTS.map((l) => LIGHT_COLORS[l]), NO_LIGHT_COLOR],
      },
    ],
  };
}
