import { describe, expect, it } from 'vitest';
import {
  actualsFor,
  completionRate,
  indicatorCompletion,
  sectionRates,
  taskCompletion,
} from '../../../src/core/workbook/completion';
import { emptyPeriod } from '../../../src/core/workbook/fields';
import { periodPercent, periodStatus } from '../../../src/core/workbook/period-values';
import { indicator, task, workbook } from './builders';

describe('indicatorCompletion', () => {
  it.each([
    [83, '≥', 83, 1],
    [83, '≥', 41.5, 0.5],
    [83, '=', 0, 0],
    [10, '≥', 25, 2.5], // not capped here: the report shows 250%
    [5, '≤', 4, 1], // a ceiling kept
    [5, '≤', 5, 1],
    [5, '≤', 10, 0.5], // twice the ceiling: half
    [0, '≥', 3, 1],
    [0, '≤', 3, 0],
  ] as const)('target %d %s, actual %d → %d', (value, comparator, actual, expected) => {
    expect(indicatorCompletion(indicator(value, comparator), actual)).toBe(expected);
  });

  it('is null without an actual', () => {
    expect(indicatorCompletion(indicator(83), null)).toBeNull();
    expect(indicatorCompletion(indicator(83), Number.NaN)).toBeNull();
  });
});

describe('taskCompletion', () => {
  const indicators = [indicator(10, '≥'), indicator(5, '≤')];
  const withActuals = (percent: number | null, q2: (number | null)[], year: (number | null)[] = [null, null]) =>
    task('1', {
      indicators,
      percent,
      periods: { 半年: { ...emptyPeriod(2), actuals: q2 }, 全年: { ...emptyPeriod(2), actuals: year } },
    });

  it('averages the percent with the capped indicator ratios', () => {
    // 50% → 0.5; 5 of ≥10 → 0.5; 10 against ≤5 → 0.5. Mean 0.5.
    expect(taskCompletion(withActuals(50, [5, 10]))).toBe(0.5);
    // 80% → 0.8; 20 of ≥10 → 2, capped 1; 10 against ≤5 → 0.5. (0.8 + 1 + 0.5) / 3 = 0.7666…
    expect(taskCompletion(withActuals(80, [20, 10]))).toBeCloseTo(2.3 / 3, 10);
  });

  it('skips indicators without actuals and counts 已完成 as 1', () => {
    // Only the percent counts: 0.3.
    expect(taskCompletion(withActuals(30, [null, null]))).toBe(0.3);
    // Only one actual: 5 of 10 → 0.5.
    expect(taskCompletion(withActuals(null, [5, null]))).toBe(0.5);
    expect(taskCompletion(withActuals(null, [null, null]))).toBe(0);
    expect(taskCompletion(task('1', { status: '已完成', percent: 10 }))).toBe(1);
  });

  it('reads the latest period that has actuals, or the given one', () => {
    const t = withActuals(null, [5, null], [null, null]);
    expect(actualsFor(t)).toEqual([5, null]);
    expect(actualsFor(t, '全年')).toEqual([null, null]);
    expect(actualsFor(t, '一季度')).toEqual([]);
    // 全年 given: no actuals, no percent → 0.
    expect(taskCompletion(t, '全年')).toBe(0);
  });

  it('uses the period’s own 状态 and percent, else the previous period’s, else the latest', () => {
    const t = task('1', {
      periods: {
        一季度: { ...emptyPeriod(0), status: '推进中', percent: 30 },
        三季度: { ...emptyPeriod(0), percent: 70 },
      },
    });
    expect([periodPercent(t, '一季度'), periodPercent(t, '半年'), periodPercent(t, '三季度')]).toEqual([30, 30, 70]);
    expect(periodPercent(t, '全年')).toBe(70);
    expect(periodPercent(t)).toBe(70);
    expect(taskCompletion(t, '半年')).toBe(0.3);
    expect(taskCompletion(t)).toBe(0.7);
    const done = task('2', { periods: { 半年: { ...emptyPeriod(0), status: '已完成', percent: 100 } } });
    expect([periodStatus(done, '一季度'), periodStatus(done, '半年'), periodStatus(done, '全年')]).toEqual([
      '未启动',
      '已完成',
      '已完成',
    ]);
    expect([taskCompletion(done, '一季度'), taskCompletion(done, '全年')]).toEqual([0, 1]);
  });
});

describe('rates', () => {
  const wb = workbook([
    task('1', { section: '一', percent: 50 }),
    task('2', { section: '一', status: '已完成' }),
    task('3', { section: '一', status: '不涉及', percent: 0 }),
    task('4', { section: '二', percent: 20 }),
    task('5', { section: '二', percent: 0, archived: true }),
  ]);

  it('leaves out archived and 不涉及 tasks', () => {
    // Tasks 1, 2, 4: 0.5, 1, 0.2 → 1.7 / 3.
    expect(completionRate(wb.tasks)).toBeCloseTo(1.7 / 3, 10);
    expect(completionRate([task('x', { status: '不涉及' })])).toBeNull();
  });

  it('gives one rate per section in plan order', () => {
    expect(sectionRates(wb)).toEqual([
      { key: '一', title: '兜底保障', tasks: 2, rate: 0.75 },
      { key: '二', title: '养老服务', tasks: 1, rate: 0.2 },
    ]);
  });

  it('gives one row for a plan without sections', () => {
    const flat = workbook([task('1', { section: null, percent: 60 })], { sections: [] });
    expect(sectionRates(flat)).toEqual([{ key: null, title: '全部任务', tasks: 1, rate: 0.6 }]);
  });
});
