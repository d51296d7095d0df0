/**
 * Shared plumbing of the Chromium benchmarks: build the app into a temp dir (never dist/, which
 * other runs may be serving), serve it, open it in a fresh Chromium profile, and make a large
 * workbook from the built-in sample plan.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { parsePlan } from '../src/core/plan/parse-plan';
import { createWorkbook } from '../src/core/workbook/create-workbook';
import type { TaskRecord, Workbook } from '../src/core/workbook/types';
import { launchChromium, openWatchedPage, serveDist, type RunningChromium } from '../tests/browser/harness';
import { waitForApp } from '../tests/browser/app-driver';

export const BIG_ID = 'bench-5000';

/** `vite build` into a fresh temp dir; returns the dir. */
export function buildApp(): string {
  const outDir = mkdtempSync(join(tmpdir(), 'plan-ledger-bench-dist-'));
  // Source maps let the CPU profiles name our minified functions (bench/cpu-profile.ts).
  const result = spawnSync(
    'npx',
    ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--sourcemap', '--logLevel', 'warn'],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  if (result.status !== 0) throw new Error(`vite build failed (${result.status})`);
  return outDir;
}

export interface BenchSession {
  /** The built app being served (a benchmark may add pages of its own to it). */
  dist: string;
  url: string;
  chrome: RunningChromium;
  page: Page;
  /** Console errors and the like seen by the page (a benchmark of a broken page is worthless). */
  problems: string[];
  close(): Promise<void>;
}

/** Build, serve and open the app in a fresh profile, booted (the sample workbook is open). */
export async function openBenchSession(): Promise<BenchSession> {
  const dist = buildApp();
  const server = await serveDist(dist);
  const chrome = await launchChromium();
  // tsx compiles with keepNames, which wraps functions passed to page.evaluate in a `__name`
  // helper that exists only in Node; give the page a no-op one.
  await chrome.context.addInitScript({ content: 'window.__name = (fn) => fn;' });
  const { page, problems } = await openWatchedPage(chrome.context, server.url);
  await waitForApp(page);
  return {
    dist,
    url: server.url,
    chrome,
    page,
    problems,
    async close() {
      await chrome.close();
      await server.close();
      for (const dir of [dist, chrome.profileDir]) {
        try {
          rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
        } catch {
          // Chromium's helpers may still hold the profile for a moment: a leftover temp dir is harmless.
        }
      }
    },
  };
}

/**
 * An `n`-task workbook from the built-in sample plan (its real task texts and sections), each
 * sample task repeated in a block so sections stay contiguous, with half-year progress filled in
 * as a unit would by mid-year.
 */
export function bigWorkbook(n: number, id = BIG_ID): Workbook {
  const text = readFileSync(resolve('public/sample-plan.txt'), 'utf8');
  const base = createWorkbook(parsePlan(text).plan, {
    id,
    unit: '殿前街道',
    name: `基准测试 ${n} 项`,
    sourceText: text,
    now: '2021-06-30T00:00:00.000Z',
  });
  const templates = base.tasks;
  const tasks: TaskRecord[] = Array.from({ length: n }, (_, i) => {
    const template = templates[Math.floor((i * templates.length) / n)] as TaskRecord;
    const percent = (i * 37) % 101;
    return {
      ...template,
      key: String(i + 1),
      leadUnit: '区民政局',
      partnerUnits: '各街道、区财政局',
      owner: '张三',
      periods: {
        半年: {
          status: percent === 100 ? '已完成' : percent > 0 ? '推进中' : '未启动',
          progress: `第${i + 1}项任务上半年已完成调研和部署，召开推进会${i % 5}次，印发实施方案，正在按计划推进。`,
          percent,
          problems: i % 3 ? '' : '人手不足，部分社区进度偏慢。',
          nextSteps: '下半年继续推进，加强督查。',
          actuals: template.indicators.map(() => null),
        },
      },
    };
  });
  return { ...base, tasks };
}

/** Store `workbook` through the app's own library (one transaction), as an import would. */
export async function storeThroughApp(page: Page, workbook: Workbook): Promise<number> {
  return page.evaluate(async (wb) => {
    const app = window.__planLedger!;
    const start = performance.now();
    await app.library.create(wb);
    return performance.now() - start;
  }, workbook);
}

export interface Stats {
  n: number;
  p50: number;
  p95: number;
  min: number;
  max: number;
}

export function stats(values: readonly number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { n: sorted.length, p50: at(0.5), p95: at(0.95), min: sorted[0] ?? NaN, max: sorted.at(-1) ?? NaN };
}

export const ms = (value: number): string => (Number.isFinite(value) ? value.toFixed(1) : '—');

/** Fail loudly if the page logged errors while being measured. */
export function assertClean(session: BenchSession): void {
  if (session.problems.length > 0)
    throw new Error(`page problems during the benchmark:\n${session.problems.join('\n')}`);
}
