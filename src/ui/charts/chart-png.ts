/**
 * Charts as PNG: saved from the view (保存图片), and drawn off-screen for the Excel 统计 sheet so
 * the workbook embeds exactly what the view shows.
 */
import { buildChartSet } from '../../core/charts/chart-set';
import type { ChartData, ChartId, ChartInput } from '../../core/charts/types';
import { downloadBytes } from '../dom';
import { chartConfig } from './chart-config';
import { loadChartJs, type Chart } from './chart-loader';

/** Pixel height a chart needs: horizontal bars grow with their rows so Chinese labels never overlap. */
export function chartHeight(data: ChartData): number {
  if (data.kind === 'doughnut') return 260;
  if (data.kind === 'bar') return 300;
  const rowHeight = 14 + 16 * data.series.length;
  return Math.max(220, 70 + data.categories.length * rowHeight);
}

/** Characters Windows refuses in file names, replaced so the download keeps its Chinese name. */
export function pngFileName(title: string): string {
  return `${title.replace(/[\\/:*?"<>|]/g, '_')}.png`;
}

export function dataUrlBytes(dataUrl: string): Uint8Array {
  const binary = atob(dataUrl.slice(dataUrl.indexOf(',') + 1));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The final frame, never one caught mid-animation. */
export function chartDataUrl(chart: Chart): string {
  chart.stop();
  chart.update('none');
  return chart.toBase64Image('image/png', 1);
}

export function saveChartPng(doc: Document, chart: Chart, title: string): void {
  downloadBytes(doc, pngFileName(title), dataUrlBytes(chartDataUrl(chart)), 'image/png');
}

export interface RenderOptions {
  /** CSS pixels; the PNG is `pixelRatio` times larger. */
  width?: number;
  pixelRatio?: number;
  /** Which charts to draw; all when absent. */
  include?: (data: ChartData) => boolean;
  /** CSS pixel size of one chart, instead of `width` and the chart's own height. */
  size?: (data: ChartData) => { width: number; height: number } | undefined;
}

export interface ChartPng {
  id: ChartId;
  name: string;
  png: Uint8Array;
}

/**
 * Draw every chart of the input on a detached canvas and return PNG bytes. Not responsive and not
 * animated, so chart.js draws synchronously at the canvas size.
 */
export async function renderChartPngs(
  doc: Document,
  input: ChartInput,
  options: RenderOptions = {},
): Promise<ChartPng[]> {
  const { Chart } = await loadChartJs();
  const out: ChartPng[] = [];
  for (const data of buildChartSet(input).charts) {
    if (options.include && !options.include(data)) continue;
    const canvas = doc.createElement('canvas');
    const size = options.size?.(data);
    canvas.width = size?.width ?? options.width ?? 720;
    canvas.height = size?.height ?? chartHeight(data);
    const config = chartConfig(data, {
      responsive: false,
      animation: false,
      devicePixelRatio: options.pixelRatio ?? 2,
    });
    const chart = new Chart(canvas, config);
    try {
      out.push({ id: data.id, name: data.title, png: dataUrlBytes(chart.toBase64Image('image/png', 1)) });
    } finally {
      chart.destroy();
    }
  }
  return out;
}
