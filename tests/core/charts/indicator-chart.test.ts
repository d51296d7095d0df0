import { describe, expect, it } from 'vitest';
import { indicatorChart } from '../../../src/core/charts/indicator-chart';
import { fixtureWorkbook, withTasks } from '../../helpers/workbook-fixture';
import { entry } from './progress-fixture';

function withIndicators() {
  return withTasks(fixtureWorkbook('huli-2021'), {
    '13': {
      indicators: [
        {
          text: '新增社区老年助餐点(社区食堂)83个',
          value: 83,
          unit: '个',
          comparator: '≥',
          subject: '社区老年助餐点(社区食堂)',
        },
        { text: '投诉率不高于5%', value: 5, unit: '%', comparator: '≤', subject: '投诉率' },
      ],
      periods: { 半年: entry({ actuals: [30, 8] }), 全年: entry({ actuals: [100, 4] }) },
    },
    '14': { indicators: [{ text: '培训养老护理员1-2批', value: 1, max: 2, unit: '批', comparator: '≥', subject: '' }] },
    '8': {
      status: '不涉及',
      indicators: [{ text: '建成站点5个', value: 5, unit: '个', comparator: '≥', subject: '站点' }],
    },
  });
}

describe('indicatorChart', () => {
  it('has one category per indicator of the counted tasks', () => {
    const chart = indicatorChart(withIndicators(), '全年');
    expect(chart.categories.map((c) => c.taskKeys)).toEqual([['13'], ['13'], ['14']]);
    expect(chart.categories.map((c) => c.label)).toEqual([
      '13. 社区老年助餐点(社…',
      '13. 投诉率',
      '14. 培训养老护理员1-…',
    ]);
  });

  it('shows each actual as a share of its target, over-fulfilment not capped', () => {
    const chart = indicatorChart(withIndicators(), '全年');
    expect(chart.series.map((s) => s.label)).toEqual(['目标', '实际']);
    expect(chart.series[0]!.values).toEqual([100, 100, 100]);
    // 100 of 83 → 120.5%; 4 under a ceiling of 5 → 100%; task 14 reported nothing → null.
    expect(chart.series[1]!.values).toEqual([120.5, 100, null]);
  });

  it('uses the actuals of the chosen period', () => {
    const chart = indicatorChart(withIndicators(), '半年');
    // 30 of 83 → 36.1%; 8 over a ceiling of 5 → 5/8 = 62.5%.
    expect(chart.series[1]!.values).toEqual([36.1, 62.5, null]);
  });

  it('gives the real figures for the tooltip', () => {
    const chart = indicatorChart(withIndicators(), '全年');
    expect(chart.categories[0]!.details).toEqual(['目标 ≥83个', '实际 100个']);
    expect(chart.categories[2]!.details).toEqual(['目标 ≥1-2批', '实际 未填报']);
    expect(chart.categories[0]!.title).toBe('13. 新增社区老年助餐点(社区食堂)83个');
  });

  it('is empty for a plan without indicators', () => {
    expect(indicatorChart(fixtureWorkbook('huli-2021'), '全年').categories).toEqual([]);
  });
});
