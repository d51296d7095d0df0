/** The five real plans in ../shared/plans must come out exactly as their hand-checked expectations. */
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../../src/core/plan/parse-plan';
import { SHARED_PLAN_NAMES, readExpectedPlan, readSharedPlan } from '../../helpers/shared-plans';

describe.each(SHARED_PLAN_NAMES)('shared plan %s', (name) => {
  const expected = readExpectedPlan(name);
  const { plan } = parsePlan(readSharedPlan(name));

  it('has the expected metadata', () => {
    const { title, year, issuer, docNumber, date } = plan;
    expect({ title, year, issuer, docNumber, date }).toEqual({
      title: expected.title,
      year: expected.year,
      issuer: expected.issuer,
      docNumber: expected.docNumber,
      date: expected.date,
    });
  });

  it('has the expected sections', () => {
    expect(plan.sections.map(({ key, title }) => ({ key, title }))).toEqual(expected.sections);
  });

  it('has the expected tasks, optional ones kept with their keys or dropped', () => {
    const byKey = new Map(plan.tasks.map((t) => [t.key, t]));
    const required = expected.tasks.filter((t) => !t.optional);
    const kept = expected.tasks.filter((t) => byKey.has(t.key));
    expect(plan.tasks.map((t) => t.key)).toEqual(kept.map((t) => t.key));
    expect(required.filter((t) => !byKey.has(t.key)).map((t) => t.key)).toEqual([]);
    for (const e of kept) {
      const task = byKey.get(e.key);
      expect({ key: task?.key, section: task?.section, title: task?.title }).toEqual({
        key: e.key,
        section: e.section,
        title: e.title,
      });
      if (e.subtasks) expect(task?.subtasks.map(({ key, title }) => ({ key, title }))).toEqual(e.subtasks);
      else expect(task?.subtasks).toEqual([]);
    }
  });
});
