/**
 * The chart.js pieces our charts use, registered once when this module is first evaluated. Named
 * imports (not a namespace) so the bundler can drop every other controller, scale and plugin;
 * only `chart-loader.ts` may import this module, and only with `import()`.
 */
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Legend,
  LinearScale,
  Title,
  Tooltip,
} from 'chart.js';

/** Prefer the CJK faces offices have: Noto/Source Han on Linux, YaHei on Windows, PingFang on macOS. */
export const CHART_FONT_FAMILY =
  '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", sans-serif';

Chart.register(
  BarController,
  BarElement,
  DoughnutController,
  ArcElement,
  CategoryScale,
  LinearScale,
  Tooltip,
  Legend,
  Title,
);
Chart.defaults.font.family = CHART_FONT_FAMILY;
Chart.defaults.color = '#1f2937';

export { Chart };
