import { describe, expect, it } from 'vitest';
import { lightChart, statusChart } from '../../../src/core/charts/distribution-charts';
import { LIGHT_COLORS } from '../../../src/core/workbook/traffic-light';
import { huliWithProgress } from './progress-fixture';

const UNTOUCHED = ['2', '3', '7', '10', '11', '13', '14', ...Array.from({ length: 9 }, (_, i) => String(15 + i))];

describe('statusChart', () => {
  const chart = statusChart(huliWithProgress(), '全年');

  it('counts every status in a fixed order, archived tasks left out', () => {
    expect(chart.categories.map((c) => c.label)).toEqual(['未启动', '推进中', '已完成', '暂缓', '不涉及']);
    // 27 live tasks: 已完成 4, 5; 推进中 1, 6, 9; 暂缓 12; 不涉及 8; the other 20 未启动.
    expect(chart.series[0]!.values).toEqual([20, 3, 2, 1, 1]);
  });

  it('carries the tasks behind each slice', () => {
    expect(chart.categories[1]!.taskKeys).toEqual(['1', '6', '9']);
    expect(chart.categories[2]!.taskKeys).toEqual(['4', '5']);
    expect(chart.categories[0]!.taskKeys).toEqual([...UNTOUCHED, '24', '26', '27', '28']);
  });

  it('paints 已完成 in the light palette blue', () => {
    expect((chart.series[0]!.color as string[])[2]).toBe(LIGHT_COLORS.蓝);
  });
});

describe('lightChart', () => {
  // 2021-07-01 is day 181 of 364 to the year-end deadline: 49.7% expected.
  it('sorts tasks into the five grades and a 无 bucket', () => {
    const chart = lightChart(huliWithProgress(), '2021-07-01', '全年');
    expect(chart.categories.map((c) => c.label)).toEqual([
      '蓝·已完成',
      '超·超序时',
      '绿·序时推进',
      '黄·略滞后',
      '红·滞后',
      '无',
    ]);
    // 蓝 4, 5; none 10 points ahead; 绿 6 (50 ≥ 49.7); 黄 1 (40 is 9.7 behind); 红: 9 (past its
    // 06-30 deadline) and the 20 未启动; 无: 8 (不涉及) and 12 (暂缓).
    expect(chart.series[0]!.values).toEqual([2, 0, 1, 1, 21, 2]);
    expect(chart.categories[3]!.taskKeys).toEqual(['1']);
    expect(chart.categories[4]!.taskKeys.slice(0, 3)).toEqual(['2', '3', '7']);
    expect(chart.categories[4]!.taskKeys).toContain('9');
    expect(chart.categories[5]!.taskKeys).toEqual(['8', '12']);
  });

  it('grades a task 10 points or more ahead as 超序时', () => {
    // 2021-04-01: 90 of 365 days, 24.7% expected; 1 is at 40 (15.3 ahead), 6 at the 50% its
    // 全年 carries over from 三季度 (25.3 ahead), 9 at 90 with a 06-30 deadline (90 of 181 days,
    // 49.7% expected, 40.3 ahead).
    const chart = lightChart(huliWithProgress(), '2021-04-01', '全年');
    expect(chart.categories[1]!.taskKeys).toEqual(['1', '6', '9']);
  });

  it('uses the shared light colours, grey for 无', () => {
    const chart = lightChart(huliWithProgress(), '2021-07-01', '全年');
    expect(chart.series[0]!.color).toEqual(['#3b82f6', '#15803d', '#22c55e', '#facc15', '#ef4444', '#d1d5db']);
  });

  it('judges the light on the period’s own figures, at the period’s end', () => {
    // 半年 ends 2021-06-30, before 07-01: 180 of 365 days, 49.3% expected. Task 6 reported 20%
    // for 半年: 29.3 behind → 红. Task 9 (90%, due 06-30) is not yet past its deadline on 06-30:
    // 100% expected, 10 behind → 黄, with task 1 (40%, 9.3 behind).
    const chart = lightChart(huliWithProgress(), '2021-07-01', '半年');
    expect(chart.series[0]!.values).toEqual([2, 0, 0, 2, 21, 2]);
    expect(chart.categories[3]!.taskKeys).toEqual(['1', '9']);
    expect(chart.categories[4]!.taskKeys).toContain('6');
    expect(chart.title).toBe('序时进度（截至2021-06-30）');
  });
});
