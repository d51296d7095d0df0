import { describe, expect, it } from 'vitest';
import {
  comparisonPeriods,
  periodComparisonChart,
  sectionCompletionChart,
} from '../../../src/core/charts/section-charts';
import { fixtureWorkbook, withTasks } from '../../helpers/workbook-fixture';
import { huliWithProgress } from './progress-fixture';

describe('sectionCompletionChart', () => {
  const chart = sectionCompletionChart(huliWithProgress(), '全年');

  it('has one bar per section, in plan order, with readable Chinese labels', () => {
    expect(chart.kind).toBe('hbar');
    expect(chart.categories.map((c) => c.label)).toEqual([
      '一、深入学习贯彻习近平新时…',
      '二、加快推进社会救助体系建设',
      '三、推进基层政权建设和社区…',
      '四、全面推进养老事业高质量…',
      '五、强化社会组织培育管理',
      '六、提升公共服务保障能力',
      '七、持续推进民政基础和能力…',
    ]);
    expect(chart.categories[0]!.title).toBe('一、深入学习贯彻习近平新时代中国特色社会主义思想和党的十九届五中全会精神');
  });

  it('gives each section its completion rate', () => {
    // 一: 0.4/3 = 13.3; 二: (1+1+0.5+0)/4 = 62.5; 三: 8 is 不涉及 → 0.9/3 = 30;
    // 七: 25 archived → 0/3 = 0.
    expect(chart.series[0]!.values).toEqual([13.3, 62.5, 30, 0, 0, 0, 0]);
  });

  it('carries the counted tasks behind each bar', () => {
    expect(chart.categories[1]!.taskKeys).toEqual(['4', '5', '6', '7']);
    expect(chart.categories[2]!.taskKeys).toEqual(['9', '10', '11']);
    expect(chart.categories[6]!.taskKeys).toEqual(['26', '27', '28']);
  });

  it('has a single 全部任务 bar for a plan without sections', () => {
    const essay = withTasks(fixtureWorkbook('xianning-essay'), { '2': { status: '已完成' } });
    const single = sectionCompletionChart(essay, '全年');
    expect(single.categories.map((c) => c.label)).toEqual(['全部任务']);
    // 1 of the essay's 10 tasks done → 10%.
    expect(single.series[0]!.values).toEqual([10]);
    expect(single.categories[0]!.taskKeys).toHaveLength(10);
  });
});

describe('comparisonPeriods', () => {
  it.each([
    ['全年', undefined, ['半年', '全年']],
    ['三季度', undefined, ['半年', '三季度']],
    ['半年', undefined, ['一季度', '半年']],
    ['一季度', undefined, ['一季度', '半年']],
    ['全年', '一季度', ['一季度', '全年']],
    ['一季度', '三季度', ['一季度', '三季度']],
  ] as const)('%s with %s → %j', (period, other, expected) => {
    expect(comparisonPeriods(period, other)).toEqual(expected);
  });
});

describe('periodComparisonChart', () => {
  it('puts 半年 and 全年 side by side, with a 合计 row', () => {
    const chart = periodComparisonChart(huliWithProgress(), '全年');
    expect(chart.title).toBe('半年与全年完成率对比');
    expect(chart.series.map((s) => s.label)).toEqual(['半年', '全年']);
    expect(chart.categories.at(-1)!.label).toBe('合计');
    expect(chart.categories.at(-1)!.taskKeys).toHaveLength(26);
    // 二 at 半年: task 6 reported 20% → (1+1+0.2+0)/4 = 55; at 全年 it falls back to the current 50%.
    expect(chart.series[0]!.values[1]).toBe(55);
    expect(chart.series[1]!.values[1]).toBe(62.5);
    // 合计: 3.5/26 → 13.5 and 3.8/26 → 14.6.
    expect(chart.series[0]!.values.at(-1)).toBe(13.5);
    expect(chart.series[1]!.values.at(-1)).toBe(14.6);
  });

  it('draws one series when a period is compared with itself', () => {
    const chart = periodComparisonChart(huliWithProgress(), '半年', '半年');
    expect(chart.series).toHaveLength(1);
    expect(chart.series[0]!.values[1]).toBe(55);
  });

  it('has no 合计 row for a plan without sections', () => {
    const chart = periodComparisonChart(fixtureWorkbook('xianning-essay'), '全年');
    expect(chart.categories.map((c) => c.label)).toEqual(['全部任务']);
  });
});
