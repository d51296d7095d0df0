/** Everything the 图表 view and the 统计 sheet show, from one input. */
import { indicatorChart } from './indicator-chart';
import { lightChart, statusChart } from './distribution-charts';
import { periodComparisonChart, sectionCompletionChart } from './section-charts';
import { overallSummary, type OverallSummary } from './summary';
import type { ChartData, ChartInput } from './types';
import { unitRankingChart, unitSectionHeat, type HeatTable } from './unit-charts';

export interface ChartSet {
  summary: OverallSummary;
  /** In display order; the indicator chart only when the plan has indicators. */
  charts: ChartData[];
  /** Only for a consolidation. */
  heat: HeatTable | null;
}

export function buildChartSet(input: ChartInput): ChartSet {
  const { workbook, asOf, period } = input;
  const charts: ChartData[] = [];
  const units = input.units ?? [];
  if (units.length > 0) charts.push(unitRankingChart(units));
  charts.push(
    sectionCompletionChart(workbook, period),
    statusChart(workbook, period),
    lightChart(workbook, asOf, period),
    periodComparisonChart(workbook, period, input.compareWith),
  );
  const indicators = indicatorChart(workbook, period);
  if (indicators.categories.length > 0) charts.push(indicators);
  return {
    summary: overallSummary(workbook, asOf, period),
    charts,
    heat: units.length > 0 ? unitSectionHeat(units) : null,
  };
}
