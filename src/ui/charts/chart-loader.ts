/**
 * The one door to chart.js: loaded on first use (see io/lazy.ts) so the grid never waits for it.
 * The registration lives in `chart-parts.ts`, which names its imports so the rest of chart.js is
 * tree-shaken out of the lazy chunk (`import('chart.js')` itself would keep all of it).
 */
import type { Chart } from 'chart.js';
import { lazy } from '../../io/lazy';

export type ChartModule = typeof import('./chart-parts');

export const loadChartJs = lazy<ChartModule>(() => import('./chart-parts'));

export type { Chart };
