/** A pasted block onto the grid: rows onto the task rows below, columns to the right, every cell validated. */
import { describe, expect, it } from 'vitest';
import { planPaste } from '../../../src/ui/grid/paste-block';

const target = {
  rowKeys: ['3', '4', '5'],
  fields: ['owner', 'deadline', null, 'percent@半年'] as const,
  headers: ['责任人', '完成时限', '序时', '完成进度'],
};

describe('planPaste', () => {
  it('maps cells onto the rows and columns from the focused one, parsing each', () => {
    const plan = planPaste(
      [
        ['张三', '2021-06-30', '', '50%'],
        ['李四', '2021/9/30', '', '80'],
      ],
      target,
    );
    expect(plan.changes).toEqual([
      { key: '3', field: 'owner', value: '张三' },
      { key: '3', field: 'deadline', value: '2021-06-30' },
      { key: '3', field: 'percent@半年', value: 50 },
      { key: '4', field: 'owner', value: '李四' },
      { key: '4', field: 'deadline', value: '2021-09-30' },
      { key: '4', field: 'percent@半年', value: 80 },
    ]);
    expect(plan.rejected).toEqual([]);
    expect(plan.overflowRows).toBe(0);
  });

  it('lists refused cells with their reason and keeps the others', () => {
    const plan = planPaste([['王五', '下周', '绿', '150']], target);
    expect(plan.changes).toEqual([{ key: '3', field: 'owner', value: '王五' }]);
    expect(plan.rejected.map((r) => [r.key, r.header, r.value])).toEqual([
      ['3', '完成时限', '下周'],
      ['3', '序时', '绿'],
      ['3', '完成进度', '150'],
    ]);
    expect(plan.rejected[1]?.message).toBe('“序时”列不可编辑');
  });

  it('drops what falls below the last task or right of the last column, and counts the rows', () => {
    const rows = [['a', '', '', '', '多出的列'], ['b'], ['c'], ['d'], ['e']];
    const plan = planPaste(rows, target);
    expect(plan.changes.map((c) => c.key)).toEqual(['3', '3', '3', '4', '5']);
    expect(plan.overflowRows).toBe(2);
  });
});
