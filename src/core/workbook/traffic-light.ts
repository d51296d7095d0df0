/**
 * 序时进度: is a task as far along as the calendar says it should be?
 * Pure function of (task, as-of date); shared by the grid, the reports and the charts so that
 * the three never disagree on a colour.
 */
import type { TaskRecord } from './types';

export const LIGHTS = ['蓝', '绿', '黄', '红'] as const;
export type Light = (typeof LIGHTS)[number];

export const LIGHT_LABELS: Readonly<Record<Light, string>> = {
  蓝: '已完成',
  绿: '序时推进',
  黄: '略滞后',
  红: '滞后',
};

/** One palette for grid, Excel fills and charts. */
export const LIGHT_COLORS: Readonly<Record<Light, string>> = {
  蓝: '#3b82f6',
  绿: '#22c55e',
  黄: '#facc15',
  红: '#ef4444',
};

export interface LightOptions {
  /** How many points behind schedule still count as 黄 rather than 红. */
  yellowWithin?: number;
}

const DAY_MS = 86_400_000;

function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / DAY_MS;
}

/** A task without a (readable) deadline is due at the plan year's end. */
function validDeadline(deadline: string, year: number): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(deadline) ? deadline : `${year}-12-31`;
}

/**
 * Share (0–100) of the time from the plan year's start to the deadline that has passed by `asOf`.
 * Without a deadline the task is due at the plan year's end.
 */
export function expectedPercent(deadline: string, asOf: string, year: number): number {
  const start = dayNumber(`${year}-01-01`);
  // Due by the end of the deadline day: 30 June has all of 30 June (Jan 1 – Jun 30 is 181 days).
  const due = dayNumber(validDeadline(deadline, year)) + 1;
  const now = dayNumber(asOf);
  if (due <= start) return now >= due ? 100 : 0;
  const share = (now - start) / (due - start);
  return Math.round(Math.min(1, Math.max(0, share)) * 1000) / 10;
}

/** The light for a task as of a date; null for 不涉及 and 暂缓, which are not on a schedule. */
export function trafficLight(
  task: Pick<TaskRecord, 'status' | 'percent' | 'deadline'>,
  asOf: string,
  year: number,
  options: LightOptions = {},
): Light | null {
  if (task.status === '不涉及' || task.status === '暂缓') return null;
  const percent = task.percent ?? 0;
  if (task.status === '已完成' || percent >= 100) return '蓝';
  const due = validDeadline(task.deadline, year);
  if (dayNumber(asOf) > dayNumber(due)) return '红';
  // Rounded like expectedPercent, so 49.7 − 39.7 is 10 (黄), not 10.000000000000004 (红).
  const behind = Math.round((expectedPercent(due, asOf, year) - percent) * 10) / 10;
  if (behind <= 0) return '绿';
  return behind <= (options.yellowWithin ?? 10) ? '黄' : '红';
}
