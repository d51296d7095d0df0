/**
 * 备份 and 从备份恢复 as a user does them: an edit in an imported workbook, one click to download
 * every workbook, then a fresh browser profile restores the file and shows the edit. A damaged or
 * foreign file is refused with a Chinese message and changes nothing.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBackup } from '../../src/core/workbook/backup';
import { readSharedPlan } from '../helpers/shared-plans';
import { cellText, savedCount, typeIntoCell, waitForApp, waitSavedAfter } from './app-driver';
import { launchChromium, openWatchedPage, removeProfileDir, serveDist, type StaticServer } from './harness';

const NAME = '湖里区民政要点（备份测试）';
const EDIT = '区民政局社会救助科（备份测试）';

interface Hook {
  page(): { workbook(): { id: string } } | null;
  library: { list(): Promise<{ id: string; name: string; updatedAt: string }[]> };
}

function hook<T>(page: Page, read: (app: Hook) => T | Promise<T>): Promise<T> {
  return page.evaluate(`(${read.toString()})(window.__planLedger)`) as Promise<T>;
}

/**
 * Chromium's helper processes can still be writing into the profile for a moment after the
 * browser exited (seen after a file chooser was used), so removal is retried briefly.
 */
async function removeProfile(dir: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      removeProfileDir(dir);
      return;
    } catch (error) {
      if (attempt >= 10) throw error;
      await new Promise((ok) => setTimeout(ok, 500));
    }
  }
}

/** Every record of the app's database, read with the raw IndexedDB API (not through the app). */
function allRecords(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown>>((resolve, reject) => {
        const open = indexedDB.open('plan-ledger');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const os = open.result.transaction('records', 'readonly').objectStore('records');
          const keys = os.getAllKeys();
          const values = os.getAll();
          values.onsuccess = () => {
            open.result.close();
            resolve(Object.fromEntries(keys.result.map((k, i) => [String(k), values.result[i]])));
          };
          values.onerror = () => reject(values.error);
        };
      }),
  );
}

/** The next file picker of the page yields a file of `size` zero bytes, made in the page. */
async function pickInPage(page: Page, size: number): Promise<void> {
  await page.evaluate((bytes) => {
    const click = HTMLInputElement.prototype.click;
    HTMLInputElement.prototype.click = function (this: HTMLInputElement) {
      HTMLInputElement.prototype.click = click;
      const files = new DataTransfer();
      files.items.add(new File([new Blob([new ArrayBuffer(bytes)])], '巨大的备份.json'));
      this.files = files.files;
      this.dispatchEvent(new Event('change'));
    };
  }, size);
}

function topbarButton(page: Page, name: string) {
  return page.locator('.topbar').getByRole('button', { name, exact: true });
}

/** 导入工作要点 by pasting the plan, with a name of our own so it is told apart from the sample. */
async function importPlan(page: Page, text: string): Promise<void> {
  await topbarButton(page, '导入工作要点').click();
  const dialog = page.locator('dialog.import-dialog');
  await dialog.getByLabel('粘贴工作要点全文').fill(text);
  await dialog.getByRole('button', { name: '识别' }).click();
  await dialog.getByLabel('填报单位').fill('殿前街道');
  await dialog.getByLabel('台账名称').fill(NAME);
  await dialog.getByRole('button', { name: '创建台账' }).click();
  await page.locator('.workbook-title', { hasText: NAME }).waitFor();
}

async function chooseFile(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await topbarButton(page, '从备份恢复').click();
  await (await chooser).setFiles(path);
}

describe('backup and restore', () => {
  let server: StaticServer;
  let dir: string;
  let backupPath = '';
  let workbookId = '';

  beforeAll(async () => {
    server = await serveDist();
    dir = mkdtempSync(join(tmpdir(), 'plan-ledger-backup-'));
  });

  afterAll(async () => {
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('downloads every workbook in one file and clears the backup reminder', async () => {
    const chrome = await launchChromium();
    try {
      const { page, problems } = await openWatchedPage(chrome.context, server.url);
      await waitForApp(page);
      await importPlan(page, readSharedPlan('huli-2021'));
      workbookId = await hook(page, (app) => app.page()!.workbook().id);
      const before = await savedCount(page);
      await typeIntoCell(page, '5', 'leadUnit', EDIT);
      await waitSavedAfter(page, before);

      // A workbook of the user's own and no backup yet: the reminder shows on the next visit.
      await page.reload();
      await waitForApp(page);
      const banner = page.locator('[data-banner="backup"]');
      await banner.waitFor();

      const download = page.waitForEvent('download');
      await topbarButton(page, '备份').click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/^要点台账备份-\d{4}-\d{2}-\d{2}\.json$/);
      backupPath = join(dir, file.suggestedFilename());
      await file.saveAs(backupPath);
      await banner.waitFor({ state: 'detached' });

      await page.reload();
      await waitForApp(page);
      await page.locator('.workbook-title', { hasText: NAME }).waitFor();
      // The reminder check runs after boot; the backup time is shown once it is done.
      await page.locator('[data-testid=backup-info][data-last-backup^="20"]').waitFor();
      expect(await page.locator('[data-testid=backup-info]').textContent()).toMatch(
        /^上次备份 \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/,
      );
      expect(await page.locator('[data-banner="backup"]').count()).toBe(0);
      expect(problems).toEqual([]);
    } finally {
      await chrome.close();
      await removeProfile(chrome.profileDir);
    }

    const parsed = parseBackup(readFileSync(backupPath, 'utf8'));
    expect(parsed.problems).toEqual([]);
    expect(parsed.workbooks.map((wb) => wb.name).sort()).toEqual([NAME, '2021年湖里区民政工作要点'].sort());
    const edited = parsed.workbooks.find((wb) => wb.id === workbookId);
    expect(edited?.tasks.find((t) => t.key === '5')?.leadUnit).toBe(EDIT);
  });

  it('restores the file in a fresh profile, and refuses damaged or foreign files', async () => {
    expect(backupPath).not.toBe('');
    const chrome = await launchChromium();
    try {
      const { page, problems } = await openWatchedPage(chrome.context, server.url);
      await waitForApp(page);

      await chooseFile(page, backupPath);
      const dialog = page.locator('dialog.restore-dialog');
      await dialog.waitFor();
      // The fresh profile has its own sample (same id): replaced; the imported workbook: added.
      await expect(dialog.innerText()).resolves.toContain('将新增 1 个台账');
      await expect(dialog.innerText()).resolves.toContain('将替换本机的 1 个台账');
      await dialog.getByRole('button', { name: '恢复', exact: true }).click();
      await page.locator('.toast', { hasText: '已从备份恢复 2 个台账' }).waitFor();

      await page.locator('.topbar').getByRole('button', { name: '台账列表' }).click();
      await page.locator(`tr[data-id="${workbookId}"] button`, { hasText: NAME }).click();
      await page.locator('.workbook-title', { hasText: NAME }).waitFor();
      expect(await cellText(page, '5', 'leadUnit')).toBe(EDIT);

      const listBefore = await hook(page, (app) => app.library.list());
      expect(listBefore.map((w) => w.id).sort()).toEqual(['sample', workbookId].sort());
      const damaged = join(dir, '损坏的备份.json');
      writeFileSync(damaged, readFileSync(backupPath, 'utf8').slice(0, 200));
      const foreign = join(dir, '别的程序.json');
      writeFileSync(foreign, JSON.stringify({ type: 'some-other-app', items: [1, 2, 3] }));
      for (const path of [damaged, foreign]) {
        await chooseFile(page, path);
        const toast = page.locator('.toast-error', { hasText: '未做任何更改' });
        await toast.waitFor();
        expect(await toast.innerText()).toContain('无法从');
        expect(await page.locator('dialog[open]').count()).toBe(0);
        await toast.getByRole('button', { name: '关闭消息' }).click();
      }
      expect(await hook(page, (app) => app.library.list())).toEqual(listBefore);
      expect(await cellText(page, '5', 'leadUnit')).toBe(EDIT);
      expect(problems).toEqual([]);
    } finally {
      await chrome.close();
      await removeProfile(chrome.profileDir);
    }
  });

  it('after the browser deleted its database, says what was lost instead of showing the sample, and restores', async () => {
    expect(backupPath).not.toBe('');
    const chrome = await launchChromium();
    try {
      const { page, problems } = await openWatchedPage(chrome.context, server.url);
      await waitForApp(page);
      await chooseFile(page, backupPath);
      await page.locator('dialog.restore-dialog').getByRole('button', { name: '恢复', exact: true }).click();
      await page.locator('.toast', { hasText: '已从备份恢复 2 个台账' }).waitFor();

      // What Chromium does when it finds its IndexedDB files damaged after a crash: it deletes the
      // database. Done from another page of the origin, so no connection of the app blocks it.
      await page.goto(server.blankUrl);
      await page.evaluate(
        () =>
          new Promise<void>((resolve, reject) => {
            const request = indexedDB.deleteDatabase('plan-ledger');
            request.onsuccess = () => resolve();
            request.onerror = () => reject(request.error);
          }),
      );
      await page.goto(server.url);
      await waitForApp(page);
      const banner = page.locator('[data-banner="storage-lost"]');
      await banner.waitFor();
      // The names are the two workbooks of the backup, as restored above.
      await expect(banner.innerText()).resolves.toContain(`“${NAME}”`);
      await expect(banner.innerText()).resolves.toContain('共 2 本台账');
      expect(await hook(page, (app) => app.library.list())).toEqual([]);
      expect(await hook(page, (app) => app.page())).toBeNull();

      const chooser = page.waitForEvent('filechooser');
      await banner.getByRole('button', { name: '从备份恢复' }).click();
      await (await chooser).setFiles(backupPath);
      await page.locator('dialog.restore-dialog').getByRole('button', { name: '恢复', exact: true }).click();
      await page.locator('.toast', { hasText: '已从备份恢复 2 个台账' }).waitFor();
      await page.locator(`tr[data-id="${workbookId}"] button`, { hasText: NAME }).click();
      expect(await cellText(page, '5', 'leadUnit')).toBe(EDIT);
      expect(problems).toEqual([]);
    } finally {
      await chrome.close();
      await removeProfile(chrome.profileDir);
    }
  });

  it('refuses hostile workbooks one by one, lists each reason, and stores nothing until confirmed', async () => {
    expect(backupPath).not.toBe('');
    const backup = JSON.parse(readFileSync(backupPath, 'utf8')) as {
      workbooks: { workbook: { id: string; name: string; tasks: { key: string }[] } }[];
    };
    const good = backup.workbooks.find((e) => e.workbook.id === workbookId)!.workbook;
    const withBadTask = { ...good, tasks: [...good.tasks, { ...good.tasks[0]!, key: '__proto__' }] };
    const entries = [{ ...good, id: '__proto__', name: '原型' }, { id: 5, name: [], tasks: 5 }, withBadTask].map(
      (workbook) => ({ type: 'plan-ledger-workbook', version: 1, workbook }),
    );
    const hostile = join(dir, '有问题的备份.json');
    writeFileSync(hostile, JSON.stringify({ ...backup, workbooks: entries }));

    const chrome = await launchChromium();
    try {
      const { page, problems } = await openWatchedPage(chrome.context, server.url);
      await waitForApp(page);
      const stored = await allRecords(page);
      expect(Object.keys(stored).some((k) => k.startsWith('wb/'))).toBe(true);

      // Playwright cannot hand a file over 50 MB to a browser over CDP: the page makes its own.
      await pickInPage(page, 200 * 1024 * 1024 + 1);
      await topbarButton(page, '从备份恢复').click();
      await page.locator('.toast-error', { hasText: '超过备份文件 200.0 MB 的上限' }).waitFor();
      expect(await page.locator('dialog[open]').count()).toBe(0);

      await chooseFile(page, hostile);
      const dialog = page.locator('dialog.restore-dialog');
      await dialog.waitFor();
      const listed = await dialog.locator('ul.problems li').allInnerTexts();
      expect(listed).toEqual([
        '第1个台账：“原型”已损坏，未恢复：台账编号“__proto__”不能用作台账编号',
        '第2个台账：这个台账已损坏，未恢复：台账编号应为文字，却是数字 5',
        `${NAME}：任务__proto__已丢弃：编号“__proto__”不能用作编号`,
      ]);
      await dialog.getByRole('button', { name: '取消' }).click();
      await dialog.waitFor({ state: 'detached' });
      expect(await allRecords(page)).toEqual(stored);

      await chooseFile(page, hostile);
      await dialog.getByRole('button', { name: '恢复', exact: true }).click();
      await page.locator('.toast', { hasText: '已从备份恢复 1 个台账' }).waitFor();
      const after = Object.keys(await allRecords(page));
      expect(after.filter((k) => k.includes('__proto__'))).toEqual([]);
      expect(after.filter((k) => k.startsWith(`task/${workbookId}/`))).toHaveLength(good.tasks.length);
      expect(problems).toEqual([]);
    } finally {
      await chrome.close();
      await removeProfile(chrome.profileDir);
    }
  });
});
