/**
 * Table-driven: every real plan (the eight shared ones and every fixture in tests/fixtures/plans)
 * must come out as its hand-checked expectation — metadata with the plan's own name, sections,
 * groups, tasks (optional ones kept with their key or dropped), subtasks, and deadlines and units
 * where the expectation states them.
 */
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../../src/core/plan/parse-plan';
import { planCases } from '../../helpers/shared-plans';
import { actualGroups, actualTask, sameName, statedFields, subtasksMatch } from './compare-plan';
import { FIELD_GAPS, PENDING } from './pending-plans';

/** Leaves out the fields FIELD_GAPS names for `key` (`'*'`: the plan's metadata; `sections`, `groups`: those of the plan). */
function withoutGaps(name: string, key: string, view: Record<string, unknown>): Record<string, unknown> {
  const gap = FIELD_GAPS[name]?.[key];
  return gap ? Object.fromEntries(Object.entries(view).filter(([field]) => !gap.fields.includes(field))) : view;
}

describe.each(planCases().filter((c) => !PENDING.has(c.name)))('plan $name', ({ name, text, expected }) => {
  const result = parsePlan(text);
  const { plan } = result;

  it('has the expected metadata and name', () => {
    const { year, issuer, docNumber, date } = plan;
    // Parenthesis width aside (sameName), the name must be the expected one.
    const title = sameName(plan.title, expected.title) ? expected.title : plan.title;
    const want: Record<string, unknown> = {
      title: expected.title,
      year: expected.year,
      issuer: expected.issuer,
      docNumber: expected.docNumber,
      date: expected.date,
    };
    const got: Record<string, unknown> = { title, year, issuer, docNumber, date };
    if (expected.years) {
      want.years = expected.years;
      got.years = plan.years;
    }
    expect(withoutGaps(name, '*', got)).toEqual(withoutGaps(name, '*', want));
  });

  it('has the expected sections and groups', () => {
    const sectionGap = new Set(FIELD_GAPS[name]?.sections?.fields ?? []);
    const section = (s: { key: string; title: string }) =>
      Object.fromEntries(Object.entries({ key: s.key, title: s.title }).filter(([field]) => !sectionGap.has(field)));
    expect(plan.sections.map(section)).toEqual(expected.sections.map(section));
    // A gap named for `groups` leaves out the fields of every group it names (an annotator's call).
    const gap = new Set(FIELD_GAPS[name]?.groups?.fields ?? []);
    const shown = (g: { number: string; section: string | null; title: string }) =>
      Object.fromEntries(Object.entries(g).filter(([field]) => !gap.has(field)));
    expect(actualGroups(result).map(shown)).toEqual(
      (expected.groups ?? []).map(({ number, section, title }) => shown({ number, section, title })),
    );
  });

  it('has the expected tasks, optional ones kept with their keys or dropped', () => {
    const byKey = new Map(plan.tasks.map((t) => [t.key, actualTask(result, t)]));
    const kept = expected.tasks.filter((t) => byKey.has(t.key));
    expect(plan.tasks.map((t) => t.key)).toEqual(kept.map((t) => t.key));
    expect(expected.tasks.filter((t) => !t.optional && !byKey.has(t.key)).map((t) => t.key)).toEqual([]);
    for (const e of kept) {
      const task = byKey.get(e.key);
      const { actual, expected: want } = statedFields(task, e);
      expect(withoutGaps(name, e.key, actual)).toEqual(withoutGaps(name, e.key, want));
      const skipSubtasks = FIELD_GAPS[name]?.[e.key]?.fields.includes('subtasks') ?? false;
      if (!skipSubtasks)
        expect(task && subtasksMatch(task, e) ? 'subtasks match' : task?.subtasks).toBe('subtasks match');
    }
  });
});
