/**
 * 汇总 at district scale in real Chromium: `npx tsx bench/consolidate-chromium.bench.ts` (or
 * `npm run bench -- consolidate`).
 *
 * Unit files are the app's own half-year exports (Node, ExcelJS), each unit a different 街道,
 * cached in the temp dir between runs. Through the built app's UI, from the list page (no plan
 * open, so the files are merged by what they say): 汇总多个单位 → the file chooser gets the
 * files → timed in the page from the progress dialog appearing to the summary dialog appearing
 * (reading, merging, the summary's tables and chart). Meanwhile the page records its longest gap
 * between animation frames (is it responsive?) and how often the progress bar moved; Node samples
 * the RSS of Chromium's processes (page and workers) for the peak.
 *  - 50 files × 40 tasks, 3 runs; 500 files × 60 tasks, 2 runs.
 *  - 取消: 500 files again, 取消 clicked in the page once 20 files are read → the progress dialog
 *    closed (how fast 取消 takes effect); nothing is shown.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { exportReport } from '../src/io/excel/reports';
import { assertClean, bigWorkbook, openBenchSession, stats } from './bench-helpers';
import { writeResults } from './bench-results';
import { chooseFiles, type UploadFile } from '../tests/browser/reports-driver';

/** `units` half-year files of a `tasks`-task plan, written once and kept in the temp dir. */
async function unitFiles(units: number, tasks: number): Promise<UploadFile[]> {
  const dir = join(tmpdir(), `plan-ledger-bench-units-${units}x${tasks}`);
  if (!existsSync(dir) || readdirSync(dir).length < units) {
    mkdirSync(dir, { recursive: true });
    const base = bigWorkbook(tasks, `units-${tasks}`);
    for (let u = 0; u < units; u++) {
      const unit = `第${u + 1}街道`;
      const file = await exportReport({ ...base, unit }, '半年', '2021-07-05');
      writeFileSync(join(dir, `${String(u + 1).padStart(4, '0')}-${file.fileName}`), file.bytes);
    }
  }
  return readdirSync(dir)
    .sort()
    .slice(0, units)
    .map((name) => ({ name: name.slice(5), buffer: readFileSync(join(dir, name)) }));
}

/** Sum of the resident memory of every process under Chromium's own (page, workers, GPU…), MB. */
function chromiumRssMb(rootPid: number): number {
  const out = spawnSync('ps', ['-e', '-o', 'pid=,ppid=,rss='], { encoding: 'utf8' }).stdout;
  const rows = out
    .trim()
    .split('\n')
    .map((l) => l.trim().split(/\s+/).map(Number) as [number, number, number]);
  const inTree = new Set([rootPid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, ppid] of rows)
      if (inTree.has(ppid) && !inTree.has(pid)) {
        inTree.add(pid);
        grew = true;
      }
  }
  return rows.filter(([pid]) => inTree.has(pid)).reduce((sum, [, , rss]) => sum + rss, 0) / 1024;
}

/** In the page: when the progress and summary dialogs appear, the longest frame gap, bar moves. */
async function watchRun(page: Page, cancelAfter: number | null): Promise<void> {
  await page.evaluate((cancelAt) => {
    const w = window as unknown as { __run: Record<string, number> };
    const run: Record<string, number> = { maxGap: 0, moves: 0 };
    w.__run = run;
    let last = -1;
    let lastFrame = performance.now();
    const tick = () => {
      const now = performance.now();
      // Open only: a closed dialog stays in the DOM until its close event has run, which comes after
      // the merge and the summary are built, and that time is not the reading's.
      const progress = document.querySelector('dialog[aria-label="正在汇总"][open]');
      if (progress && run.progressAt === undefined) run.progressAt = now;
      if (progress) run.maxGap = Math.max(run.maxGap, now - lastFrame);
      const bar = progress?.querySelector('progress');
      if (bar && bar.value !== last) {
        last = bar.value;
        run.moves += 1;
        if (cancelAt !== null && bar.value >= cancelAt && run.cancelAt === undefined) {
          run.cancelAt = performance.now();
          progress!.querySelector<HTMLButtonElement>('.dialog-actions button')!.click();
        }
      }
      if (run.cancelAt !== undefined && !progress && run.cancelledAt === undefined) run.cancelledAt = now;
      if (document.querySelector('dialog.pl-reports--summary') && run.summaryAt === undefined) run.summaryAt = now;
      lastFrame = now;
      if (run.summaryAt === undefined && run.cancelledAt === undefined) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, cancelAfter);
}

interface Run {
  seconds: number;
  maxGapMs: number;
  moves: number;
  peakMb: number;
  baseMb: number;
  cancelMs?: number;
  /** From the app's performance marks: reading the files, merging, then until the summary shows. */
  readS?: number;
  mergeS?: number;
  viewS?: number;
}

/** The phases of the run just finished, from the marks consolidate-action.ts sets; then clears them. */
async function phases(page: Page, summaryAt: number | undefined): Promise<Pick<Run, 'readS' | 'mergeS' | 'viewS'>> {
  const marks = await page.evaluate(() => {
    const at = (name: string) => performance.getEntriesByName(`plan-ledger:consolidate:${name}`).at(-1)?.startTime;
    const out = { start: at('read-start'), read: at('read-end'), merged: at('merged') };
    performance.clearMarks();
    return out;
  });
  const span = (a?: number, b?: number) => (a === undefined || b === undefined ? undefined : (b - a) / 1000);
  return {
    readS: span(marks.start, marks.read),
    mergeS: span(marks.read, marks.merged),
    viewS: span(marks.merged, summaryAt),
  };
}

async function oneRun(page: Page, files: UploadFile[], pid: number, cancelAfter: number | null = null): Promise<Run> {
  await page.evaluate(() => window.__planLedger!.showHome());
  await page.locator('table.workbook-list').waitFor();
  const baseMb = chromiumRssMb(pid);
  let peakMb = baseMb;
  const sampler = setInterval(() => (peakMb = Math.max(peakMb, chromiumRssMb(pid))), 250);
  try {
    await watchRun(page, cancelAfter);
    await chooseFiles(page, '汇总多个单位', files);
    const done =
      cancelAfter === null
        ? () => (window as unknown as { __run: Record<string, number> }).__run.summaryAt !== undefined
        : () => (window as unknown as { __run: Record<string, number> }).__run.cancelledAt !== undefined;
    await page.waitForFunction(done, undefined, { timeout: 600_000, polling: 200 });
    const run = await page.evaluate(() => (window as unknown as { __run: Record<string, number> }).__run);
    if (cancelAfter === null) {
      await page.waitForFunction(() => window.__planLedger!.consolidation?.ranking);
      const units = await page.evaluate(() => window.__planLedger!.consolidation!.result.units.length);
      if (units !== files.length) throw new Error(`${units} of ${files.length} units merged`);
      await page.locator('dialog.pl-reports--summary').getByRole('button', { name: '关闭' }).click();
    } else {
      await page.locator('.toast', { hasText: '已取消汇总' }).waitFor();
      if (await page.locator('dialog.pl-reports--summary').count()) throw new Error('a summary after 取消');
    }
    const end = run.summaryAt ?? run.cancelledAt ?? NaN;
    return {
      ...(await phases(page, run.summaryAt)),
      seconds: (end - (run.progressAt ?? NaN)) / 1000,
      maxGapMs: run.maxGap ?? NaN,
      moves: run.moves ?? 0,
      peakMb,
      baseMb,
      ...(run.cancelAt !== undefined ? { cancelMs: (run.cancelledAt ?? NaN) - run.cancelAt } : {}),
    };
  } finally {
    clearInterval(sampler);
  }
}

/** `CONSOLIDATE_QUICK=1`: only the 50 × 40 runs, to look at a change quickly (writes no results). */
const quick = process.env.CONSOLIDATE_QUICK === '1';
const small = await unitFiles(50, 40);
const large = quick ? [] : await unitFiles(500, 60);
const session = await openBenchSession();
try {
  const { page } = session;
  // Handing 500 files to a page that reads them on its own thread can take longer than 30 s.
  page.setDefaultTimeout(600_000);
  const pid = session.chrome.process.pid!;
  const smallRuns: Run[] = [];
  for (let i = 0; i < 3; i++) smallRuns.push(await oneRun(page, small, pid));
  if (quick) for (const r of smallRuns) console.log(JSON.stringify(r));
  else {
    const largeRuns: Run[] = [];
    for (let i = 0; i < 2; i++) largeRuns.push(await oneRun(page, large, pid));
    const cancel = await oneRun(page, large, pid, 20);
    assertClean(session);

    const s = (x?: number) => (x === undefined ? '–' : x.toFixed(2));
    const row = (label: string, r: Run) =>
      console.log(
        `| ${label} | ${r.seconds.toFixed(2)} | ${s(r.readS)} | ${s(r.mergeS)} | ${s(r.viewS)} | ${r.maxGapMs.toFixed(0)} | ${r.moves} | ${r.baseMb.toFixed(0)} → ${r.peakMb.toFixed(0)} |`,
      );
    console.log(`Chromium ${session.chrome.browser.version()}; files read through the app's 汇总多个单位.`);
    console.log('');
    console.log(
      '| run | seconds | read (s) | merge (s) | to summary shown (s) | longest frame gap (ms) | progress moves | Chromium RSS MB (before → peak) |',
    );
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
    smallRuns.forEach((r, i) => row(`50 × 40, run ${i + 1}`, r));
    largeRuns.forEach((r, i) => row(`500 × 60, run ${i + 1}`, r));
    row('500 × 60, 取消 after 20 files (seconds until closed)', cancel);
    console.log('');
    console.log(`取消 → progress closed: ${cancel.cancelMs?.toFixed(0)} ms (goal ≤ 200 ms)`);
    const largeS = stats(largeRuns.map((r) => r.seconds)).min;
    console.log(
      `500 × 60: ${largeS.toFixed(1)} s (goal ≤ 20 s); 50 × 40: ${stats(smallRuns.map((r) => r.seconds)).p50.toFixed(2)} s (goal < 1 s)`,
    );
    writeResults('consolidate-chromium', {
      consolidate_50x40_s: stats(smallRuns.map((r) => r.seconds)).p50,
      consolidate_500x60_s: largeS,
      consolidate_500x60_max_s: stats(largeRuns.map((r) => r.seconds)).max,
      consolidate_peak_mb: Math.max(...largeRuns.map((r) => r.peakMb)),
      consolidate_base_mb: Math.min(...largeRuns.map((r) => r.baseMb)),
      consolidate_longest_frame_gap_ms: Math.max(...largeRuns.map((r) => r.maxGapMs)),
      consolidate_progress_moves: largeRuns[0]?.moves ?? 0,
      consolidate_cancel_ms: cancel.cancelMs ?? NaN,
    });
  }
} finally {
  await session.close();
}
