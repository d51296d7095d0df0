/**
 * 序时进度: is a task as far along as the calendar says it should be?
 * Pure function of (task, as-of date); shared by the grid, the reports and the charts so that
 * the three never disagree on a colour.
 */
import { periodAsOf, periodState } from './period-values';
import type { Period, Status, TaskRecord } from './types';

/** The grades offices use: 已完成, 超序时 (ahead by 10 points or more), 序时推进, 略滞后, 滞后. */
export const LIGHTS = ['蓝', '超', '绿', '黄', '红'] as const;
export type Light = (typeof LIGHTS)[number];

export const LIGHT_LABELS: Readonly<Record<Light, string>> = {
  蓝: '已完成',
  超: '超序时',
  绿: '序时推进',
  黄: '略滞后',
  红: '滞后',
};

/** One palette for grid, Excel fills and charts; both green grades are green, 超序时 darker. */
export const LIGHT_COLORS: Readonly<Record<Light, string>> = {
  蓝: '#3b82f6',
  超: '#15803d',
  绿: '#22c55e',
  黄: '#facc15',
  红: '#ef4444',
};

/** Both green grades: on or ahead of schedule. */
export function isOnTrack(light: Light | null): boolean {
  return light === '绿' || light === '超';
}

export interface LightOptions {
  /** How many points behind schedule still count as 黄 rather than 红. */
  yellowWithin?: number;
  /** How many points ahead of schedule count as 超序时. */
  aheadBy?: number;
}

/** What a light is judged on: the task's state in one period. */
export interface LightInput {
  status: Status;
  percent: number | null;
  deadline: TaskRecord['deadline'];
}

const DAY_MS = 86_400_000;

/**
 * Day numbers of the few dates lights are judged on (deadlines, period ends, today), remembered:
 * a light is computed for every task at open and for every painted row while scrolling.
 */
const days = new Map<string, number>();

function dayNumber(iso: string): number {
  let day = days.get(iso);
  if (day === undefined) {
    const [y, m, d] = iso.split('-').map(Number);
    day = Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / DAY_MS;
    if (days.size > 5000) days.clear();
    days.set(iso, day);
  }
  return day;
}

/** A task without a (readable) deadline is due at the plan year's end. */
function validDeadline(deadline: string, year: number): string {
  return deadline.length === 10 && /^\d{4}-\d{2}-\d{2}$/.test(deadline) ? deadline : `${year}-12-31`;
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
export function trafficLight(task: LightInput, asOf: string, year: number, options: LightOptions = {}): Light | null {
  if (task.status === '不涉及' || task.status === '暂缓') return null;
  const percent = task.percent ?? 0;
  if (task.status === '已完成' || percent >= 100) return '蓝';
  const due = validDeadline(task.deadline, year);
  if (dayNumber(asOf) > dayNumber(due)) return '红';
  // Rounded like expectedPercent, so 49.7 − 39.7 is 10 (黄), not 10.000000000000004 (红).
  const behind = Math.round((expectedPercent(due, asOf, year) - percent) * 10) / 10;
  if (behind <= -(options.aheadBy ?? 10)) return '超';
  if (behind <= 0) return '绿';
  return behind <= (options.yellowWithin ?? 10) ? '黄' : '红';
}

/** The light of a task in a period, judged at the period's end (or `today`, when earlier). */
export function periodLight(
  task: Pick<TaskRecord, 'periods' | 'deadline'>,
  period: Period,
  today: string,
  year: number,
): Light | null {
  return trafficLight(periodState(task, period), periodAsOf(period, year, today), year);
}
