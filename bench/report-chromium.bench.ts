/**
 * Excel report export in real Chromium: `npx tsx bench/report-chromium.bench.ts`.
 *
 * A. In-page timings on a page built from src (vite), 1,000-task workbook, median of 7 after a
 *    warm-up: the report (model + styled ExcelJS write), a bare ExcelJS write of the same cell
 *    values (model built once, outside the timing, as in bench/report.bench.ts), drawing the
 *    统计 charts to PNG, and the report with those PNGs embedded.
 * B. The user's path in the built app: the workbook stored and opened, click 导出半年报表 →
 *    the browser's download event (charts, ExcelJS write, Blob, download), median of 5.
 * Prints a Markdown table.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { build } from 'vite';
import { launchChromium, openWatchedPage, serveDist } from '../tests/browser/harness';
import { assertClean, bigWorkbook, ms, openBenchSession, stats, storeThroughApp } from './bench-helpers';

const TASKS = 1000;
const RUNS = 7;

function entrySource(dir: string): string {
  const src = relative(dir, resolve('src')).split('\\').join('/');
  return `
import { buildPeriodReport } from '${src}/core/report/build-report';
import { exportReport } from '${src}/io/excel/reports';
import { loadExcelJS } from '${src}/io/excel/load-libraries';
import { writeReportXlsx } from '${src}/io/excel/write-xlsx';
import { reportChartPngs } from '${src}/ui/reports/report-charts';

async function bare(report: any): Promise<number> {
  const ExcelJS = await loadExcelJS();
  const book = new ExcelJS.Workbook();
  for (const sheet of report.sheets) {
    const ws = book.addWorksheet(sheet.name);
    for (const row of sheet.rows) ws.addRow(row.cells.map((c) => c.value));
  }
  return (await book.xlsx.writeBuffer()).byteLength;
}

async function time(fn: () => Promise<unknown>, runs: number): Promise<number[]> {
  await fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    out.push(performance.now() - start);
  }
  return out;
}

(window as any).__bench = async (workbook: any, runs: number) => {
  const input = { workbook, period: '半年', asOf: '2021-07-05' };
  const { images, omitted } = await reportChartPngs(document, input);
  const cells = buildPeriodReport(workbook, '半年', '2021-07-05');
  return {
    report: await time(() => exportReport(workbook, '半年', '2021-07-05'), runs),
    write: await time(() => writeReportXlsx(cells), runs),
    bare: await time(() => bare(cells), runs),
    charts: await time(() => reportChartPngs(document, input), runs),
    withCharts: await time(() => exportReport(workbook, '半年', '2021-07-05', images), runs),
    images: images.length,
    omitted,
  };
};
document.body.dataset.ready = '1';
`;
}

const CSP =
  "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'";

async function buildBenchPage(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'plan-ledger-report-bench-'));
  writeFileSync(join(dir, 'main.ts'), entrySource(dir));
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="zh-CN"><head><meta charset="UTF-8"><meta http-equiv="Content-Security-Policy" content="${CSP}"><link rel="icon" href="data:,"><title>bench</title></head><body><script type="module" src="./main.ts"></script></body></html>`,
  );
  await build({
    root: dir,
    base: './',
    configFile: false,
    logLevel: 'error',
    define: { __DEV__: 'false' },
    build: { outDir: join(dir, 'dist'), target: 'es2022', chunkSizeWarningLimit: 5000 },
  });
  return dir;
}

interface InPage {
  report: number[];
  write: number[];
  bare: number[];
  charts: number[];
  withCharts: number[];
  images: number;
  omitted: string[];
}

async function inPage(): Promise<InPage> {
  const dir = await buildBenchPage();
  const server = await serveDist(join(dir, 'dist'));
  const chrome = await launchChromium();
  try {
    await chrome.context.addInitScript({ content: 'window.__name = (fn) => fn;' });
    const { page, problems } = await openWatchedPage(chrome.context, server.url);
    await page.waitForSelector('body[data-ready="1"]', { state: 'attached' });
    const result = await page.evaluate(
      ([wb, runs]) => (window as unknown as { __bench(w: unknown, r: number): Promise<InPage> }).__bench(wb, runs),
      [bigWorkbook(TASKS, 'bench-report'), RUNS] as const,
    );
    if (problems.length) throw new Error(problems.join('\n'));
    return result;
  } finally {
    await chrome.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Click 导出半年报表 on the opened 1,000-task workbook until the download event, `runs` times. */
async function appPath(runs: number): Promise<number[]> {
  const session = await openBenchSession();
  try {
    const { page } = session;
    const wb = bigWorkbook(TASKS, 'bench-report');
    await storeThroughApp(page, wb);
    await page.evaluate((id) => window.__planLedger!.openWorkbook(id), wb.id);
    const button = page.locator('button[data-action="导出半年报表"]');
    const times: number[] = [];
    for (let i = 0; i <= runs; i++) {
      const start = performance.now();
      const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
      times.push(performance.now() - start);
      await download.delete();
    }
    assertClean(session);
    return times;
  } finally {
    await session.close();
  }
}

const a = await inPage();
const b = await appPath(5);
const [firstClick, ...clicks] = b;
const row = (name: string, values: number[], goal = '') => {
  const s = stats(values);
  return `| ${name} | ${goal} | ${ms(s.p50)} | ${ms(s.min)} | ${ms(s.max)} |`;
};
const ratio = stats(a.report).p50 / stats(a.bare).p50;
console.log(`\nChromium, ${TASKS} tasks, half-year report; in-page runs: ${RUNS} after a warm-up\n`);
console.log('| Step | Goal | Median ms | Min ms | Max ms |');
console.log('| --- | --- | --- | --- | --- |');
console.log(row('Report: model + styled ExcelJS write (no charts)', a.report, '< 1000'));
console.log(row('Styled ExcelJS write only (model built beforehand)', a.write));
console.log(row('Bare ExcelJS write of the same cell values', a.bare));
console.log(`| Ratio report (model + write) / bare, medians | ≤ 1.3× | ${ratio.toFixed(2)}× | | |`);
console.log(`| Ratio styled write / bare, medians | | ${(stats(a.write).p50 / stats(a.bare).p50).toFixed(2)}× | | |`);
console.log(row(`Draw the ${a.images} 统计 charts to PNG (chart.js, 2× pixels)`, a.charts));
if (a.omitted.length) console.log(`| (left out for size: ${a.omitted.join('; ')}) | | | | |`);
console.log(row(`Report with the ${a.images} PNGs embedded`, a.withCharts));
console.log(row('App: click 导出半年报表 → download event (first click)', [firstClick!]));
console.log(row('App: click 导出半年报表 → download event (later clicks)', clicks, '< 1000'));
