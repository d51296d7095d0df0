/** Which period a date falls in, and the date a period is judged at. */
import { describe, expect, it } from 'vitest';
import { periodAsOf, periodEnd, periodOf } from '../../../src/core/workbook/period-values';

describe('periodOf', () => {
  it.each([
    ['2021-01-01T08:00:00.000Z', '一季度'],
    ['2021-03-31', '一季度'],
    ['2021-04-01', '半年'],
    ['2021-06-30T23:00:00.000Z', '半年'],
    ['2021-07-01', '三季度'],
    ['2021-10-08', '全年'],
    // Edited after the plan's year: the year is over. Before it: nothing reported yet.
    ['2022-01-15', '全年'],
    ['2020-12-20', '一季度'],
    ['', '全年'],
  ])('%s → %s', (iso, period) => expect(periodOf(iso, 2021)).toBe(period));
});

describe('periodAsOf', () => {
  it.each([
    ['半年', '2021-07-05', '2021-06-30'],
    ['半年', '2021-05-20', '2021-05-20'],
    ['全年', '2021-12-31', '2021-12-31'],
    ['一季度', '2022-01-10', '2021-03-31'],
  ] as const)('%s on %s is judged at %s', (period, today, asOf) => {
    expect(periodAsOf(period, 2021, today)).toBe(asOf);
  });
  it('ends 三季度 on 30 September', () => expect(periodEnd('三季度', 2024)).toBe('2024-09-30'));
});
