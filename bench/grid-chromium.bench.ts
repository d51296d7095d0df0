/**
 * Grid benchmark in real Chromium: `npx tsx bench/grid-chromium.bench.ts` (or `npm run bench -- grid`).
 *
 * A 5,000-task workbook is stored through the app; then, 7 times (first one reported apart):
 *  - first rows: from the list page, `app.openWorkbook(id)` called → the first task row is in the
 *    grid's DOM and two animation frames have passed (it has been painted). Includes reading the
 *    workbook from IndexedDB (`library.load`), building the page, the grid and its row model.
 *    Then until `openWorkbook` resolves: every task read and shown, edits taken (the first rows are
 *    painted from the first tasks alone, before the rest is read).
 *  - to the end: `api.ensureIndexVisible(last row, 'bottom')` → the row of task 5000 is in the
 *    DOM and two animation frames have passed.
 *  - continuous scroll (bench/grid-scroll.ts): scrollTop += 800 px per animation frame from the
 *    top to the bottom; mean time per frame.
 * Baseline in the same run: a bare AG Grid page (bench/pages/bare-grid.ts) with the same rows and
 * columns as plain strings, same size, scrolled the same way, alternating with the app's grid.
 * CPU profiles of one open and one scroll of each are summarised (top self time).
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import type { Page } from 'playwright-core';
import { assertClean, bigWorkbook, BIG_ID, ms, openBenchSession, stats, storeThroughApp } from './bench-helpers';
import { writeResults } from './bench-results';
import { profiled, sourceMapNamer } from './cpu-profile';
import { scrollToBottom, type ScrollRun } from './grid-scroll';
import type { BareColumn } from './pages/bare-grid';

const TASKS = 5000;
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

/** Build the bare page into the served dist. */
async function buildBarePage(dist: string): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'warn',
    define: { __DEV__: 'false' },
    build: {
      outDir: join(dist, 'bare'),
      emptyOutDir: true,
      lib: {
        entry: resolve('bench/pages/bare-grid.ts'),
        formats: ['iife'],
        name: 'BareGrid',
        fileName: () => 'bare-grid.js',
      },
    },
  });
  writeFileSync(
    join(dist, 'bare-grid.html'),
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>bare grid</title><link rel="icon" href="data:,"></head><body style="margin:0"><div id="grid"></div><script src="bare/bare-grid.js"></script></body></html>',
  );
}

/** Open from the list page → first rows painted; then jump to the end. */
async function openAndJump(page: Page): Promise<{ first: number; ready: number; end: number; rows: number }> {
  await page.evaluate(() => window.__planLedger!.showHome());
  await page.locator('table.workbook-list').waitFor();
  return page.evaluate(async (id) => {
    const app = window.__planLedger!;
    const frame = () => new Promise<void>((ok) => requestAnimationFrame(() => ok()));
    const painted = async (selector: string) => {
      const give = performance.now() + 20_000;
      while (!document.querySelector(selector)) {
        if (performance.now() > give) throw new Error(`never rendered: ${selector}`);
        await frame();
      }
      await frame();
      await frame();
    };
    const start = performance.now();
    const opened = app.openWorkbook(id);
    await painted('.workbook-page .ag-row[row-id="1"]');
    const first = performance.now() - start;
    await opened;
    const ready = performance.now() - start;
    const api = app.page()!.grid().api;
    const rows = api.getDisplayedRowCount();
    const scrollStart = performance.now();
    api.ensureIndexVisible(rows - 1, 'bottom');
    await painted('.workbook-page .ag-row[row-id="5000"]');
    return { first, ready, end: performance.now() - scrollStart, rows };
  }, BIG_ID);
}

/** The app grid's columns, cell texts (as shown) and size: what the bare page is given. */
async function gridSnapshot(page: Page) {
  return page.evaluate(() => {
    const api = window.__planLedger!.page()!.grid().api;
    const columns = api.getAllDisplayedColumns().map((c) => ({
      colId: c.getColId(),
      width: c.getActualWidth(),
      pinned: c.getPinned() === 'left' ? ('left' as const) : null,
    }));
    const rows: Record<string, string>[] = [];
    api.forEachNode((node) => {
      const row: Record<string, string> = { __id: node.id ?? '' };
      for (const c of columns)
        row[c.colId] = String(api.getCellValue({ rowNode: node, colKey: c.colId, useFormatter: true }) ?? '');
      rows.push(row);
    });
    const box = document.querySelector('.workbook-page .grid-host')!.getBoundingClientRect();
    return { columns, rows, width: box.width, height: box.height };
  });
}

async function openBare(page: Page, url: string, snapshot: Awaited<ReturnType<typeof gridSnapshot>>): Promise<void> {
  await page.goto(`${url}bare-grid.html`);
  await page.evaluate(({ columns, rows, width, height }) => {
    const host = document.getElementById('grid')!;
    host.style.width = `${width}px`;
    host.style.height = `${height}px`;
    const make = (window as unknown as { bareGrid(h: HTMLElement, c: BareColumn[], r: object[]): unknown }).bareGrid;
    make(host, columns, rows);
  }, snapshot);
  await page.locator('.ag-row[row-id="1"]').waitFor();
}

const perFrame = (run: ScrollRun) => run.frames.reduce((a, b) => a + b, 0) / run.frames.length;

const session = await openBenchSession();
try {
  const { page } = session;
  await buildBarePage(session.dist);
  const names = sourceMapNamer(session.dist);
  await storeThroughApp(page, bigWorkbook(TASKS));
  const firstRows: number[] = [];
  const ready: number[] = [];
  const toEnd: number[] = [];
  const appScroll: ScrollRun[] = [];
  const bareScroll: ScrollRun[] = [];
  let rowCount = 0;
  await profiled(page, 'grid-open', () => openAndJump(page), names);
  await profiled(page, 'grid-scroll', () => page.evaluate(scrollToBottom), names);
  const snapshot = await gridSnapshot(page);
  const appUrl = page.url();
  await openBare(page, session.url, snapshot);
  await profiled(page, 'bare-grid-scroll', () => page.evaluate(scrollToBottom), names);
  // Alternate the two pages so both see the same machine load.
  for (let run = 0; run < RUNS; run++) {
    await page.goto(appUrl);
    await page.waitForFunction(() => window.__planLedger !== undefined);
    const result = await openAndJump(page);
    firstRows.push(result.first);
    ready.push(result.ready);
    toEnd.push(result.end);
    rowCount = result.rows;
    appScroll.push(await page.evaluate(scrollToBottom));
    await openBare(page, session.url, snapshot);
    bareScroll.push(await page.evaluate(scrollToBottom));
  }

  const warm = (values: number[]) => stats(values.slice(1));
  const frameMs = (runs: ScrollRun[]) => runs.map(perFrame);
  const worst = (runs: ScrollRun[]) => runs.map((r) => Math.max(...r.frames));
  console.log(
    `Chromium ${session.chrome.browser.version()}; ${TASKS} tasks (${rowCount} grid rows with section bands, ${snapshot.columns.length} columns); grid ${Math.round(snapshot.width)}×${Math.round(snapshot.height)} in a 1366×768 window; ${RUNS} runs, the first reported apart.`,
  );
  console.log('');
  console.log('| grid | first run (ms) | later runs p50 (ms) | later runs max (ms) |');
  console.log('|---|---:|---:|---:|');
  const line = (label: string, values: number[]) =>
    console.log(`| ${label} | ${ms(values[0] ?? NaN)} | ${ms(warm(values).p50)} | ${ms(warm(values).max)} |`);
  line('open → first rows painted (incl. IndexedDB load)', firstRows);
  line('open → every task read and editable (`openWorkbook` resolved)', ready);
  line('jump to the last row (`ensureIndexVisible`) → painted', toEnd);
  line(`continuous scroll, app grid: ms per frame (${appScroll[0]?.frames.length} frames)`, frameMs(appScroll));
  line('… its slowest frame', worst(appScroll));
  line(`continuous scroll, bare AG Grid: ms per frame (${bareScroll[0]?.frames.length} frames)`, frameMs(bareScroll));
  line('… its slowest frame', worst(bareScroll));
  const appFrame = stats(frameMs(appScroll)).p50;
  const bareFrame = stats(frameMs(bareScroll)).p50;
  console.log('');
  console.log(`Scroll per frame, app / bare (p50 of ${RUNS}): ${(appFrame / bareFrame).toFixed(2)}× (goal ≤ 1.5×)`);
  console.log(`Open → first rows, p50 of later runs: ${ms(warm(firstRows).p50)} ms (goal ≤ 300 ms)`);
  writeResults('grid-chromium', {
    tasks: TASKS,
    rows: rowCount,
    runs: RUNS,
    open_5000_first_rows_ms: warm(firstRows).p50,
    open_5000_first_rows_first_run_ms: firstRows[0] ?? NaN,
    open_5000_first_rows_max_ms: warm(firstRows).max,
    open_5000_ready_ms: warm(ready).p50,
    jump_to_end_ms: warm(toEnd).p50,
    scroll_frame_ms: appFrame,
    scroll_frame_worst_ms: stats(worst(appScroll)).p50,
    bare_scroll_frame_ms: bareFrame,
    bare_scroll_frame_worst_ms: stats(worst(bareScroll)).p50,
    scroll_frame_over_bare: appFrame / bareFrame,
  });
  assertClean(session);
} finally {
  await session.close();
}
