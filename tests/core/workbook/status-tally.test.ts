/** The tally moved by the tasks an edit changed equals a count from scratch after the edit. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { retally, tallyStatus, type TallyBasis } from '../../../src/core/workbook/status-tally';
import type { Status, TaskRecord } from '../../../src/core/workbook/types';
import { task } from './builders';

const basis: TallyBasis = { period: '半年', today: '2021-06-30', year: 2021 };
const STATUSES: Status[] = ['未启动', '推进中', '已完成', '不涉及', '暂缓'];

describe('tallyStatus / retally', () => {
  it('moves the counts by the changed tasks only', () => {
    const tasks = [
      task('1', { status: '已完成', percent: 100 }),
      task('2', { status: '推进中', percent: 60 }),
      task('3'),
    ];
    const tally = tallyStatus(tasks, basis);
    expect(tally.counts).toEqual({ total: 3, done: 1, onTrack: 1, behind: 1, notStarted: 1 });
    // Task 3 starts and gets ahead; task 1 is reopened at 10%.
    const changed = [task('3', { status: '推进中', percent: 70 }), task('1', { status: '推进中', percent: 10 })];
    expect(retally(tally, changed)).toBe(true);
    expect(tally.counts).toEqual({ total: 3, done: 0, onTrack: 2, behind: 1, notStarted: 0 });
  });

  it('refuses a task it never counted (count again instead)', () => {
    const tally = tallyStatus([task('1')], basis);
    expect(retally(tally, [task('9')])).toBe(false);
    expect(tally.counts).toEqual(tallyStatus([task('1')], basis).counts);
  });

  it('agrees with a fresh count after any sequence of edits', () => {
    const edit = fc.record({
      key: fc.integer({ min: 1, max: 8 }),
      status: fc.constantFrom(...STATUSES),
      percent: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(fc.array(edit, { minLength: 1, maxLength: 3 }), { maxLength: 10 }), (steps) => {
        let tasks: TaskRecord[] = Array.from({ length: 8 }, (_, i) => task(String(i + 1)));
        const tally = tallyStatus(tasks, basis);
        for (const step of steps) {
          const changed = step.map((e) => task(String(e.key), { status: e.status, percent: e.percent }));
          tasks = tasks.map((t) => changed.findLast((c) => c.key === t.key) ?? t);
          const last = [...new Map(changed.map((c) => [c.key, c])).values()];
          expect(retally(tally, last)).toBe(true);
        }
        expect(tally.counts).toEqual(tallyStatus(tasks, basis).counts);
      }),
    );
  });
});
