/** Next year's workbook from this year's: same plan and units, dates moved, progress optional. */
import type { TaskRecord, Workbook } from './types';

export interface CopyOptions {
  id: string;
  now: string;
  /** Defaults to the same year. */
  year?: number;
  /** Defaults to the old name with its year replaced, or with （副本） appended. */
  name?: string;
  /** Keep status, percents, period reports and notes; otherwise they start empty. */
  keepProgress: boolean;
}

/** The same month and day in another year; 29 February becomes the 28th when needed. */
export function shiftDate(iso: string, years: number): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m || years === 0) return iso;
  const year = Number(m[1]) + years;
  const month = Number(m[2]);
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${m[2]}-${String(Math.min(Number(m[3]), last)).padStart(2, '0')}`;
}

/** Workbooks are plain JSON (that is how they are stored), so a JSON round trip is a deep copy. */
function cloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function copyName(workbook: Workbook, year: number): string {
  if (year !== workbook.year && workbook.name.includes(String(workbook.year))) {
    return workbook.name.replaceAll(String(workbook.year), String(year));
  }
  return `${workbook.name}（副本）`;
}

function copyTask(task: TaskRecord, years: number, keepProgress: boolean): TaskRecord {
  const copy: TaskRecord = cloneJson(task);
  delete copy.rev;
  copy.deadline = shiftDate(task.deadline, years);
  if (!keepProgress) {
    copy.periods = {};
    copy.notes = '';
  }
  return copy;
}

export function copyWorkbook(workbook: Workbook, options: CopyOptions): Workbook {
  const year = options.year ?? workbook.year;
  const years = year - workbook.year;
  const copy: Workbook = {
    ...cloneJson(workbook),
    id: options.id,
    name: options.name?.trim() || copyName(workbook, year),
    year,
    tasks: workbook.tasks
      .filter((t) => options.keepProgress || !t.archived)
      .map((t) => copyTask(t, years, options.keepProgress)),
    createdAt: options.now,
    updatedAt: options.now,
  };
  delete copy.rev;
  delete copy.sample;
  return copy;
}
