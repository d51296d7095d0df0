/** What the workbook list shows for a workbook: its tasks (不涉及 included) and its completion rate. */
import { describe, expect, it } from 'vitest';
import { summarize } from '../../../src/core/workbook/stored-records';
import { task, workbook } from './builders';

describe('summarize', () => {
  it('counts every task still in the plan, but rates only those that concern the unit', () => {
    const wb = workbook([
      task('1', { status: '已完成', percent: 100 }),
      task('2', { status: '推进中', percent: 50 }),
      task('3', { status: '不涉及' }),
      task('4', { status: '已完成', percent: 100, archived: true }),
    ]);
    // Tasks 1–3 are in the plan; the rate is (100 + 50) / 2 over tasks 1 and 2.
    expect(summarize(wb)).toEqual({ taskCount: 3, completion: 0.75 });
  });

  it('has no rate when nothing concerns the unit', () => {
    expect(summarize(workbook([task('1', { status: '不涉及' })]))).toEqual({ taskCount: 1, completion: null });
  });
});
