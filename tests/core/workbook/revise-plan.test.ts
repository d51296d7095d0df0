import { describe, expect, it } from 'vitest';
import type { Plan, PlanTask } from '../../../src/core/plan/types';
import { createWorkbook } from '../../../src/core/workbook/create-workbook';
import { emptyPeriod } from '../../../src/core/workbook/fields';
import { applyOperation } from '../../../src/core/workbook/operations';
import { applyPlanDiff, diffPlan, hasChanges } from '../../../src/core/workbook/revise-plan';
import type { Workbook } from '../../../src/core/workbook/types';

const NOW = '2021-05-01T00:00:00.000Z';
const meals = { text: '新增助餐点83个', value: 83, unit: '个', comparator: '≥' as const, subject: '助餐点' };
const beds = { text: '新增床位200张', value: 200, unit: '张', comparator: '≥' as const, subject: '床位' };

function planTask(key: string, title: string, patch: Partial<PlanTask> = {}): PlanTask {
  return { key, section: '一', title, text: `${title}。`, subtasks: [], indicators: [], ...patch };
}

function plan(tasks: PlanTask[], sections = [{ key: '一', title: '兜底保障' }]): Plan {
  const base = { title: '2021年要点', year: 2021, issuer: null, docNumber: null, date: null, preamble: '' };
  return { ...base, sections, groups: [], tasks };
}

function original(): Workbook {
  const wb = createWorkbook(
    plan([
      planTask('1', '助餐', { indicators: [meals, beds] }),
      planTask('2', '救助'),
      planTask('3', '慈善'),
      planTask('4', '殡葬'),
    ]),
    { id: 'a', sourceText: '初稿', now: '2021-02-01T00:00:00.000Z' },
  );
  const tasks = wb.tasks.map((t) =>
    t.key === '1'
      ? {
          ...t,
          owner: '张三',
          percent: 40,
          periods: { 半年: { ...emptyPeriod(2), progress: '建成35个', actuals: [35, 120] } },
        }
      : t.key === '4'
        ? { ...t, archived: true }
        : t,
  );
  return { ...wb, tasks };
}

// Revised: 1 loses the beds indicator and gains 社区食堂; 2 retitled; 3 gone; 4 back; 5 new; section 二 new.
const revised = plan(
  [
    planTask('1', '助餐', { text: '助餐，新增助餐点83个。', indicators: [beds, meals] }),
    planTask('2', '社会救助'),
    planTask('4', '殡葬'),
    planTask('5', '婚姻登记', { section: '二' }),
  ],
  [
    { key: '一', title: '兜底保障与救助' },
    { key: '二', title: '基层治理' },
  ],
);

describe('diffPlan', () => {
  it('lists what the revision changes', () => {
    const diff = diffPlan(original(), revised);
    expect(diff).toEqual({
      added: [{ key: '5', title: '婚姻登记' }],
      retitled: [{ key: '2', from: '救助', to: '社会救助' }],
      textChanged: [{ key: '1', title: '助餐' }],
      archived: [{ key: '3', title: '慈善' }],
      restored: [{ key: '4', title: '殡葬' }],
      sections: {
        added: [{ key: '二', title: '基层治理' }],
        removed: [],
        retitled: [{ key: '一', from: '兜底保障', to: '兜底保障与救助' }],
      },
      unchanged: 0,
    });
    expect(hasChanges(diff)).toBe(true);
  });

  it('finds nothing when the same plan comes again', () => {
    const wb = original();
    const same = plan(wb.tasks.map((t) => planTask(t.key, t.title, { indicators: t.indicators })));
    const diff = diffPlan({ ...wb, tasks: wb.tasks.map((t) => ({ ...t, archived: undefined })) }, same);
    expect(hasChanges(diff)).toBe(false);
    expect(diff.unchanged).toBe(4);
  });
});

describe('applyPlanDiff', () => {
  it('keeps progress with its key, archives what left, and is one undo step', () => {
    const wb = original();
    const op = applyPlanDiff(wb, revised, '修订稿');
    const { workbook: after, inverse } = applyOperation(wb, op, NOW);
    expect(after.tasks.map((t) => [t.key, t.title, t.archived ?? false])).toEqual([
      ['1', '助餐', false],
      ['2', '社会救助', false],
      ['4', '殡葬', false],
      ['5', '婚姻登记', false],
      ['3', '慈善', true],
    ]);
    const meal = after.tasks[0]!;
    expect(meal).toMatchObject({ owner: '张三', percent: 40, text: '助餐，新增助餐点83个。' });
    // Indicators swapped places: each actual follows its indicator (beds 120, meals 35).
    expect(meal.periods.半年?.actuals).toEqual([120, 35]);
    expect(meal.periods.半年?.progress).toBe('建成35个');
    expect(after.plan.sourceText).toBe('修订稿');
    expect(after.sections.map((s) => s.title)).toEqual(['兜底保障与救助', '基层治理']);
    expect(op.upsert.map((t) => t.key)).toEqual(['1', '2', '4', '5', '3']);

    const back = applyOperation(after, inverse, NOW).workbook;
    expect(back.tasks).toEqual(wb.tasks);
    expect(back.sections).toEqual(wb.sections);
    expect(back.plan).toEqual(wb.plan);
  });

  it('drops the actuals of an indicator the plan no longer has', () => {
    const wb = original();
    const fewer = plan([planTask('1', '助餐', { indicators: [meals] })]);
    const after = applyOperation(wb, applyPlanDiff(wb, fewer, ''), NOW).workbook;
    expect(after.tasks[0]?.periods.半年?.actuals).toEqual([35]);
  });
});
