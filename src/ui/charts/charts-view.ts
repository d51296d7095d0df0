/**
 * 图表: the headline figures, the charts and (for a consolidation) the heat table, for one date
 * and period. chart.js is loaded on first open. The view only draws `buildChartSet`'s output; the
 * date and periods picked here are UI state, reported through `onInputChange`, never saved here.
 */
import { buildChartSet, type ChartSet } from '../../core/charts/chart-set';
import { comparisonPeriods } from '../../core/charts/section-charts';
import type { ChartId, ChartInput } from '../../core/charts/types';
import { PERIODS, type Period } from '../../core/workbook/types';
import { clear, h } from '../dom';
import { appendChartCard } from './chart-card';
import { loadChartJs, type Chart, type ChartModule } from './chart-loader';
import { chartDataUrl } from './chart-png';
import { heatTable } from './heat-table';
import { summaryTiles, type SelectHandler } from './summary-tiles';
import './charts.css';

export interface ChartHandlers {
  /** A bar, slice or tile was clicked: filter the grid to these tasks (or to `unit` in a consolidation). */
  onSelect: SelectHandler;
  /** The user picked another date or period in the view. */
  onInputChange?: (input: ChartInput) => void;
}

/** What a chart instance holds, as plain data: for tests and for checking what was drawn. */
export interface ChartSnapshot {
  labels: string[];
  datasets: { label: string; data: (number | null)[] }[];
}

export interface ChartsView {
  charts: Map<ChartId, Chart>;
  /** The data last drawn. */
  readonly set: ChartSet;
  update(input: ChartInput): void;
  snapshot(): Record<string, ChartSnapshot>;
  toPngs(): Promise<{ name: string; dataUrl: string }[]>;
  destroy(): void;
}

function periodSelect(doc: Document, label: string, value: Period, onChange: (p: Period) => void): HTMLElement {
  const select = h(doc, 'select', { 'aria-label': label }, ...PERIODS.map((p) => h(doc, 'option', { value: p }, p)));
  select.value = value;
  select.addEventListener('change', () => onChange(select.value as Period));
  return h(doc, 'label', {}, `${label} `, select);
}

function controls(doc: Document, input: ChartInput, apply: (next: ChartInput) => void): HTMLElement {
  const date = h(doc, 'input', { type: 'date', value: input.asOf, 'aria-label': '截至日期' });
  date.addEventListener('change', () => {
    if (date.value) apply({ ...input, asOf: date.value });
  });
  const [first, second] = comparisonPeriods(input.period, input.compareWith);
  const other = first === input.period ? second : first;
  return h(
    doc,
    'div',
    { class: 'pl-charts__controls' },
    h(doc, 'label', {}, '截至 ', date),
    periodSelect(doc, '填报期', input.period, (period) => apply({ ...input, period })),
    periodSelect(doc, '对比', other, (compareWith) => apply({ ...input, compareWith })),
    h(doc, 'button', { type: 'button', onclick: () => doc.defaultView?.print() }, '打印'),
  );
}

/** Publishes the view on `window.__planLedger.charts` when the app shell set up that hook (browser tests). */
function expose(doc: Document, view: ChartsView | undefined): void {
  const hook = doc.defaultView?.__planLedger;
  if (hook) hook.charts = view;
}

/** chart.js, or a message in the container saying it could not be loaded (then rethrows). */
async function loadOrReport(doc: Document, container: HTMLElement): Promise<ChartModule> {
  container.replaceChildren(h(doc, 'p', { class: 'pl-charts__status' }, '正在加载图表…'));
  try {
    return await loadChartJs();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const text = `图表组件加载失败，请重新打开“图表”。（${detail}）`;
    container.replaceChildren(h(doc, 'p', { class: 'pl-charts__status', role: 'alert' }, text));
    throw error;
  }
}

/** Print at the paper's width: chart.js does not notice the print layout by itself. */
function resizeAroundPrint(win: Window | null, charts: Map<ChartId, Chart>): () => void {
  const resizeAll = () => charts.forEach((chart) => chart.resize());
  win?.addEventListener('beforeprint', resizeAll);
  win?.addEventListener('afterprint', resizeAll);
  return () => {
    win?.removeEventListener('beforeprint', resizeAll);
    win?.removeEventListener('afterprint', resizeAll);
  };
}

export async function openChartsView(
  doc: Document,
  container: HTMLElement,
  input: ChartInput,
  handlers: ChartHandlers,
): Promise<ChartsView> {
  const mod = await loadOrReport(doc, container);
  const root = h(doc, 'section', { class: 'pl-charts', 'aria-label': '图表' });
  container.replaceChildren(root);
  const charts = new Map<ChartId, Chart>();
  let set: ChartSet | null = null;

  function destroyCharts(): void {
    charts.forEach((chart) => chart.destroy());
    charts.clear();
  }

  function render(next: ChartInput): void {
    destroyCharts();
    clear(root);
    set = buildChartSet(next);
    const apply = (changed: ChartInput) => {
      render(changed);
      handlers.onInputChange?.(changed);
    };
    const grid = h(doc, 'div', { class: 'pl-charts__grid' });
    root.append(controls(doc, next, apply), summaryTiles(doc, set.summary, handlers.onSelect), grid);
    if (set.heat) grid.appendChild(heatTable(doc, set.heat, handlers.onSelect));
    for (const data of set.charts) {
      charts.set(data.id, appendChartCard(doc, grid, mod, data, handlers.onSelect).chart);
    }
  }

  render(input);
  const stopPrintResize = resizeAroundPrint(doc.defaultView, charts);
  const view: ChartsView = {
    charts,
    get set() {
      return set!;
    },
    update: render,
    snapshot: () => snapshot(charts),
    toPngs: async () =>
      [...charts.values()].map((chart) => ({ name: chartTitle(chart), dataUrl: chartDataUrl(chart) })),
    destroy() {
      stopPrintResize();
      destroyCharts();
      root.remove();
      expose(doc, undefined);
    },
  };
  expose(doc, view);
  return view;
}

function chartTitle(chart: Chart): string {
  const text = chart.options.plugins?.title?.text;
  return Array.isArray(text) ? text.join(' ') : (text ?? '');
}

function snapshot(charts: Map<ChartId, Chart>): Record<string, ChartSnapshot> {
  const out: Record<string, ChartSnapshot> = {};
  charts.forEach((chart, id) => {
    out[id] = {
      labels: (chart.data.labels ?? []).map(String),
      datasets: chart.data.datasets.map((d) => ({ label: d.label ?? '', data: d.data as (number | null)[] })),
    };
  });
  return out;
}
