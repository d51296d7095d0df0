/**
 * The 图表 charts as PNGs for the 统计 sheet, each drawn at the size of its area on the sheet's
 * second page (chartAreas), so its labels print at the size they were drawn. A chart with too
 * many bars is left out before it is drawn: with 1,000 tasks the indicator chart is 11,000 px
 * tall, unreadable on paper, slow to draw and to zip, and near the canvas size limit. Its numbers
 * are in the 量化指标 sheet anyway.
 */
import { buildChartSet } from '../../core/charts/chart-set';
import type { ChartData, ChartId, ChartInput } from '../../core/charts/types';
import { chartAreas } from '../../core/report/build/stats-charts';
import type { ReportImage } from '../../io/excel/reports';
import { renderChartPngs } from '../charts/chart-png';

const MAX_REPORT_CATEGORIES = 40;

/** The doughnuts side by side first, then the bar charts. */
const REPORT_ORDER: readonly ChartId[] = ['status', 'lights', 'sections', 'periods', 'indicators', 'units'];

/** CSS pixels per point: a chart drawn at its area's size in pixels prints 1:1 (96 dpi). */
const PX_PER_PT = 96 / 72;

export interface ReportCharts {
  images: ReportImage[];
  /** Titles of the charts left out for their size. */
  omitted: string[];
}

/** Horizontal bars need room per bar for their label; below that the chart is drawn taller and shrunk. */
function neededHeight(data: ChartData): number {
  if (data.kind !== 'hbar') return 200;
  return 60 + data.categories.length * (10 + 8 * data.series.length);
}

export async function reportChartPngs(doc: Document, input: ChartInput): Promise<ReportCharts> {
  const fits = (data: ChartData) => data.categories.length <= MAX_REPORT_CATEGORIES;
  const { charts } = buildChartSet(input);
  const drawn = charts.filter(fits).sort((a, b) => REPORT_ORDER.indexOf(a.id) - REPORT_ORDER.indexOf(b.id));
  const omitted = charts.filter((d) => !fits(d)).map((d) => d.title);
  const areas = new Map(chartAreas(drawn.length).map((area, i) => [drawn[i]?.id, area]));
  const size = (data: ChartData) => {
    const area = areas.get(data.id);
    if (!area) return undefined;
    const height = Math.round(area.height * PX_PER_PT);
    return { width: Math.round(area.width * PX_PER_PT), height: Math.max(height, neededHeight(data)) };
  };
  // Drawn at 2× so the printed chart stays sharp.
  const pngs = await renderChartPngs(doc, input, { pixelRatio: 2, include: fits, size });
  pngs.sort((a, b) => REPORT_ORDER.indexOf(a.id) - REPORT_ORDER.indexOf(b.id));
  return { images: pngs.map(({ name, png }) => ({ name, png })), omitted };
}
