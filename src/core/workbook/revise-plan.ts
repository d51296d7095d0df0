/**
 * Re-importing a revised plan into a workbook that already has progress. Tasks are matched by
 * key, so progress stays with its key; the user sees the diff first and confirms, then one
 * revisePlan operation applies it (one undo step). Tasks gone from the plan are archived, never
 * deleted.
 */
import type { Indicator, Plan, PlanReadOptions, PlanSection, PlanTask } from '../plan/types';
import { hasChoices, taskFromPlan } from './create-workbook';
import type { RevisePlanOperation } from './operations';
import type { PeriodEntry, PlanSource, TaskRecord, Workbook } from './types';

export interface PlanDiff {
  added: { key: string; title: string }[];
  retitled: { key: string; from: string; to: string }[];
  /** Same title, different text, subtasks or indicators. */
  textChanged: { key: string; title: string }[];
  /** No longer in the plan: kept with their progress, marked archived. */
  archived: { key: string; title: string }[];
  /** Archived before, back in the plan now. */
  restored: { key: string; title: string }[];
  sections: { added: PlanSection[]; removed: PlanSection[]; retitled: { key: string; from: string; to: string }[] };
  unchanged: number;
}

function sameContent(old: TaskRecord, next: PlanTask): boolean {
  return (
    old.text === next.text &&
    old.section === next.section &&
    (old.group ?? null) === (next.group ?? null) &&
    JSON.stringify(old.subtasks) === JSON.stringify(next.subtasks) &&
    JSON.stringify(old.indicators) === JSON.stringify(next.indicators)
  );
}

function diffSections(old: readonly PlanSection[], next: readonly PlanSection[]): PlanDiff['sections'] {
  const before = new Map(old.map((s) => [s.key, s]));
  const after = new Map(next.map((s) => [s.key, s]));
  return {
    added: next.filter((s) => !before.has(s.key)),
    removed: old.filter((s) => !after.has(s.key)),
    retitled: next.flatMap((s) => {
      const was = before.get(s.key);
      return was && was.title !== s.title ? [{ key: s.key, from: was.title, to: s.title }] : [];
    }),
  };
}

export function diffPlan(workbook: Workbook, plan: Plan): PlanDiff {
  const old = new Map(workbook.tasks.map((t) => [t.key, t]));
  const inPlan = new Set(plan.tasks.map((t) => t.key));
  const diff: PlanDiff = {
    added: [],
    retitled: [],
    textChanged: [],
    archived: [],
    restored: [],
    sections: diffSections(workbook.sections, plan.sections),
    unchanged: 0,
  };
  for (const next of plan.tasks) {
    const was = old.get(next.key);
    if (!was) diff.added.push({ key: next.key, title: next.title });
    else {
      if (was.archived) diff.restored.push({ key: next.key, title: next.title });
      if (was.title !== next.title) diff.retitled.push({ key: next.key, from: was.title, to: next.title });
      else if (!sameContent(was, next)) diff.textChanged.push({ key: next.key, title: next.title });
      else if (!was.archived) diff.unchanged++;
    }
  }
  for (const t of workbook.tasks) {
    if (!inPlan.has(t.key) && !t.archived && !t.ownTask) diff.archived.push({ key: t.key, title: t.title });
  }
  return diff;
}

export function hasChanges(diff: PlanDiff): boolean {
  const { added, retitled, textChanged, archived, restored, sections } = diff;
  return [added, retitled, textChanged, archived, restored, sections.added, sections.removed, sections.retitled].some(
    (list) => list.length > 0,
  );
}

function indicatorId(i: Indicator): string {
  return `${i.subject}|${i.unit}|${i.comparator}`;
}

/** Where each new indicator's actuals come from among the old ones: same text, else same subject/unit. */
function indicatorMap(old: readonly Indicator[], next: readonly Indicator[]): (number | null)[] {
  const used = new Set<number>();
  const pick = (test: (o: Indicator) => boolean): number | null => {
    const i = old.findIndex((o, j) => !used.has(j) && test(o));
    if (i < 0) return null;
    used.add(i);
    return i;
  };
  const byText = next.map((n) => pick((o) => o.text === n.text));
  return next.map((n, k) => byText[k] ?? pick((o) => indicatorId(o) === indicatorId(n)));
}

function remapPeriods(task: TaskRecord, indicators: readonly Indicator[]): TaskRecord['periods'] {
  const map = indicatorMap(task.indicators, indicators);
  const periods: TaskRecord['periods'] = {};
  for (const [period, entry] of Object.entries(task.periods) as [keyof TaskRecord['periods'], PeriodEntry][]) {
    periods[period] = { ...entry, actuals: map.map((from) => (from === null ? null : (entry.actuals[from] ?? null))) };
  }
  return periods;
}

/** The old record with the plan's new wording; what the unit typed (units, dates, progress) stays. */
function revisedTask(old: TaskRecord, next: PlanTask, year: number): TaskRecord {
  const fresh = taskFromPlan(next, year);
  const task: TaskRecord = {
    ...old,
    section: fresh.section,
    title: fresh.title,
    text: fresh.text,
    subtasks: fresh.subtasks,
    indicators: fresh.indicators,
    periods: remapPeriods(old, fresh.indicators),
    leadUnit: old.leadUnit || fresh.leadUnit,
    partnerUnits: old.partnerUnits || fresh.partnerUnits,
    deadline: old.deadline || fresh.deadline,
  };
  if (fresh.group === undefined) delete task.group;
  else task.group = fresh.group;
  delete task.archived;
  return task;
}

/** The plan's keys with the unit's own tasks kept right after the plan task they followed. */
function withOwnTasks(workbook: Workbook, planKeys: readonly string[]): string[] {
  const after = new Map<string | null, string[]>();
  let anchor: string | null = null;
  for (const t of workbook.tasks) {
    if (!t.ownTask) anchor = t.key;
    else after.set(anchor, [...(after.get(anchor) ?? []), t.key]);
  }
  const known = new Set(planKeys);
  // Own tasks that followed a task the revision drops go where that task was last seen: the end.
  const orphans = [...after].flatMap(([key, own]) => (key !== null && !known.has(key) ? own : []));
  return [...(after.get(null) ?? []), ...planKeys.flatMap((k) => [k, ...(after.get(k) ?? [])]), ...orphans];
}

/**
 * The revision as one undoable operation: plan tasks in the plan's order, then the archived ones.
 * Only records that actually change are in `upsert`.
 */
export function applyPlanDiff(
  workbook: Workbook,
  plan: Plan,
  sourceText: string,
  readOptions?: PlanReadOptions,
): RevisePlanOperation {
  const old = new Map(workbook.tasks.map((t) => [t.key, t]));
  const inPlan = new Set(plan.tasks.map((t) => t.key));
  const upsert: TaskRecord[] = [];
  for (const next of plan.tasks) {
    const was = old.get(next.key);
    if (!was) upsert.push(taskFromPlan(next, workbook.year));
    else if (was.archived || was.title !== next.title || !sameContent(was, next)) {
      upsert.push(revisedTask(was, next, workbook.year));
    }
  }
  const leaving = workbook.tasks.filter((t) => !inPlan.has(t.key));
  // The unit's own tasks are not in any plan text: a revision keeps them as they are.
  for (const t of leaving) if (!t.archived && !t.ownTask) upsert.push({ ...t, archived: true });
  const { title, year, issuer, docNumber, date, preamble } = plan;
  const source: PlanSource = { ...workbook.plan, title, year, issuer, docNumber, date, preamble, sourceText };
  delete source.readOptions;
  if (hasChoices(readOptions)) source.readOptions = readOptions;
  return {
    type: 'revisePlan',
    label: '导入修订后的要点',
    plan: source,
    sections: plan.sections.map((s) => ({ ...s })),
    groups: plan.groups.map((g) => ({ ...g })),
    order: [
      ...withOwnTasks(
        workbook,
        plan.tasks.map((t) => t.key),
      ),
      ...leaving.filter((t) => !t.ownTask).map((t) => t.key),
    ],
    upsert,
    remove: [],
  };
}
