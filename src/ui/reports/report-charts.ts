/**
 * The 图表 charts as PNGs for the 统计 sheet. A chart with too many bars is left out before it is
 * drawn: with 1,000 tasks the indicator chart is 11,000 px tall, unreadable on paper, slow to draw
 * and to zip, and near the canvas size limit. Its numbers are in the 量化指标 sheet anyway.
 */
import type { ChartInput } from '../../core/charts/types';
import type { ReportImage } from '../../io/excel/reports';
import { renderChartPngs } from '../charts/chart-png';

export const MAX_REPORT_CATEGORIES = 40;

export interface ReportCharts {
  images: ReportImage[];
  /** Titles of the charts left out for their size. */
  omitted: string[];
}

export async function reportChartPngs(doc: Document, input: ChartInput): Promise<ReportCharts> {
  const omitted: string[] = [];
  const include = (data: { title: string; categories: readonly unknown[] }) => {
    if (data.categories.length <= MAX_REPORT_CATEGORIES) return true;
    omitted.push(data.title);
    return false;
  };
  // 720 CSS pixels drawn at 2× so the printed chart stays sharp.
  const pngs = await renderChartPngs(doc, input, { width: 720, pixelRatio: 2, include });
  return { images: pngs.map(({ name, png }) => ({ name, png })), omitted };
}
