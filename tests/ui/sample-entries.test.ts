/**
 * The first-run sample with its half-year entries: every entry is accepted as if typed, and the
 * lights come out as the entries and the 2021 calendar say (30 June is day 181 of 365).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plan/parse-plan';
import { createWorkbook } from '../../src/core/workbook/create-workbook';
import { periodLight } from '../../src/core/workbook/traffic-light';
import { periodPercent, periodStatus } from '../../src/core/workbook/period-values';
import { withSampleEntries } from '../../src/ui/sample-entries';

const NOW = '2026-12-01T00:00:00.000Z';
const text = readFileSync('public/sample-plan.txt', 'utf8');
const blank = createWorkbook(parsePlan(text).plan, {
  id: 'sample',
  unit: '殿前街道',
  sourceText: text,
  now: NOW,
  sample: true,
});
const sample = withSampleEntries(blank, NOW);
const task = (key: string) => sample.tasks.find((t) => t.key === key)!;
const light = (key: string, period: '一季度' | '半年') => periodLight(task(key), period, '2026-12-01', 2021);

describe('sample entries', () => {
  it('fill units, dates without a year and indicator actuals as typed', () => {
    expect(task('4').leadUnit).toBe('社会事务科');
    expect(task('12').partnerUnits).toBe('综治办、安监站');
    expect(task('8').deadline).toBe('2021-06-30');
    expect(task('13').deadline).toBe('2021-09-30');
    expect(task('17').periods.半年?.actuals).toEqual([14, 2, 0]);
  });

  it('settle 状态 as typing would: a percent starts the work, 已完成 means 100%', () => {
    expect(periodStatus(task('4'), '半年')).toBe('推进中');
    expect(periodStatus(task('6'), '半年')).toBe('已完成');
    expect(periodPercent(task('6'), '半年')).toBe(100);
    expect(periodStatus(task('21'), '半年')).toBe('不涉及');
    expect(periodStatus(task('10'), '半年')).toBe('未启动');
  });

  it('show every light at the half-year', () => {
    expect(light('8', '半年')).toBe('蓝'); // 已完成
    expect(light('3', '半年')).toBe('超'); // 65% against 49.6% due
    expect(light('1', '半年')).toBe('绿'); // 55%
    expect(light('5', '半年')).toBe('黄'); // 40%: 9.6 points behind
    expect(light('7', '半年')).toBe('红'); // 30%: 19.6 behind
    expect(light('13', '半年')).toBe('红'); // 30% of a task due 30 September: 66.3% due
    expect(light('21', '半年')).toBeNull(); // 不涉及
    expect(light('8', '一季度')).toBe('黄'); // 40% on 31 March, 49.7% of the way to 30 June
  });

  it('leave the blank sample untouched', () => {
    expect(blank.tasks.every((t) => Object.keys(t.periods).length === 0 && t.leadUnit === '')).toBe(true);
  });
});
