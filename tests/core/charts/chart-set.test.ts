import { describe, expect, it } from 'vitest';
import { buildChartSet } from '../../../src/core/charts/chart-set';
import { huliWithProgress } from './progress-fixture';

describe('buildChartSet', () => {
  it('builds the single-unit charts, without indicators when the plan has none', () => {
    const set = buildChartSet({ workbook: huliWithProgress(), asOf: '2021-07-01', period: '全年' });
    expect(set.charts.map((c) => c.id)).toEqual(['sections', 'status', 'lights', 'periods']);
    expect(set.heat).toBeNull();
    expect(set.summary.tasksDone).toBe(2);
  });

  it('leads with the unit ranking and adds the heat table for a consolidation', () => {
    const set = buildChartSet({
      workbook: huliWithProgress(),
      asOf: '2021-07-01',
      period: '半年',
      compareWith: '一季度',
      units: [{ unit: '殿前街道', rate: 0.25, sections: [{ key: '一', title: '党建', rate: 0.25 }] }],
    });
    expect(set.charts[0]!.id).toBe('units');
    expect(set.heat!.rows[0]!.cells[0]!.value).toBe(25);
    expect(set.charts.find((c) => c.id === 'periods')!.title).toBe('一季度与半年完成率对比');
  });
});
