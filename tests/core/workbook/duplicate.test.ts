import { describe, expect, it } from 'vitest';
import { periodPercent } from '../../../src/core/workbook/period-values';
import { copyWorkbook, shiftDate } from '../../../src/core/workbook/duplicate';
import { emptyPeriod } from '../../../src/core/workbook/fields';
import { task, workbook } from './builders';

const NOW = '2022-01-03T00:00:00.000Z';
const wb = workbook(
  [
    task('1', {
      owner: '张三',
      leadUnit: '区民政局',
      deadline: '2021-06-30',
      status: '推进中',
      percent: 40,
      notes: '注',
      rev: 5,
    }),
    task('2', { periods: { 全年: emptyPeriod(0) }, deadline: '' }),
    task('3', { archived: true }),
  ],
  { sample: true, rev: 9 },
);

describe('copyWorkbook', () => {
  it("makes next year's workbook: same plan and units, dates moved, progress cleared", () => {
    const next = copyWorkbook(wb, { id: 'b', now: NOW, year: 2022, keepProgress: false });
    expect(next).toMatchObject({
      id: 'b',
      name: '2022年湖里区民政工作要点',
      year: 2022,
      createdAt: NOW,
      updatedAt: NOW,
    });
    expect(next).not.toHaveProperty('sample');
    expect(next).not.toHaveProperty('rev');
    expect(next.tasks.map((t) => t.key)).toEqual(['1', '2']);
    expect(next.tasks[0]).toEqual(task('1', { owner: '张三', leadUnit: '区民政局', deadline: '2022-06-30' }));
    expect(next.tasks[1]?.deadline).toBe('');
    expect(next.plan).toEqual(wb.plan);
  });

  it('keeps progress when asked and names a same-year copy 副本', () => {
    const copy = copyWorkbook(wb, { id: 'c', now: NOW, keepProgress: true });
    expect(copy.name).toBe('2021年湖里区民政工作要点（副本）');
    expect(copy.tasks.map((t) => [t.key, periodPercent(t), t.deadline])).toEqual([
      ['1', 40, '2021-06-30'],
      ['2', null, ''],
      ['3', null, '2021-12-31'],
    ]);
    copy.tasks[0]!.owner = '改';
    expect(wb.tasks[0]?.owner).toBe('张三');
  });

  it.each([
    ['2024-02-29', 1, '2025-02-28'],
    ['2023-02-28', 1, '2024-02-28'],
    ['2021-12-31', -1, '2020-12-31'],
    ['', 1, ''],
  ])('shifts %s by %i years to %s', (iso, years, expected) => {
    expect(shiftDate(iso, years)).toBe(expected);
  });
});
