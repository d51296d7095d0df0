/**
 * The workbook list in real Chromium: rename, duplicate (next year's from this year's), delete
 * after confirmation with an undo window — each checked again after a reload, i.e. in IndexedDB.
 */
import { rmSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
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

/** The app's own question dialog (never the browser's prompt/confirm): what it asks, then answer it. */
async function answerDialog(
  page: Page,
  title: string,
  answer: (dialog: Locator) => Promise<void>,
): Promise<{ text: string; value: string | null }> {
  const dialog = page.locator(`dialog[open][aria-label="${title}"]`);
  await dialog.waitFor();
  const input = dialog.locator('input').first();
  const value = (await input.count()) ? await input.inputValue() : null;
  const text = (await dialog.textContent()) ?? '';
  await answer(dialog);
  await dialog.waitFor({ state: 'detached' });
  return { text, value };
}

const fill = (text: string, button: string) => async (dialog: Locator) => {
  await dialog.locator('input').first().fill(text);
  await dialog.getByRole('button', { name: button }).click();
};
const press = (button: string) => (dialog: Locator) => dialog.getByRole('button', { name: button }).click();

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

      // Rename: the dialog asks for the new name and offers the current one.
      await page.getByRole('button', { name: `重命名 ${sample!.name}` }).click();
      let asked = await answerDialog(page, '重命名台账', fill('  殿前街道民政台账  ', '确定'));
      expect(asked.text).toContain('新的台账名称');
      expect(asked.value).toBe(sample!.name);
      await page.getByRole('button', { name: '殿前街道民政台账', exact: true }).waitFor();
      await reloadHome(page);
      expect((await listRows(page)).map((r) => r.name)).toEqual(['殿前街道民政台账']);

      // Rename cancelled: nothing changes.
      await page.getByRole('button', { name: '重命名 殿前街道民政台账' }).click();
      await answerDialog(page, '重命名台账', press('取消'));
      await reloadHome(page);
      expect((await listRows(page)).map((r) => r.name)).toEqual(['殿前街道民政台账']);

      // Duplicate for next year: tasks and units kept, progress not.
      await page.getByRole('button', { name: '复制 殿前街道民政台账' }).click();
      asked = await answerDialog(page, '复制《殿前街道民政台账》', fill('2022', '复制'));
      expect(asked.text).toContain('新台账的年度');
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
        const wb = window.__planLedger!.page()!.workbook();
        return { year: wb.year, lead: wb.tasks.find((t) => t.key === '2')?.leadUnit };
      });
      expect(copied).toEqual({ year: 2022, lead: '区民政局' });
      await goHome(page);

      // Delete: refusing the confirmation deletes nothing.
      await page.getByRole('button', { name: `删除 ${copy!.name}` }).click();
      asked = await answerDialog(page, '删除台账', press('取消'));
      expect(asked.text).toContain(`确定删除台账《${copy!.name}》吗？`);
      await reloadHome(page);
      expect(await listRows(page)).toHaveLength(2);

      // Delete, then 撤销删除: the list shows it again without a reload, and it is stored whole.
      await page.getByRole('button', { name: `删除 ${copy!.name}` }).click();
      await answerDialog(page, '删除台账', press('删除'));
      const undo = page.locator('[data-banner=undo-delete]');
      await undo.waitFor();
      expect(await undo.textContent()).toContain(`已删除《${copy!.name}》`);
      await page.waitForFunction(() => document.querySelectorAll('table.workbook-list tbody tr').length === 1);
      await undo.getByRole('button', { name: '撤销删除' }).click();
      await page.waitForFunction(() => document.querySelectorAll('table.workbook-list tbody tr').length === 2);
      await reloadHome(page);
      expect((await listRows(page)).find((r) => r.name === copy!.name)).toEqual(copy);

      // Delete for good: gone after a reload; the other workbook untouched.
      await page.getByRole('button', { name: `删除 ${copy!.name}` }).click();
      await answerDialog(page, '删除台账', press('删除'));
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
