import { describe, expect, it } from 'vitest';
import { applyOperation, isNoop, type Operation } from '../../../src/core/workbook/operations';
import { indicator, task, workbook } from './builders';

const NOW = '2021-04-01T09:00:00.000Z';

describe('setCells', () => {
  const wb = workbook([task('1', { indicators: [indicator(83)] }), task('2'), task('3')]);

  it('applies a block as one operation and returns its inverse', () => {
    const op: Operation = {
      type: 'setCells',
      label: '粘贴',
      changes: [
        { key: '1', field: 'percent@一季度', value: 40 },
        { key: '1', field: 'actual@一季度#0', value: 20 },
        { key: '3', field: 'owner', value: '张三' },
      ],
    };
    const { workbook: after, inverse, changedKeys, metaChanged } = applyOperation(wb, op, NOW);
    expect(after.tasks[0]?.periods.一季度?.percent).toBe(40);
    expect(after.tasks[0]?.periods.一季度?.actuals).toEqual([20]);
    expect(after.tasks[2]?.owner).toBe('张三');
    expect(after.tasks[1]).toBe(wb.tasks[1]);
    expect(after.updatedAt).toBe(NOW);
    expect(changedKeys).toEqual(['1', '3']);
    expect(metaChanged).toBe(false);
    expect(inverse).toEqual({
      type: 'setCells',
      label: '粘贴',
      changes: [
        { key: '3', field: 'owner', value: '' },
        { key: '1', field: 'actual@一季度#0', value: null },
        { key: '1', field: 'percent@一季度', value: null },
      ],
    });
    // The input is not mutated.
    expect(wb.tasks[0]?.periods.一季度).toBeUndefined();
    expect(wb.updatedAt).toBe('2021-01-05T08:00:00.000Z');
  });

  it('undoes a cell set twice in one block back to the first value', () => {
    const op: Operation = {
      type: 'setCells',
      label: '粘贴',
      changes: [
        { key: '2', field: 'notes', value: 'a' },
        { key: '2', field: 'notes', value: 'b' },
      ],
    };
    const forward = applyOperation(wb, op, NOW);
    expect(forward.workbook.tasks[1]?.notes).toBe('b');
    const back = applyOperation(forward.workbook, forward.inverse, NOW);
    expect(back.workbook.tasks[1]?.notes).toBe('');
  });

  it('ignores unknown keys and unchanged values', () => {
    const op: Operation = {
      type: 'setCells',
      label: '编辑单元格',
      changes: [
        { key: '99', field: 'owner', value: '李四' },
        // Nothing reported yet: clearing a period's 状态 changes nothing.
        { key: '2', field: 'status@半年', value: null },
      ],
    };
    const result = applyOperation(wb, op, NOW);
    expect(result.workbook).toBe(wb);
    expect(isNoop(result)).toBe(true);
  });
});

describe('setMeta', () => {
  it('renames and undoes the rename', () => {
    const wb = workbook([task('1')]);
    const forward = applyOperation(wb, { type: 'setMeta', label: '重命名', name: '新名称' }, NOW);
    expect(forward.workbook.name).toBe('新名称');
    expect(forward.workbook.unit).toBe('殿前街道');
    expect(forward.metaChanged).toBe(true);
    expect(forward.changedKeys).toEqual([]);
    const back = applyOperation(forward.workbook, forward.inverse, NOW);
    expect(back.workbook.name).toBe('2021年湖里区民政工作要点');
  });
});

describe('revisePlan', () => {
  it('upserts, reorders and undoes by removing what it added', () => {
    const wb = workbook([task('1', { percent: 50 }), task('2')]);
    const op: Operation = {
      type: 'revisePlan',
      label: '导入修订后的要点',
      plan: { ...wb.plan, sourceText: '修订稿' },
      sections: [{ key: '一', title: '兜底保障' }],
      groups: [],
      order: ['1', '1b', '2'],
      upsert: [task('1b'), task('2', { archived: true })],
      remove: [],
    };
    const forward = applyOperation(wb, op, NOW);
    expect(forward.workbook.tasks.map((t) => t.key)).toEqual(['1', '1b', '2']);
    expect(forward.workbook.tasks[0]?.periods.一季度?.percent).toBe(50);
    expect(forward.workbook.tasks[2]?.archived).toBe(true);
    expect(forward.changedKeys).toEqual(['1b', '2']);
    expect(forward.metaChanged).toBe(true);
    const back = applyOperation(forward.workbook, forward.inverse, NOW);
    expect(back.workbook.tasks).toEqual(wb.tasks);
    expect(back.workbook.plan.sourceText).toBe(wb.plan.sourceText);
    expect(back.workbook.sections).toEqual(wb.sections);
    expect(back.changedKeys.sort()).toEqual(['1b', '2']);
  });
});
