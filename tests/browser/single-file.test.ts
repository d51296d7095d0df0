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
import { action, downloadFrom } from './reports-driver';

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
