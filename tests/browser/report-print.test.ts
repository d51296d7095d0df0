/**
 * The reports as a district office prints them: exported from the app (real charts, the export
 * dialog, 台账设置) and printed to PDF by LibreOffice. The half-year report of a unit whose task 3
 * has a 30-item 进展情况 prints on A4 landscape with body text of at least 9 pt, no row over 409 pt,
 * the long text's last sentence on paper, no section band last on a page, and 统计 on two pages
 * with every chart whole on one; the full ledger prints on A3 at 8 pt or more. Pages 1–2 of
 * 推进情况 and both pages of 统计 are kept in docs/screenshots.
 * Set PLAN_LEDGER_SKIP_SOFFICE=1 to skip where LibreOffice cannot be installed.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useAppSession } from './app-session';
import { waitForApp } from './app-driver';
import { action, exportThroughDialog } from './reports-driver';
import { footerOf, glyphSizes, imagePages, pagePng, printToPdf, readPdf, SKIP_SOFFICE } from '../helpers/libreoffice';

const SCREENSHOTS = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'plan-ledger-print-'));
const LAST_ITEM = '30.全年目标任务已提前完成，群众满意度测评达到百分之九十八。';
const ITEMS = [
  ...Array.from(
    { length: 29 },
    (_, i) =>
      `${i + 1}.第${i + 1}批入户走访：组织社区网格员开展专项排查${i + 2}次，走访低保、特困等困难群众${30 + i}户，发放临时救助资金${(i + 1) * 1.5}万元，逐户建立台账、跟踪落实。`,
  ),
  LAST_ITEM,
];

const session = useAppSession('all');

/** Half a year of reports typed in (through the document API: the grid is tested elsewhere). */
async function fillHalfYear(page: Page): Promise<void> {
  await page.evaluate((items) => {
    const changes: { key: string; field: string; value: string | number }[] = [];
    const set = (key: string, field: string, value: string | number) => changes.push({ key, field, value });
    for (let k = 1; k <= 12; k++) {
      const key = String(k);
      set(key, 'leadUnit', k % 3 ? '民政科' : '社会事务科');
      set(key, 'status@半年', k === 1 ? '已完成' : '推进中');
      set(key, 'percent@半年', k === 1 ? 100 : k === 4 ? 0.5 : 20 + k * 5);
      set(
        key,
        'progress@半年',
        `上半年组织专题学习${k + 2}次，覆盖机关干部和社区工作者${100 + k * 10}人次，形成调研报告${k}篇。`,
      );
      if (k % 2 === 0) set(key, 'problems@半年', '部分社区人手不足，工作进度不均衡。');
      set(key, 'nextSteps@半年', '下半年继续推进，确保按期完成。');
    }
    set('3', 'progress@半年', items.join('\n'));
    const app = window.__planLedger!;
    app.page()!.apply({ type: 'setCells', label: '填写', changes } as never);
  }, ITEMS);
}

async function fillSettings(page: Page): Promise<void> {
  await action(page, '台账设置').click();
  const dialog = page.getByRole('dialog', { name: '台账设置' });
  await dialog.getByLabel('填报人').fill('王芳');
  await dialog.getByLabel('联系电话').fill('0592-5551234');
  await dialog.getByLabel('审核人').fill('李明');
  await dialog.getByRole('button', { name: '保存' }).click();
  await dialog.waitFor({ state: 'detached' });
}

async function exportFile(page: Page, actionName: string, kind?: string): Promise<string> {
  const file = await exportThroughDialog(page, actionName, kind);
  const name = `${kind === '全部期次台账' ? 'ledger' : 'report'}.xlsx`;
  writeFileSync(join(dir, name), file.bytes);
  return name;
}

async function rowHeights(xlsx: string): Promise<number[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(dir, xlsx));
  return book.worksheets.flatMap((ws) => {
    const heights: number[] = [];
    ws.eachRow((row) => void heights.push(row.height ?? 15));
    return heights;
  });
}

beforeAll(async () => {
  if (SKIP_SOFFICE) return;
  const { page } = session;
  // The 填报日期 of a half-year report of 2021: 5 July 2021.
  await page.clock.setFixedTime(new Date('2021-07-05T09:00:00+08:00'));
  await page.reload();
  await waitForApp(page);
  await page.locator('.ag-row[row-id="1"]').first().waitFor();
  await fillHalfYear(page);
  await fillSettings(page);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const compact = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

describe.skipIf(SKIP_SOFFICE)('printed by LibreOffice', () => {
  it('the half-year report: legible, nothing cut, bands kept, 统计 on two pages', { timeout: 240_000 }, async () => {
    const xlsx = await exportFile(session.page, '导出半年报表');
    for (const height of await rowHeights(xlsx)) expect(height).toBeLessThanOrEqual(409);
    const pdf = printToPdf(dir, xlsx);
    const pages = readPdf(dir, pdf);
    for (const p of pages) expect([Math.round(p.width), Math.round(p.height)]).toEqual([842, 595]);
    const progress = pages.filter((p) => footerOf(p)?.sheet === '推进情况');
    const stats = pages.filter((p) => footerOf(p)?.sheet === '统计');

    const sizes = progress.flatMap(glyphSizes);
    // Logged for the closing notes and docs: what the paper looks like, not only that it passes.
    console.info(
      `half-year report: ${pages.length} pages (${progress.length} 推进情况, ${stats.length} 统计), ` +
        `smallest glyph ${Math.min(...sizes).toFixed(1)} pt, tallest row ${Math.max(...(await rowHeights(xlsx)))} pt`,
    );
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(9);
    const all = compact(progress.map((p) => p.raw).join('\n'));
    expect(all).toContain(compact('殿前街道2021年湖里区民政工作要点上半年推进情况表'));
    expect(all).toContain(compact(LAST_ITEM));
    expect(all).toContain(compact('填报人：王芳'));
    expect(all).toContain(compact('0592-5551234'));
    for (const p of progress) {
      const lines = p.text
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      // The last line is the footer; the one before it must not be a section band.
      expect(lines.at(-2) ?? '').not.toMatch(/^[一二三四五六七八九十]+、/);
      expect(compact(p.text)).toContain(compact('填报单位：殿前街道'));
    }

    expect(stats).toHaveLength(2);
    const statsPages = stats.map((p) => pages.indexOf(p) + 1);
    const images = imagePages(dir, pdf);
    expect(images.length).toBeGreaterThanOrEqual(4);
    // Every chart drawn once, all on the second page of 统计: none split across pages.
    expect(new Set(images)).toEqual(new Set([statsPages[1]]));

    const first = pages.indexOf(progress[0]!) + 1;
    writeFileSync(join(SCREENSHOTS, 'report-half-year-page1.png'), pagePng(dir, pdf, first, 70));
    writeFileSync(join(SCREENSHOTS, 'report-half-year-page2.png'), pagePng(dir, pdf, first + 1, 70));
    writeFileSync(join(SCREENSHOTS, 'report-half-year-stats1.png'), pagePng(dir, pdf, statsPages[0]!, 70));
    writeFileSync(join(SCREENSHOTS, 'report-half-year-stats2.png'), pagePng(dir, pdf, statsPages[1]!, 70));
    expect(session.problems).toEqual([]);
  });

  it('the full ledger: A3, at least 8 pt', { timeout: 240_000 }, async () => {
    const xlsx = await exportFile(session.page, '其他报表', '全部期次台账');
    for (const height of await rowHeights(xlsx)) expect(height).toBeLessThanOrEqual(409);
    const pages = readPdf(dir, printToPdf(dir, xlsx));
    const ledger = pages.filter((p) => footerOf(p)?.sheet.startsWith('工作台账'));
    expect(ledger.length).toBeGreaterThan(0);
    for (const p of ledger) expect([Math.round(p.width), Math.round(p.height)]).toEqual([1191, 842]);
    console.info(
      `full ledger: ${ledger.length} A3 pages, smallest glyph ${Math.min(...ledger.flatMap(glyphSizes)).toFixed(1)} pt`,
    );
    expect(Math.min(...ledger.flatMap(glyphSizes))).toBeGreaterThanOrEqual(8);
    expect(compact(ledger.map((p) => p.raw).join(''))).toContain(compact(LAST_ITEM));
    expect(session.problems).toEqual([]);
  });
});
