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

  it('lists refused cells with their reason, skips read-only columns, and keeps the others', () => {
    const plan = planPaste([['王五', '下周', '绿', '150']], target);
    expect(plan.changes).toEqual([{ key: '3', field: 'owner', value: '王五' }]);
    // 序时 is computed: a value over it is skipped, not refused and not shifted onto 完成进度.
    expect(plan.rejected.map((r) => [r.key, r.header, r.value])).toEqual([
      ['3', '完成时限', '下周'],
      ['3', '完成进度', '150'],
    ]);
  });

  it('clears nothing with the empty trailing cells WPS adds, but clears an empty cell in between', () => {
    const plan = planPaste([['张三', '', '', '', '', '']], target);
    expect(plan.changes).toEqual([{ key: '3', field: 'owner', value: '张三' }]);
    const inner = planPaste([['张三', '', '', '60']], target);
    expect(inner.changes).toEqual([
      { key: '3', field: 'owner', value: '张三' },
      { key: '3', field: 'deadline', value: '' },
      { key: '3', field: 'percent@半年', value: 60 },
    ]);
  });

  it('clears empty cells when asked (Delete over a range)', () => {
    const plan = planPaste([['', '']], target, { clearEmpty: true });
    expect(plan.changes).toEqual([
      { key: '3', field: 'owner', value: '' },
      { key: '3', field: 'deadline', value: '' },
    ]);
  });

  it('skips a report’s section band rows and, from the 编号 column, lands rows by their 序号', () => {
    const fromKey = {
      rowKeys: ['20', '21'],
      fields: [null, null, 'owner', 'deadline'] as const,
      headers: ['编号', '工作任务', '责任人', '完成时限'],
      keys: new Set(['5', '9', '20', '21']),
      year: 2021,
    };
    const plan = planPaste(
      [
        ['二、加快推进社会救助体系建设', '', '', ''],
        ['9', '加强基层政权建设', '李四', '6月底'],
        ['5', '加强困难群众临时救助工作', '王五', ''],
      ],
      fromKey,
    );
    expect(plan.changes).toEqual([
      { key: '9', field: 'owner', value: '李四' },
      { key: '9', field: 'deadline', value: '2021-06-30' },
      { key: '5', field: 'owner', value: '王五' },
    ]);
  });

  it('drops what falls below the last task or right of the last column, and counts the rows', () => {
    const rows = [['a', '', '', '', '多出的列'], ['b'], ['c'], ['d'], ['e']];
    const plan = planPaste(rows, target);
    expect(plan.changes.map((c) => c.key)).toEqual(['3', '3', '3', '4', '5']);
    expect(plan.overflowRows).toBe(2);
  });
});
