/**
 * The parser's output in the shape of a hand-checked expectation, and the scores the issue asks
 * for (task F1 by key and section, title accuracy, plan name). Shared by the table-driven test
 * and `bench/parse-score.ts`.
 */
import type { ParseResult, ParsedTask } from '../../../src/core/plan/types';
import { splitUnits } from '../../../src/core/plan/units';
import type { ExpectedPlan, ExpectedTask } from '../../helpers/shared-plans';

export interface ActualTask {
  key: string;
  section: string | null;
  title: string;
  group?: string;
  subtasks: { key: string; title: string }[];
  deadline?: string;
  deadlineText?: string;
  lead?: string[];
  support?: string[];
}

export function actualGroups(result: ParseResult): { number: string; section: string | null; title: string }[] {
  return result.plan.groups.map((g) => ({ number: g.number, section: g.section || null, title: g.title }));
}

export function actualTask(result: ParseResult, task: ParsedTask): ActualTask {
  const out: ActualTask = {
    key: task.key,
    section: task.section,
    title: task.title,
    subtasks: task.subtasks.map(({ key, title }) => ({ key, title })),
  };
  const group = result.plan.groups.find((g) => g.key === task.group);
  if (group) out.group = group.number;
  if (task.deadline !== undefined) out.deadline = task.deadline;
  if (task.deadlineText !== undefined) out.deadlineText = task.deadlineText;
  if (task.leadUnit !== undefined) out.lead = splitUnits(task.leadUnit);
  if (task.partnerUnits !== undefined) out.support = task.partnerUnits;
  return out;
}

function bare(phrase: string): string {
  return phrase.replace(/[\s()（）]/g, '');
}

/**
 * Whether a deadline phrase is the one the annotator marked. Annotators draw its edges differently
 * (`(4月-5月)` or `4月-5月`, `到2024年底` or `2024年底`, with or without a trailing 完成) — the date
 * itself is compared exactly — so one phrase must contain the other.
 */
export function samePhrase(actual: string | undefined, expected: string): boolean {
  if (actual === undefined) return false;
  const [a, e] = [bare(actual), bare(expected)];
  return a.length > 0 && (a.includes(e) || e.includes(a));
}

/** The fields of `actual` that `expected` states, for a `toEqual` against the expectation. */
export function statedFields(
  actual: ActualTask | undefined,
  expected: ExpectedTask,
): { actual: Record<string, unknown>; expected: Record<string, unknown> } {
  const view: Record<string, unknown> = { key: actual?.key, section: actual?.section, title: actual?.title };
  const want: Record<string, unknown> = { key: expected.key, section: expected.section, title: expected.title };
  for (const field of ['group', 'deadline', 'lead', 'support'] as const) {
    if (expected[field] !== undefined) {
      view[field] = actual?.[field];
      want[field] = expected[field];
    }
  }
  if (expected.deadlineText !== undefined) {
    view.deadlineText = samePhrase(actual?.deadlineText, expected.deadlineText)
      ? expected.deadlineText
      : actual?.deadlineText;
    want.deadlineText = expected.deadlineText;
  }
  return { actual: view, expected: want };
}

/** Subtasks must match; optional ones may all be left out. */
export function subtasksMatch(actual: ActualTask, expected: ExpectedTask): boolean {
  const want = (expected.subtasks ?? []).map(({ key, title }) => ({ key, title }));
  const got = actual.subtasks;
  if (got.length === 0 && (expected.subtasks ?? []).every((s) => s.optional)) return true;
  return JSON.stringify(got) === JSON.stringify(want);
}

export interface PlanScore {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  titlesRight: number;
  nameRight: boolean;
}

/**
 * The plan's name, right when it reads the same: one document often writes its name with
 * full-width parentheses in one place and ASCII ones in another (cover, title line, page title),
 * or with a space between its two clauses in one place only (`改革创新 加快…`), and either is the
 * name a user would type.
 */
export function sameName(actual: string | null, expected: string | null): boolean {
  const fold = (s: string | null) => s?.replace(/（/g, '(').replace(/）/g, ')').replace(/\s+/g, '') ?? null;
  return fold(actual) === fold(expected);
}

export function scorePlan(result: ParseResult, expected: ExpectedPlan): PlanScore {
  const id = (t: { key: string; section: string | null }): string => `${t.key}\u0000${t.section ?? ''}`;
  const wanted = new Map(expected.tasks.map((t) => [id(t), t]));
  const score: PlanScore = { truePositives: 0, falsePositives: 0, falseNegatives: 0, titlesRight: 0, nameRight: false };
  const found = new Set<string>();
  for (const task of result.plan.tasks) {
    const match = wanted.get(id(task));
    if (!match) {
      score.falsePositives++;
      continue;
    }
    found.add(id(task));
    score.truePositives++;
    if (match.title === task.title) score.titlesRight++;
  }
  for (const t of expected.tasks) if (!t.optional && !found.has(id(t))) score.falseNegatives++;
  score.nameRight = sameName(result.plan.title, expected.title);
  return score;
}
