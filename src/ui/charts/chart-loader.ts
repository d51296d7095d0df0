/**
 * The one door to chart.js: loaded on first use with `import()` so the grid never waits for it.
 * The registration lives in `chart-parts.ts`, which names its imports so the rest of chart.js is
 * tree-shaken out of the lazy chunk (`import('chart.js')` itself would keep all of it).
 */
import type { Chart } from 'chart.js';

export type ChartModule = typeof import('./chart-parts');

let loading: Promise<ChartModule> | null = null;

/** Cached; a failed load is forgotten so that opening 图表 again really tries again. */
export function loadChartJs(): Promise<ChartModule> {
  loading ??= import('./chart-parts').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

export type { Chart };
