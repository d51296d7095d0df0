/**
 * 统计 says what the 推进情况 table says, as of the same date: the period's end, or the 填报日期
 * when that is earlier; the charts drawn for it count the same tasks.
 */
import { describe, expect, it } from 'vitest';
import { buildChartSet } from '../../../../src/core/charts/chart-set';
import { buildPeriodReport } from '../../../../src/core/report/build/build-report';
import type { ReportSheet } from '../../../../src/core/report/model';
import { task, workbook } from '../../workbook/builders';

// Due at the year's end, 45 % done in 半年; 2 done; 3 not applicable.
const wb = workbook([
  task('1', { percent: 45, status: '推进中' }),
  task('2', { percent: 100, status: '已完成' }),
  task('3', { status: '不涉及' }),
]);

function counts(sheet: ReportSheet): Record<string, unknown> {
  // The 序时 table is the right half of the first block: label in column E, count in F.
  return Object.fromEntries(sheet.rows.map((r) => [r.cells[4]?.value, r.cells[5]?.value]));
}

function lights(asOf: string) {
  const data = buildChartSet({ workbook: wb, period: '半年', asOf }).charts.find((c) => c.id === 'lights')!;
  return Object.fromEntries(data.categories.map((c, i) => [c.label, data.series[0]?.values[i]]));
}

describe('统计 as of the table’s date', () => {
  it('judges at the period’s end when the 填报日期 is later, table and chart alike', () => {
    const report = buildPeriodReport(wb, '半年', '2021-12-01');
    const stats = report.sheets[2]!;
    expect(String(stats.rows[1]?.cells[0]?.value)).toContain('统计截至：2021年6月30日');
    // By 30 June 180 of 365 days (49.3 %) have gone: 45 % is 4.3 points behind, 略滞后 (on 1 Dec: 滞后).
    expect(counts(stats)).toMatchObject({
      已完成: 1,
      超序时: 0,
      序时推进: 0,
      略滞后: 1,
      滞后: 0,
      '不适用（暂缓、不涉及）': 1,
    });
    expect(lights('2021-12-01')).toMatchObject({ '蓝·已完成': 1, '黄·略滞后': 1, '红·滞后': 0, 无: 1 });
    const progress = report.sheets[0]!;
    expect(progress.rows.find((r) => r.cells[0]?.value === '1')?.cells.map((c) => c.value)).toContain('略滞后');
  });

  it('judges at the 填报日期 when it comes before the period’s end', () => {
    const stats = buildPeriodReport(wb, '半年', '2021-05-31').sheets[2]!;
    expect(String(stats.rows[1]?.cells[0]?.value)).toContain('统计截至：2021年5月31日');
    // By 31 May 150 of 365 days (41.1 %): 45 % is 3.9 points ahead, 序时推进.
    expect(counts(stats)).toMatchObject({ 序时推进: 1, 略滞后: 0 });
    expect(lights('2021-05-31')).toMatchObject({ '绿·序时推进': 1, '黄·略滞后': 0 });
  });

  it('fits tables on page 1 and the charts on page 2', () => {
    const stats = buildPeriodReport(wb, '半年', '2021-07-05', { charts: 4 }).sheets[2]!;
    const slots = stats.pictureSlots ?? [];
    expect(slots.map((s) => [s.row, s.column])).toEqual([
      [stats.rows.length - 2, 0],
      [stats.rows.length - 2, 4],
      [stats.rows.length - 1, 0],
      [stats.rows.length - 1, 4],
    ]);
    // One break, before the chart page's heading (3 rows from the end).
    expect(stats.pageBreaks).toEqual([stats.rows.length - 3]);
  });
});
