/** 共 N 项 · 已完成 a · 序时推进 b · 滞后 c · 未启动 d — counted over the visible tasks. */
import { trafficLight } from '../../core/workbook/traffic-light';
import type { TaskRecord } from '../../core/workbook/types';

export interface StatusCounts {
  total: number;
  done: number;
  onTrack: number;
  behind: number;
  notStarted: number;
}

export function countStatus(tasks: readonly TaskRecord[], asOf: string, year: number): StatusCounts {
  const counts: StatusCounts = { total: tasks.length, done: 0, onTrack: 0, behind: 0, notStarted: 0 };
  for (const t of tasks) {
    const light = trafficLight(t, asOf, year);
    if (light === '蓝') counts.done += 1;
    else if (light === '绿') counts.onTrack += 1;
    else if (light === '黄' || light === '红') counts.behind += 1;
    if (t.status === '未启动') counts.notStarted += 1;
  }
  return counts;
}

export function statusText(c: StatusCounts): string {
  return `共 ${c.total} 项 · 已完成 ${c.done} · 序时推进 ${c.onTrack} · 滞后 ${c.behind} · 未启动 ${c.notStarted}`;
}
