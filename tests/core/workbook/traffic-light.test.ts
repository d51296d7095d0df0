import { describe, expect, it } from 'vitest';
import { expectedPercent, periodLight, trafficLight } from '../../../src/core/workbook/traffic-light';
import type { Status } from '../../../src/core/workbook/types';

// Day counts by hand (2021 is not a leap year): Jan 31, Feb 28, Mar 31, Apr 30, May 31, Jun 30.
describe('expectedPercent', () => {
  it.each([
    // 1 Jan → 1 Apr: 31+28+31 = 90 days passed; due by the end of 30 Jun: 181 days. 90/181 = 49.72%.
    ['2021-06-30', '2021-04-01', 2021, 49.7],
    // No deadline: due 31 Dec, 365 days. 1 Jul: 181 days passed. 181/365 = 49.59%.
    ['', '2021-07-01', 2021, 49.6],
    // On the deadline day itself: 180 of 181 days passed = 99.45%.
    ['2021-06-30', '2021-06-30', 2021, 99.4],
    // 2024 is a leap year: 1 Mar is 31+29 = 60 days in; due end of 31 Mar = 91 days. 60/91 = 65.93%.
    ['2024-03-31', '2024-03-01', 2024, 65.9],
    // First day of the year: nothing has passed yet.
    ['2021-06-30', '2021-01-01', 2021, 0],
    ['2021-06-30', '2020-11-15', 2021, 0],
    ['2021-06-30', '2021-09-01', 2021, 100],
    // A deadline before the plan year: due at once.
    ['2020-12-31', '2021-02-01', 2021, 100],
    // Unreadable deadline: treated as year end. 1 Apr: 90/365 = 24.66%.
    ['六月底', '2021-04-01', 2021, 24.7],
  ])('deadline %j as of %s (year %i) → %f', (deadline, asOf, year, expected) => {
    expect(expectedPercent(deadline, asOf, year)).toBe(expected);
  });
});

describe('trafficLight', () => {
  const light = (
    status: Status,
    percent: number | null,
    deadline = '2021-06-30',
    asOf = '2021-04-01',
    within?: number,
  ) => trafficLight({ status, percent, deadline }, asOf, 2021, within === undefined ? {} : { yellowWithin: within });

  // Expected as of 1 Apr for a 30 Jun deadline: 49.7 (above).
  it.each([
    ['推进中', 50, '绿'],
    ['推进中', 59.6, '绿'], // 9.9 ahead: still 序时推进
    ['推进中', 59.7, '超'], // exactly 10 ahead: 超序时
    ['推进中', 80, '超'],
    ['推进中', 49.7, '绿'],
    ['推进中', 40, '黄'], // 9.7 behind
    ['推进中', 39.7, '黄'], // exactly 10 behind
    ['推进中', 39, '红'], // 10.7 behind
    ['未启动', null, '红'], // 49.7 behind
    ['已完成', 20, '蓝'],
    ['推进中', 100, '蓝'],
    ['暂缓', 0, null],
    ['不涉及', null, null],
  ] as const)('%s at %s%% → %s', (status, percent, expected) => {
    expect(light(status, percent)).toBe(expected);
  });

  it('is red once the deadline has passed and the task is not done', () => {
    expect(light('推进中', 99, '2021-06-30', '2021-07-01')).toBe('红');
    expect(light('推进中', 99, '2021-06-30', '2021-06-30')).toBe('黄'); // 99.4 expected, 0.4 behind
    expect(light('已完成', 99, '2021-06-30', '2021-07-01')).toBe('蓝');
  });

  it('takes the yellow threshold from the options', () => {
    expect(light('推进中', 35, '2021-06-30', '2021-04-01', 20)).toBe('黄'); // 14.7 behind
    expect(light('推进中', 35)).toBe('红');
    expect(light('推进中', 45, '2021-06-30', '2021-04-01', 0)).toBe('红'); // 4.7 behind, no slack
  });

  it('uses the year end when there is no deadline', () => {
    // 1 Jul, expected 49.6: 45% is 4.6 behind.
    expect(light('推进中', 45, '', '2021-07-01')).toBe('黄');
    expect(light('推进中', 50, '', '2021-07-01')).toBe('绿');
  });

  it('judges a period at its end, or today when the period is not over', () => {
    const task = {
      deadline: '',
      periods: {
        一季度: { status: '推进中' as const, percent: 20, progress: '', problems: '', nextSteps: '', actuals: [] },
      },
    };
    // 一季度 ends 03-31: 89 of 365 days, 24.4% expected; 20% is 4.4 behind → 黄, on any later day.
    expect(periodLight(task, '一季度', '2021-07-05', 2021)).toBe('黄');
    // 半年 carries the 20% over; judged on 06-30 (49.3% expected), 29.3 behind → 红.
    expect(periodLight(task, '半年', '2021-07-05', 2021)).toBe('红');
    // Before 03-31 a 一季度 light is judged today: 2021-02-01, 31 of 365 days, 8.5% → 11.5 ahead.
    expect(periodLight(task, '一季度', '2021-02-01', 2021)).toBe('超');
  });
});
