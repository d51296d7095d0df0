/**
 * The 图表 charts as PNGs for the 统计 sheet. Like `renderChartPngs`, but a chart with too many
 * bars is left out before it is drawn: with 1,000 tasks the indicator chart is 11,000 px tall,
 * unreadable on paper, slow to draw and to zip, and near the canvas size limit. Its numbers are
 * in the 量化指标 sheet anyway.
 */
import { buildChartSet } from '../../core/charts/chart-set';
import type { ChartInput } from '../../core/charts/types';
import type { ReportImage } from '../../io/excel/reports';
import { chartConfig } from '../charts/chart-config';
import { loadChartJs } from '../charts/chart-loader';
import { chartHeight, dataUrlBytes } from '../charts/chart-png';

export const MAX_REPORT_CATEGORIES = 40;
/** CSS pixels; drawn at 2× so the printed chart stays sharp. */
const WIDTH = 720;
const PIXEL_RATIO = 2;

export interface ReportCharts {
  images: ReportImage[];
  /** Titles of the charts left out for their size. */
  omitted: string[];
}

export async function reportChartPngs(doc: Document, input: ChartInput): Promise<ReportCharts> {
  const { Chart } = await loadChartJs();
  const out: ReportCharts = { images: [], omitted: [] };
  for (const data of buildChartSet(input).charts) {
    if (data.categories.length > MAX_REPORT_CATEGORIES) {
      out.omitted.push(data.title);
      continue;
    }
    const canvas = doc.createElement('canvas');
    canvas.width = WIDTH;
    canvas.height = chartHeight(data);
    // Not responsive and not animated: chart.js draws synchronously at the canvas size.
    const config = chartConfig(data, { responsive: false, animation: false, devicePixelRatio: PIXEL_RATIO });
    const chart = new Chart(canvas, config);
    try {
      out.images.push({ name: data.title, png: dataUrlBytes(chart.toBase64Image('image/png', 1)) });
    } finally {
      chart.destroy();
    }
  }
  return out;
}
