/** The key → position index follows the records an edit replaces, and is rebuilt for a new order. */
import { describe, expect, it } from 'vitest';
import { applyOperation } from '../../../src/core/workbook/operations';
import { taskByKey, taskIndex } from '../../../src/core/workbook/task-index';
import { task, workbook } from './builders';

describe('taskIndex', () => {
  it('finds every task by key', () => {
    const tasks = [task('1'), task('2'), task('10')];
    expect([...taskIndex(tasks)]).toEqual([
      ['1', 0],
      ['2', 1],
      ['10', 2],
    ]);
    expect(taskByKey(tasks, '10')).toBe(tasks[2]);
    expect(taskByKey(tasks, '3')).toBeUndefined();
  });

  it('is shared by the tasks of an edit, which find the edited record', () => {
    const before = workbook([task('1'), task('2')]);
    const index = taskIndex(before.tasks);
    const { workbook: after } = applyOperation(
      before,
      { type: 'setCells', label: '编辑', changes: [{ key: '2', field: 'owner', value: '张三' }] },
      '2021-07-01T00:00:00.000Z',
    );
    expect(taskIndex(after.tasks)).toBe(index);
    expect(taskByKey(after.tasks, '2')?.owner).toBe('张三');
  });

  it('is built anew for a reordered array', () => {
    const tasks = [task('1'), task('2')];
    taskIndex(tasks);
    const reversed = [...tasks].reverse();
    expect(taskByKey(reversed, '1')).toBe(tasks[0]);
    expect(taskIndex(reversed).get('1')).toBe(1);
  });
});
