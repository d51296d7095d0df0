/** 插入任务 / 删除任务 / 编辑任务 as operations: one undo step each, keys unique, progress kept. */
import { describe, expect, it } from 'vitest';
import { applyOperation } from '../../../src/core/workbook/operations';
import { applyPlanDiff } from '../../../src/core/workbook/revise-plan';
import { archiveTask, editTask, insertTask, nextOwnKey, restoreArchived } from '../../../src/core/workbook/structure';
import type { Plan } from '../../../src/core/plan/types';
import type { Workbook } from '../../../src/core/workbook/types';
import { task, workbook } from './builders';

const NOW = '2021-05-01T00:00:00.000Z';
const wb = workbook([
  task('1', { section: '一' }),
  task('2', { section: '一', owner: '张三', percent: 30 }),
  task('3', { section: '二' }),
]);

function run(result: ReturnType<typeof insertTask>, on: Workbook = wb) {
  if (!result.ok) throw new Error(result.message);
  return applyOperation(on, result.operation, NOW);
}

describe('insertTask', () => {
  it('puts the unit’s own task after the focused one, in its section, keyed 自1', () => {
    expect(nextOwnKey(wb)).toBe('自1');
    const { workbook: after, inverse } = run(
      insertTask(wb, { key: nextOwnKey(wb), title: '街道自定任务', afterKey: '1' }),
    );
    expect(after.tasks.map((t) => t.key)).toEqual(['1', '自1', '2', '3']);
    expect(after.tasks[1]).toMatchObject({
      section: '一',
      title: '街道自定任务',
      ownTask: true,
      deadline: '2021-12-31',
    });
    expect(nextOwnKey(after)).toBe('自2');
    expect(applyOperation(after, inverse, NOW).workbook.tasks.map((t) => t.key)).toEqual(['1', '2', '3']);
  });

  it.each([
    ['2', '编号“2”已被任务“任务2”使用'],
    ['', '编号不能为空'],
  ])('refuses the number %j', (key, message) => {
    expect(insertTask(wb, { key, title: '新任务', afterKey: null })).toEqual({ ok: false, message });
  });
});

describe('archiveTask / restoreArchived', () => {
  it('archives with its data and brings it back', () => {
    const { workbook: after } = run(archiveTask(wb, '2'));
    expect(after.tasks.find((t) => t.key === '2')).toMatchObject({ archived: true, owner: '张三' });
    const back = run(restoreArchived(after, '2'), after).workbook;
    expect(back.tasks.find((t) => t.key === '2')?.archived).toBeUndefined();
    expect(back.tasks.find((t) => t.key === '2')?.owner).toBe('张三');
  });
});

describe('editTask', () => {
  it('renumbers a task, keeps its progress and remembers the former number', () => {
    const {
      workbook: after,
      inverse,
      changedKeys,
    } = run(editTask(wb, '2', { key: '2a', title: '改后的任务', text: '改后的全文', section: '一' }));
    expect(after.tasks.map((t) => t.key)).toEqual(['1', '2a', '3']);
    expect(after.tasks[1]).toMatchObject({ title: '改后的任务', text: '改后的全文', owner: '张三', formerKeys: ['2'] });
    expect(after.tasks[1]?.periods.一季度?.percent).toBe(30);
    // Storage rewrites the new record and deletes the old one.
    expect(changedKeys.sort()).toEqual(['2', '2a']);
    expect(applyOperation(after, inverse, NOW).workbook.tasks).toEqual(wb.tasks);
  });

  it('moves a task to another section at that section’s end', () => {
    const { workbook: after } = run(editTask(wb, '1', { key: '1', title: '任务1', text: '', section: '二' }));
    expect(after.tasks.map((t) => [t.key, t.section])).toEqual([
      ['2', '一'],
      ['3', '二'],
      ['1', '二'],
    ]);
  });

  it('refuses a number another task has', () => {
    expect(editTask(wb, '1', { key: '3', title: 'x', text: '', section: '一' })).toMatchObject({ ok: false });
  });
});

describe('a revised plan and the unit’s own tasks', () => {
  it('keeps an own task where it was, never archives it', () => {
    const withOwn = run(insertTask(wb, { key: '自1', title: '街道自定任务', afterKey: '2' })).workbook;
    const plan: Plan = {
      title: null,
      year: 2021,
      issuer: null,
      docNumber: null,
      date: null,
      preamble: '',
      sections: wb.sections,
      groups: [],
      tasks: ['1', '2', '4'].map((key) => ({
        key,
        section: '一',
        title: `任务${key}`,
        text: `任务${key}。`,
        subtasks: [],
        indicators: [],
      })),
    };
    const revised = applyOperation(withOwn, applyPlanDiff(withOwn, plan, '修订稿'), NOW).workbook;
    expect(revised.tasks.map((t) => [t.key, t.archived === true])).toEqual([
      ['1', false],
      ['2', false],
      ['自1', false],
      ['4', false],
      ['3', true],
    ]);
  });
});
