/**
 * 图表 in real Chromium: the view is built on its own (vite, a one-page entry) with a hand-set
 * huli-2021 workbook, so this test does not wait on the app shell. It checks what the chart.js
 * instances hold, that the bars were drawn to scale, that a click selects the tasks behind a bar,
 * PNG export, print CSS and a 1366×768 fit, with no console errors.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ChartInput } from '../../src/core/charts/types';
import type { ChartSnapshot, ChartsView } from '../../src/ui/charts/charts-view';
import { entry, huliWithProgress } from '../core/charts/progress-fixture';
import { withTasks } from '../helpers/workbook-fixture';
import { chartsSettled } from './chart-driver';
import { launchChromium, openWatchedPage, serveDist, type RunningChromium, type StaticServer } from './harness';

const SCREENSHOTS = resolve('docs/screenshots');
const INPUT: ChartInput = { workbook: huliWithProgress(), asOf: '2021-07-01', period: '全年' };
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'";

/** A page that opens the view and records every selection on `window.__selected`. */
function entrySource(dir: string): string {
  const src = relative(dir, resolve('src')).split('\\').join('/');
  return `
import { openChartsView } from '${src}/ui/charts/charts-view';
import { renderChartPngs } from '${src}/ui/charts/chart-png';
const input = ${JSON.stringify(INPUT)};
const w = window as any;
w.__planLedger = {};
w.__selected = [];
w.__pngs = async () =>
  (await renderChartPngs(document, input)).map((p) => ({ id: p.id, size: p.png.length, head: Array.from(p.png.slice(0, 8)) }));
w.__update = (patch: object) => w.__planLedger.charts.update({ ...input, ...patch });
try {
  await openChartsView(document, document.getElementById('app')!, input, {
    onSelect: (taskKeys: string[], label: string, unit?: string) => w.__selected.push({ taskKeys, label, unit }),
  });
  document.body.dataset.ready = '1';
} catch (error) {
  document.body.dataset.ready = String(error);
}
`;
}

async function buildPage(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'plan-ledger-charts-'));
  writeFileSync(join(dir, 'main.ts'), entrySource(dir));
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="zh-CN"><head><meta charset="UTF-8"><meta http-equiv="Content-Security-Policy" content="${CSP}"><link rel="icon" href="data:,"><title>图表</title></head><body><div id="app"></div><script type="module" src="./main.ts"></script></body></html>`,
  );
  await build({
    root: dir,
    base: './',
    configFile: false,
    logLevel: 'error',
    define: { __DEV__: 'false' },
    build: { outDir: join(dir, 'dist'), target: 'es2022' },
  });
  return dir;
}

/** What the test page puts on `window` (see entrySource). */
interface ChartsPage {
  __planLedger: { charts: ChartsView };
  __selected: { taskKeys: string[]; label: string; unit?: string }[];
  __pngs(): Promise<{ id: string; size: number; head: number[] }[]>;
  __update(patch: Partial<ChartInput>): void;
}

/** The geometry chart.js gave a bar after layout. */
interface BarGeometry {
  x: number;
  y: number;
  base: number;
}

function snapshot(page: Page): Promise<Record<string, ChartSnapshot>> {
  return page.evaluate(() => (window as unknown as ChartsPage).__planLedger.charts.snapshot());
}

describe('图表 view in Chromium', () => {
  let dir: string;
  let server: StaticServer;
  let chromium: RunningChromium;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    dir = await buildPage();
    server = await serveDist(join(dir, 'dist'));
    chromium = await launchChromium();
    ({ page, problems } = await openWatchedPage(chromium.context, server.url));
    await page.waitForSelector('body[data-ready]');
    // Fail at once with the reason rather than on a timeout.
    expect(await page.evaluate(() => document.body.dataset.ready)).toBe('1');
  });

  afterAll(async () => {
    await chromium?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('holds the hand-computed numbers in the chart instances', async () => {
    const charts = await snapshot(page);
    expect(Object.keys(charts)).toEqual(['sections', 'status', 'lights', 'periods']);
    // 一 0.4/3; 二 (1+1+0.5+0)/4; 三 0.9/3 (8 is 不涉及); the rest untouched.
    expect(charts.sections!.datasets[0]!.data).toEqual([13.3, 62.5, 30, 0, 0, 0, 0]);
    expect(charts.sections!.labels[1]).toBe('二、加快推进社会救助体系建设');
    expect(charts.status!.datasets[0]!.data).toEqual([20, 3, 2, 1, 1]);
    // 蓝, 超序时, 序时推进, 略滞后, 滞后, 无 (see tests/core/charts/distribution-charts.test.ts).
    expect(charts.lights!.datasets[0]!.data).toEqual([2, 0, 1, 1, 21, 2]);
    expect(charts.periods!.datasets.map((d) => d.label)).toEqual(['半年', '全年']);
    // 二 at 半年 uses task 6's reported 20%: (1+1+0.2+0)/4.
    expect(charts.periods!.datasets[0]!.data[1]).toBe(55);
    const tiles = await page.locator('[data-testid="chart-summary"]').innerText();
    expect(tiles).toContain('2/26');
    expect(tiles).toContain('14.6%');
  });

  it('draws the section bars to scale', async () => {
    const ends = await page.evaluate(() => {
      const chart = (window as unknown as ChartsPage).__planLedger.charts.charts.get('sections')!;
      const bars = chart.getDatasetMeta(0).data as unknown as BarGeometry[];
      return bars.map((bar) => bar.x - bar.base);
    });
    // Bar lengths proportional to 13.3 : 62.5 : 30.
    expect(ends[1]).toBeGreaterThan(ends[2]);
    expect(ends[2]).toBeGreaterThan(ends[0]);
    expect(ends[0]).toBeGreaterThan(0);
    expect(ends[1] / ends[2]).toBeCloseTo(62.5 / 30, 1);
    expect(ends[3]).toBe(0);
  });

  it('fits 1366×768 without horizontal scrolling', async () => {
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(1366);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await chartsSettled(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'charts-1366x768.png') });
  });

  it('selects the tasks behind a clicked bar', async () => {
    await page.locator('[data-chart-id="sections"]').scrollIntoViewIfNeeded();
    // Scrolling can resize the chart: read the bar only once it has settled.
    await chartsSettled(page);
    // Middle of bar 二, in viewport coordinates (read after scrolling).
    const point = await page.evaluate(() => {
      const chart = (window as unknown as ChartsPage).__planLedger.charts.charts.get('sections')!;
      const bar = chart.getDatasetMeta(0).data[1] as unknown as BarGeometry;
      const box = chart.canvas.getBoundingClientRect();
      return { x: box.left + (bar.x + bar.base) / 2, y: box.top + bar.y };
    });
    await page.mouse.click(point.x, point.y);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as ChartsPage).__selected.at(-1)))
      .toEqual({ taskKeys: ['4', '5', '6', '7'], label: '二、加快推进社会救助体系建设' });
  });

  it('exports PNGs from the view and off-screen', async () => {
    const fromView = await page.evaluate(() => (window as unknown as ChartsPage).__planLedger.charts.toPngs());
    expect(fromView.map((p) => p.name)).toContain('各部分完成率（全年）');
    expect(fromView.every((p) => p.dataUrl.startsWith('data:image/png;base64,'))).toBe(true);
    const offScreen = await page.evaluate(() => (window as unknown as ChartsPage).__pngs());
    expect(offScreen.map((p) => p.id)).toEqual(['sections', 'status', 'lights', 'periods']);
    for (const png of offScreen) {
      expect(png.head).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
      expect(png.size).toBeGreaterThan(5000);
    }
    await page.locator('[data-chart-id="status"] .pl-charts__save').click();
  });

  it('adds targets vs actuals when the plan has indicators', async () => {
    const workbook = withTasks(huliWithProgress(), {
      '13': {
        indicators: [{ text: '新增助餐点83个', value: 83, unit: '个', comparator: '≥', subject: '助餐点' }],
        periods: { 全年: entry({ actuals: [100] }) },
      },
    });
    await page.evaluate((wb) => (window as unknown as ChartsPage).__update({ workbook: wb }), workbook);
    const charts = await snapshot(page);
    // 100 of 83 → 120.5%, not capped; the target bar is 100%.
    expect(charts.indicators!.datasets.map((d) => d.data)).toEqual([[100], [120.5]]);
    const tiles = await page.locator('[data-testid="chart-summary"]').innerText();
    expect(tiles).toContain('1/1');
  });

  it('shows the unit ranking and heat table for a consolidation', async () => {
    await page.evaluate(() =>
      (window as unknown as ChartsPage).__update({
        units: [
          { unit: '殿前街道', rate: 0.5, sections: [{ key: '一', title: '党建', rate: 0.5 }] },
          { unit: '湖里街道', rate: 0.75, sections: [{ key: '一', title: '党建', rate: 1 }] },
        ],
      }),
    );
    const charts = await snapshot(page);
    expect(charts.units!.labels).toEqual(['1. 湖里街道', '2. 殿前街道']);
    expect(charts.units!.datasets[0]!.data).toEqual([75, 50]);
    const rows = await page.locator('.pl-charts__heat tbody tr').allInnerTexts();
    expect(rows.map((r) => r.replace(/\s+/g, ' ').trim())).toEqual(['湖里街道 75% 100%', '殿前街道 50% 50%']);
    await page.evaluate(() => window.scrollTo(0, 0));
    await chartsSettled(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'charts-consolidation-1366x768.png') });
  });

  it('prints one chart per row with the buttons hidden', async () => {
    await page.emulateMedia({ media: 'print' });
    const print = await page.evaluate(() => ({
      columns: getComputedStyle(document.querySelector('.pl-charts__grid')!).gridTemplateColumns.split(' ').length,
      save: getComputedStyle(document.querySelector('.pl-charts__save')!).display,
    }));
    await page.emulateMedia({ media: 'screen' });
    expect(print).toEqual({ columns: 1, save: 'none' });
  });

  it('logged no console errors', () => {
    expect(problems).toEqual([]);
  });
});
