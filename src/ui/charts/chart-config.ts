/**
 * ChartData (pure, from src/core/charts) → a chart.js configuration. Only mapping and Chinese
 * formatting happen here; every number was computed in the core.
 */
import type { ChartConfiguration, ChartEvent, ActiveElement, Chart, Plugin, TooltipItem } from 'chart.js';
import type { ChartData } from '../../core/charts/types';

export type ChartJsType = 'bar' | 'doughnut';

export interface ConfigOptions {
  /** Called with the index of the clicked category. */
  onSelect?: (categoryIndex: number) => void;
  /** Off for off-screen rendering: the PNG must show the final frame. */
  animation?: boolean;
  responsive?: boolean;
  devicePixelRatio?: number;
}

/** PNGs are transparent by default; a white ground keeps them readable in Excel and on paper. */
const whiteBackground: Plugin = {
  id: 'planLedgerWhiteBackground',
  beforeDraw(chart) {
    const { ctx } = chart;
    ctx.save();
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, chart.width, chart.height);
    ctx.restore();
  },
};

function formatValue(data: ChartData, value: number | null): string {
  if (value === null) return '无数据';
  return data.unit === '%' ? `${value}%` : `${value}项`;
}

function tooltipCallbacks(data: ChartData) {
  const total = data.series[0]?.values.reduce<number>((sum, v) => sum + (v ?? 0), 0) ?? 0;
  return {
    title: (items: TooltipItem<ChartJsType>[]) => data.categories[items[0]?.dataIndex ?? 0]?.title ?? '',
    label: (item: TooltipItem<ChartJsType>) => {
      const value = data.series[item.datasetIndex]?.values[item.dataIndex] ?? null;
      if (data.kind !== 'doughnut')
        return `${data.series[item.datasetIndex]?.label ?? ''}：${formatValue(data, value)}`;
      const share = total > 0 && value !== null ? Math.round((value / total) * 1000) / 10 : 0;
      return `${formatValue(data, value)}（${share}%）`;
    },
    afterBody: (items: TooltipItem<ChartJsType>[]) => data.categories[items[0]?.dataIndex ?? 0]?.details ?? [],
  };
}

function valueScale(data: ChartData) {
  const percent = data.unit === '%';
  return {
    min: 0,
    // Sections cannot pass 100%, indicators can (over-fulfilment): suggest the limit, do not fix it.
    ...(percent ? { suggestedMax: 100 } : {}),
    ticks: { precision: 0, callback: (v: string | number) => (percent ? `${v}%` : `${v}`) },
  };
}

export function chartConfig(data: ChartData, options: ConfigOptions = {}): ChartConfiguration<ChartJsType> {
  const doughnut = data.kind === 'doughnut';
  const horizontal = data.kind === 'hbar';
  return {
    type: doughnut ? 'doughnut' : 'bar',
    data: {
      labels: data.categories.map((c) => c.label),
      datasets: data.series.map((s) => ({
        label: s.label,
        data: s.values,
        backgroundColor: s.color,
        borderColor: doughnut ? '#ffffff' : s.color,
        borderWidth: doughnut ? 2 : 0,
      })),
    },
    options: {
      responsive: options.responsive ?? true,
      maintainAspectRatio: false,
      animation: options.animation === false ? false : { duration: 300 },
      ...(options.devicePixelRatio ? { devicePixelRatio: options.devicePixelRatio } : {}),
      ...(doughnut ? {} : { indexAxis: horizontal ? 'y' : 'x' }),
      scales: doughnut
        ? {}
        : { [horizontal ? 'x' : 'y']: valueScale(data), [horizontal ? 'y' : 'x']: { ticks: { autoSkip: false } } },
      plugins: {
        title: { display: true, text: data.title, font: { size: 15, weight: 'bold' } },
        legend: { display: doughnut || data.series.length > 1, position: doughnut ? 'right' : 'top' },
        tooltip: { callbacks: tooltipCallbacks(data) },
      },
      onClick: (_event: ChartEvent, elements: ActiveElement[], _chart: Chart) => {
        const hit = elements[0];
        if (hit && options.onSelect) options.onSelect(hit.index);
      },
    },
    plugins: [whiteBackground],
  };
}
