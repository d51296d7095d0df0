/**
 * dist/plan-ledger.html opened by double-click (file://): the whole app, lazy parts included,
 * works without a server, makes no request, writes a .docx, and keeps edits in IndexedDB across a restart.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DIST_DIR, launchChromium, newProfileDir, openWatchedPage, removeProfileDir } from './harness';
import { clickCell, openWorkbook, savedCount, taskField, waitForApp, waitSavedAfter } from './app-driver';
import { action, chooseFiles, downloadFrom, type UploadFile } from './reports-driver';
import { exportReport } from '../../src/io/excel/reports';
import { sampleUnit } from '../helpers/sample-units';

/** Half-year reports of the sample plan by these units, as the app exports them. */
async function unitFiles(units: string[]): Promise<UploadFile[]> {
  const files: UploadFile[] = [];
  for (const unit of units) {
    const file = await exportReport(sampleUnit(unit, []), '半年', '2021-07-05');
    files.push({ name: file.fileName, buffer: Buffer.from(file.bytes) });
  }
  return files;
}

const SINGLE = join(DIST_DIR, 'plan-ledger.html');

describe('the single-file build', () => {
  it('inlines every script and style: no src= or href= pointing at a file', () => {
    expect(existsSync(SINGLE)).toBe(true);
    const html = readFileSync(SINGLE, 'utf8');
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).not.toMatch(/<link[^>]+rel="stylesheet"/);
    expect(html).not.toMatch(/import\(\s*["']\.\/[^"']+\.js["']\s*\)/);
  });

  it('opens from file://, shows the sample, and keeps an edit after the browser is closed and reopened', async () => {
    const url = pathToFileURL(SINGLE).href;
    const profileDir = newProfileDir();
    try {
      let chrome = await launchChromium({ profileDir });
      let watched = await openWatchedPage(chrome.context, url, 'null');
      await waitForApp(watched.page);
      const wb = await openWorkbook(watched.page);
      expect(wb?.taskKeys).toHaveLength(28);
      const before = await savedCount(watched.page);
      await clickCell(watched.page, '12', 'owner');
      await watched.page.keyboard.press('F2');
      await watched.page.keyboard.insertText('陈主任');
      await watched.page.keyboard.press('Enter');
      await waitSavedAfter(watched.page, before);
      // A lazy part (the docx/html reader) must load from the inlined bundle too.
      const lazy = await watched.page.evaluate(async () => {
        const app = window.__planLedger!;
        const html = new File(
          ['<html><body><script>x()</script><p>一、总体要求</p><p>1.抓好落实。</p></body></html>'],
          'plan.html',
          { type: 'text/html' },
        );
        return (await app.readPlanFile(html)).text;
      });
      expect(lazy).toContain('1.抓好落实。');
      expect(lazy).not.toContain('x()');
      // 汇总 reads its files in an inlined (blob:) worker, which the page's policy must allow.
      let workers = 0;
      watched.page.on('worker', () => void (workers += 1));
      await chooseFiles(watched.page, '汇总多个单位', await unitFiles(['禾山街道', '金山街道']));
      await watched.page.waitForFunction(() => window.__planLedger!.consolidation?.ranking);
      const merged = await watched.page.evaluate(() => window.__planLedger!.consolidation!.result.units.length);
      expect(merged).toBe(2);
      expect(workers).toBeGreaterThan(0);
      await watched.page.locator('dialog.pl-reports--summary').getByRole('button', { name: '关闭' }).click();
      // The .docx writer, a lazy chunk of its own, works from the inlined bundle too.
      const docx = await downloadFrom(watched.page, async () => {
        await action(watched.page, '导出工作总结').click();
        await watched.page.getByRole('dialog', { name: '导出工作总结' }).getByRole('button', { name: '导出' }).click();
      });
      expect(docx.name).toBe('殿前街道2021年上半年工作总结.docx');
      expect(docx.bytes.subarray(0, 2).toString()).toBe('PK');
      expect(watched.problems).toEqual([]);
      await chrome.close();

      chrome = await launchChromium({ profileDir });
      watched = await openWatchedPage(chrome.context, url, 'null');
      await waitForApp(watched.page);
      expect(await taskField(watched.page, '12', 'owner')).toBe('陈主任');
      expect(watched.problems).toEqual([]);
      await chrome.close();
    } finally {
      removeProfileDir(profileDir);
    }
  });
});
