/**
 * Targets vs actuals of the quantitative indicators. Targets come in different units (个, 户,
 * 万元), so bars show each actual as a share of its target (target = 100%) and the tooltip gives
 * the real figures.
 */
import { actualsFor, countedTasks, indicatorCompletion } from '../workbook/completion';
import { LIGHT_COLORS } from '../workbook/traffic-light';
import type { Indicator } from '../plan/types';
import type { Period, Workbook } from '../workbook/types';
import { shortenLabel, toPercent } from './format';
import type { ChartCategory, ChartData } from './types';

export const TARGET_COLOR = '#d1d5db';

function targetText(indicator: Indicator): string {
  const range = indicator.max === undefined ? '' : `-${indicator.max}`;
  return `${indicator.comparator}${indicator.value}${range}${indicator.unit}`;
}

export function indicatorChart(workbook: Workbook, period: Period): ChartData {
  const categories: ChartCategory[] = [];
  const targets: number[] = [];
  const actualValues: (number | null)[] = [];
  for (const task of countedTasks(workbook.tasks, period)) {
    const actuals = actualsFor(task, period);
    task.indicators.forEach((indicator, i) => {
      const actual = actuals[i] ?? null;
      const name = indicator.subject || indicator.text;
      categories.push({
        label: `${task.key}. ${shortenLabel(name, 10)}`,
        title: `${task.key}. ${indicator.text}`,
        taskKeys: [task.key],
        details: [`目标 ${targetText(indicator)}`, `实际 ${actual === null ? '未填报' : `${actual}${indicator.unit}`}`],
      });
      targets.push(100);
      // Not capped: over-fulfilment (120%) is worth seeing.
      actualValues.push(toPercent(indicatorCompletion(indicator, actual)));
    });
  }
  return {
    id: 'indicators',
    title: `量化指标完成情况（${period}，目标=100%）`,
    kind: 'hbar',
    unit: '%',
    categories,
    series: [
      { label: '目标', values: targets, color: TARGET_COLOR },
      { label: '实际', values: actualValues, color: LIGHT_COLORS.蓝 },
    ],
  };
}
