/**
 * The workbook list in real Chromium: rename, duplicate (next year's from this year's), delete
 * after confirmation with an undo window — each checked again after a reload, i.e. in IndexedDB.
 */
import { rmSync } from 'node:fs';
import type { Dialog, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openWatchedPage, serveDist, type StaticServer } from './harness';
import { openWorkbook, savedCount, typeIntoCell, waitForApp, waitSavedAfter } from './app-driver';

let server: StaticServer;
beforeAll(async () => {
  server = await serveDist();
});
afterAll(async () => {
  await server.close();
});

interface Row {
  name: string;
  year: string;
  tasks: string;
}

async function listRows(page: Page): Promise<Row[]> {
  return page.locator('table.workbook-list tbody tr').evaluateAll((trs) =>
    trs.map((tr) => {
      const cells = [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '');
      return {
        name: tr.querySelector('td button')?.textContent?.trim() ?? '',
        year: cells[2] ?? '',
        tasks: cells[3] ?? '',
      };
    }),
  );
}

/** Answer the next dialog, and record what it asked. */
function answerNext(page: Page, answer: (dialog: Dialog) => Promise<void>): Promise<string> {
  return new Promise((resolve) => {
    page.once('dialog', (dialog) => {
      resolve(`${dialog.type()}: ${dialog.message()}`);
      void answer(dialog);
    });
  });
}

async function goHome(page: Page): Promise<void> {
  await page.getByRole('button', { name: '台账列表' }).click();
  await page.locator('table.workbook-list').waitFor();
}

async function reloadHome(page: Page): Promise<void> {
  await page.reload();
  await waitForApp(page);
  await goHome(page);
}

describe('home list', () => {
  it('renames, duplicates, and deletes with confirmation and 撤销删除', async () => {
    const chrome = await launchChromium();
    try {
      const { page, problems } = await openWatchedPage(chrome.context, server.url);
      await waitForApp(page);
      const sample = await openWorkbook(page);
      expect(sample?.sample).toBe(true);
      const before = await savedCount(page);
      await typeIntoCell(page, '2', 'leadUnit', '区民政局');
      await waitSavedAfter(page, before);
      await goHome(page);
      expect(await listRows(page)).toEqual([{ name: sample!.name, year: '2021', tasks: '28' }]);

      // Rename: the prompt offers the current name.
      let asked = answerNext(page, (d) => d.accept('  殿前街道民政台账  '));
      await page.getByRole('button', { name: `重命名 ${sample!.name}` }).click();
      expect(await asked).toBe(`prompt: 新的台账名称`);
      await page.getByRole('button', { name: '殿前街道民政台账', exact: true }).waitFor();
      await reloadHome(page);
      expect((await listRows(page)).map((r) => r.name)).toEqual(['殿前街道民政台账']);

      // Rename cancelled: nothing changes.
      asked = answerNext(page, (d) => d.dismiss());
      await page.getByRole('button', { name: '重命名 殿前街道民政台账' }).click();
      await asked;
      await reloadHome(page);
      expect((await listRows(page)).map((r) => r.name)).toEqual(['殿前街道民政台账']);

      // Duplicate for next year: tasks and units kept, progress not.
      asked = answerNext(page, (d) => d.accept('2022'));
      await page.getByRole('button', { name: '复制 殿前街道民政台账' }).click();
      expect(await asked).toContain('新台账的年度');
      await page.locator('table.workbook-list tbody tr').nth(1).waitFor();
      await reloadHome(page);
      const rows = await listRows(page);
      expect(rows).toHaveLength(2);
      const copy = rows.find((r) => r.year === '2022');
      expect(copy?.tasks).toBe('28');
      expect(rows.find((r) => r.year === '2021')?.name).toBe('殿前街道民政台账');
      await page.getByRole('button', { name: copy!.name, exact: true }).click();
      await page.locator('.ag-row[row-id="2"]').first().waitFor();
      const copied = await page.evaluate(() => {
        type T = { key: string; leadUnit: string };
        const app = (window as unknown as { __planLedger: { page(): { workbook(): { tasks: T[]; year: number } } } })
          .__planLedger;
        const wb = app.page().workbook();
        return { year: wb.year, lead: wb.tasks.find((t) => t.key === '2')?.leadUnit };
      });
      expect(copied).toEqual({ year: 2022, lead: '区民政局' });
      await goHome(page);

      // Delete: refusing the confirmation deletes nothing.
      asked = answerNext(page, (d) => d.dismiss());
      await page.getByRole('button', { name: `删除 ${copy!.name}` }).click();
      expect(await asked).toBe(`confirm: 确定删除台账《${copy!.name}》吗？`);
      await reloadHome(page);
      expect(await listRows(page)).toHaveLength(2);

      // Delete, then 撤销删除: the list shows it again without a reload, and it is stored whole.
      asked = answerNext(page, (d) => d.accept());
      await page.getByRole('button', { name: `删除 ${copy!.name}` }).click();
      await asked;
      const undo = page.locator('[data-banner=undo-delete]');
      await undo.waitFor();
      expect(await undo.textContent()).toContain(`已删除《${copy!.name}》`);
      await page.waitForFunction(() => document.querySelectorAll('table.workbook-list tbody tr').length === 1);
      await undo.getByRole('button', { name: '撤销删除' }).click();
      await page.waitForFunction(() => document.querySelectorAll('table.workbook-list tbody tr').length === 2);
      await reloadHome(page);
      expect((await listRows(page)).find((r) => r.name === copy!.name)).toEqual(copy);

      // Delete for good: gone after a reload; the other workbook untouched.
      asked = answerNext(page, (d) => d.accept());
      await page.getByRole('button', { name: `删除 ${copy!.name}` }).click();
      await asked;
      await page.locator('[data-banner=undo-delete]').waitFor();
      await reloadHome(page);
      expect(await listRows(page)).toEqual([{ name: '殿前街道民政台账', year: '2021', tasks: '28' }]);
      expect(problems).toEqual([]);
    } finally {
      await chrome.close();
      try {
        rmSync(chrome.profileDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
      } catch {
        // Chromium's helpers may still write into the profile: a leftover temp dir must not mask the result.
      }
    }
  });
});
