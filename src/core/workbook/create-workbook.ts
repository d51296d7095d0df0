/** A new workbook from a parsed plan: one row per task, nothing reported yet. */
import type { Plan, PlanReadOptions, PlanTask } from '../plan/types';

/** Whether the user chose anything (an automatic reading is not worth keeping). */
export function hasChoices(options: PlanReadOptions | undefined): options is PlanReadOptions {
  if (!options) return false;
  const level = options.taskLevel !== undefined && options.taskLevel !== 'auto';
  return level || Object.keys(options.sectionLevels ?? {}).length > 0 || (options.corrections?.length ?? 0) > 0;
}
import type { TaskRecord, Workbook } from './types';

export interface CreateWorkbookOptions {
  id: string;
  /** 填报单位 */
  unit?: string;
  /** Defaults to the plan's title. */
  name?: string;
  /** The text the plan was parsed from, kept so a better parser can re-read it. */
  sourceText: string;
  /** The 任务层级 and corrections the plan was read with, kept for a revised plan. */
  readOptions?: PlanReadOptions;
  /** ISO timestamp. */
  now: string;
  sample?: boolean;
}

/** The plan's year, else its date's year, else the year of `now`. */
export function planYear(plan: Pick<Plan, 'year' | 'date'>, now: string): number {
  if (plan.year !== null) return plan.year;
  const fromDate = plan.date ? Number(plan.date.slice(0, 4)) : NaN;
  return Number.isInteger(fromDate) && fromDate > 0 ? fromDate : Number(now.slice(0, 4));
}

/** A task row as the plan states it; the unit fills in the rest. */
export function taskFromPlan(task: PlanTask, year: number): TaskRecord {
  const record: TaskRecord = {
    key: task.key,
    section: task.section,
    title: task.title,
    text: task.text,
    subtasks: task.subtasks.map((s) => ({ ...s })),
    indicators: task.indicators.map((i) => ({ ...i })),
    leadUnit: task.leadUnit ?? '',
    partnerUnits: (task.partnerUnits ?? []).join('、'),
    owner: '',
    deadline: task.deadline ?? `${year}-12-31`,
    periods: {},
    notes: '',
  };
  if (task.group !== undefined) record.group = task.group;
  return record;
}

export function createWorkbook(plan: Plan, opts: CreateWorkbookOptions): Workbook {
  const year = planYear(plan, opts.now);
  const workbook: Workbook = {
    id: opts.id,
    name: opts.name?.trim() || plan.title || `${year}年工作要点`,
    unit: opts.unit?.trim() ?? '',
    year,
    plan: {
      title: plan.title,
      year: plan.year,
      issuer: plan.issuer,
      docNumber: plan.docNumber,
      date: plan.date,
      preamble: plan.preamble,
      sourceText: opts.sourceText,
      ...(hasChoices(opts.readOptions) ? { readOptions: opts.readOptions } : {}),
    },
    sections: plan.sections.map((s) => ({ ...s })),
    groups: plan.groups.map((g) => ({ ...g })),
    tasks: plan.tasks.map((t) => taskFromPlan(t, year)),
    createdAt: opts.now,
    updatedAt: opts.now,
  };
  if (opts.sample) workbook.sample = true;
  return workbook;
}
