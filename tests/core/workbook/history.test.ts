import { describe, expect, it } from 'vitest';
import {
  canRedo,
  canUndo,
  createHistory,
  push,
  redo,
  redoLabel,
  undo,
  undoLabel,
} from '../../../src/core/workbook/history';
import { applyOperation, type Operation } from '../../../src/core/workbook/operations';
import type { Workbook } from '../../../src/core/workbook/types';
import { task, workbook } from './builders';

const NOW = '2021-04-01T09:00:00.000Z';

function edit(wb: Workbook, history: ReturnType<typeof createHistory>, op: Operation) {
  const result = applyOperation(wb, op, NOW);
  return { wb: result.workbook, history: push(history, op, result) };
}

const paste: Operation = {
  type: 'setCells',
  label: '粘贴',
  changes: [
    { key: '1', field: 'owner', value: '张三' },
    { key: '2', field: 'owner', value: '李四' },
  ],
};
const typeCell: Operation = {
  type: 'setCells',
  label: '编辑单元格',
  changes: [{ key: '1', field: 'percent@半年', value: 30 }],
};

describe('history', () => {
  it('undoes a paste as one step and redoes it', () => {
    const start = workbook([task('1'), task('2')]);
    let { wb, history } = edit(start, createHistory(), paste);
    ({ wb, history } = edit(wb, history, typeCell));
    expect(undoLabel(history)).toBe('编辑单元格');

    const u1 = undo(history, wb, NOW);
    expect(u1?.result.workbook.tasks[0]?.periods.半年?.percent ?? null).toBeNull();
    expect(u1?.result.workbook.tasks[0]?.owner).toBe('张三');
    const u2 = undo(u1!.history, u1!.result.workbook, NOW);
    expect(u2?.result.workbook.tasks.map((t) => t.owner)).toEqual(['', '']);
    expect(u2?.result.changedKeys).toEqual(['2', '1']);
    expect(canUndo(u2!.history)).toBe(false);
    expect(undo(u2!.history, u2!.result.workbook, NOW)).toBeNull();
    expect(redoLabel(u2!.history)).toBe('粘贴');

    const r1 = redo(u2!.history, u2!.result.workbook, NOW);
    expect(r1?.result.workbook.tasks.map((t) => t.owner)).toEqual(['张三', '李四']);
    const r2 = redo(r1!.history, r1!.result.workbook, NOW);
    expect(r2?.result.workbook.tasks[0]?.periods.半年?.percent).toBe(30);
    expect(canRedo(r2!.history)).toBe(false);
    expect(redo(r2!.history, r2!.result.workbook, NOW)).toBeNull();
  });

  it('clears redo on a new edit and skips no-ops', () => {
    const start = workbook([task('1'), task('2')]);
    const first = edit(start, createHistory(), paste);
    const undone = undo(first.history, first.wb, NOW)!;
    expect(canRedo(undone.history)).toBe(true);
    const noop = edit(undone.result.workbook, undone.history, {
      type: 'setCells',
      label: '编辑单元格',
      changes: [{ key: '1', field: 'owner', value: '' }],
    });
    expect(noop.history).toBe(undone.history);
    const next = edit(undone.result.workbook, undone.history, typeCell);
    expect(canRedo(next.history)).toBe(false);
    expect(next.history.past).toHaveLength(1);
  });

  it('keeps at most `limit` steps', () => {
    let wb = workbook([task('1')]);
    let history = createHistory(3);
    for (let i = 1; i <= 5; i++) {
      ({ wb, history } = edit(wb, history, {
        type: 'setCells',
        label: `第${i}次`,
        changes: [{ key: '1', field: 'percent@半年', value: i * 10 }],
      }));
    }
    expect(history.past.map((e) => e.label)).toEqual(['第3次', '第4次', '第5次']);
  });
});
