/**
 * Workbooks for tests of reports and charts, built from a shared plan's hand-checked
 * expectations (not from the parser), so those tests do not depend on parser output.
 */
import type { TaskRecord, Workbook } from '../../src/core/workbook/types';
import { readExpectedPlan, type SharedPlanName } from './shared-plans';
import { asRecordPatch, type TaskPatch } from '../core/workbook/builders';

export function fixtureWorkbook(name: SharedPlanName, overrides: Partial<Workbook> = {}): Workbook {
  const expected = readExpectedPlan(name);
  const year = expected.year ?? 2026;
  const tasks: TaskRecord[] = expected.tasks.map((t) => ({
    key: t.key,
    section: t.section,
    title: t.title,
    text: `${t.title}。`,
    subtasks: (t.subtasks ?? []).map((s) => ({ key: s.key, title: s.title, text: s.title })),
    indicators: [],
    leadUnit: '',
    partnerUnits: '',
    owner: '',
    deadline: `${year}-12-31`,
    periods: {},
    notes: '',
  }));
  return {
    id: `fixture-${name}`,
    name: expected.title ?? name,
    unit: '殿前街道',
    year,
    plan: {
      title: expected.title,
      year: expected.year,
      issuer: expected.issuer,
      docNumber: expected.docNumber,
      date: expected.date,
      preamble: '',
      sourceText: '',
    },
    sections: expected.sections,
    groups: [],
    tasks,
    createdAt: '2026-01-05T08:00:00.000Z',
    updatedAt: '2026-01-05T08:00:00.000Z',
    ...overrides,
  };
}

/** Replace some tasks' fields by key, e.g. to set hand-chosen progress (状态/% from 一季度 on). */
export function withTasks(workbook: Workbook, patches: Record<string, TaskPatch>): Workbook {
  return {
    ...workbook,
    tasks: workbook.tasks.map((t) => {
      const patch = patches[t.key];
      return patch ? { ...t, ...asRecordPatch({ periods: t.periods, ...patch }, t.indicators.length) } : t;
    }),
  };
}
