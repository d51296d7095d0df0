/**
 * 自动备份到文件夹 in real Chromium. Headless Chromium has the real showDirectoryPicker but no
 * one to click its dialog, so the picker is replaced by one that returns a folder of the origin
 * private file system: a real FileSystemDirectoryHandle, written with real createWritable(),
 * kept in IndexedDB by structured clone and listed with keys(). What is not covered here: the
 * native dialog and the browser's permission prompt (a fake handle covers those in
 * tests/ui/backup/folder-backup.test.ts).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { autoBackupName } from '../../src/core/workbook/auto-backup';
import { parseBackup } from '../../src/core/workbook/backup';
import { readSharedPlan } from '../helpers/shared-plans';
import { importPlanByPaste, savedCount, storedRecord, waitForApp, waitSavedAfter } from './app-driver';
import { launchChromium, openWatchedPage, serveDist, type RunningChromium, type StaticServer } from './harness';

const FOLDER = '要点台账自动备份';
const UNIT = '殿前街道（自动备份）';

/** Runs before the app: notes whether the real picker exists, then answers it with an OPFS folder. */
function opfsPicker(folder: string): void {
  const w = window as unknown as { __realPicker: string; showDirectoryPicker: () => Promise<unknown> };
  w.__realPicker = typeof w.showDirectoryPicker;
  w.showDirectoryPicker = async () =>
    (await navigator.storage.getDirectory()).getDirectoryHandle(folder, { create: true });
}

async function folderFiles(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async (name) => {
    const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle(name, { create: true });
    const files: Record<string, string> = {};
    for await (const [file, handle] of (
      dir as unknown as { entries(): AsyncIterable<[string, FileSystemFileHandle]> }
    ).entries())
      files[file] = await (await handle.getFile()).text();
    return files;
  }, FOLDER);
}

async function putFolderFiles(page: Page, files: Record<string, string>): Promise<void> {
  await page.evaluate(
    async ([name, entries]) => {
      const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle(name!, { create: true });
      for (const [file, text] of Object.entries(entries as Record<string, string>)) {
        const writable = await (await dir.getFileHandle(file, { create: true })).createWritable();
        await writable.write(text);
        await writable.close();
      }
    },
    [FOLDER, files] as const,
  );
}

function today(page: Page): Promise<string> {
  return page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
}

describe('自动备份到文件夹', () => {
  let server: StaticServer;
  let chrome: RunningChromium;
  beforeAll(async () => {
    server = await serveDist();
    chrome = await launchChromium();
    await chrome.context.addInitScript(opfsPicker, FOLDER);
  });
  afterAll(async () => {
    await chrome?.close();
    await server?.close();
  });

  it('writes rolling backups to the chosen folder and restores from it after the browser data is gone', async () => {
    const { page, problems } = await openWatchedPage(chrome.context, server.url);
    await waitForApp(page);
    expect(await page.evaluate(() => (window as unknown as { __realPicker: string }).__realPicker)).toBe('function');
    const file = autoBackupName(await today(page));
    const old = Array.from({ length: 8 }, (_, i) => `plan-ledger-backup-2020010${i + 1}.json`);
    await putFolderFiles(page, { ...Object.fromEntries(old.map((n) => [n, '{}'])), '说明.txt': '别的文件' });

    await importPlanByPaste(page, readSharedPlan('huli-2021'), UNIT);
    await page.locator('.workbook-title').waitFor();
    const id = await page.evaluate(() => window.__planLedger!.page()!.workbook().id);

    // Chosen once: the first backup is written at once, the handle is kept in IndexedDB.
    await page.locator('button[data-action="自动备份到文件夹"]').click();
    await page.locator('.toast', { hasText: `已开启自动备份到文件夹“${FOLDER}”` }).waitFor();
    await expect
      .poll(async () => Object.keys(await folderFiles(page)).sort())
      .toEqual([...old.slice(2), file, '说明.txt'].sort());
    expect(
      await page.evaluate(async () => {
        const open = indexedDB.open('plan-ledger');
        await new Promise((ok) => (open.onsuccess = ok));
        const get = open.result.transaction('records').objectStore('records').get('backup-folder');
        await new Promise((ok) => (get.onsuccess = ok));
        open.result.close();
        return get.result.handle instanceof FileSystemDirectoryHandle && get.result.handle.name;
      }),
    ).toBe(FOLDER);
    await expect.poll(() => page.locator('[data-testid=backup-info]').textContent()).toMatch(/^上次备份 \d{4}-/);

    // 20 edits later the day's file holds the last of them.
    for (let i = 1; i <= 20; i++) {
      const before = await savedCount(page);
      await page.evaluate(
        (n) =>
          window.__planLedger!.page()!.apply({
            type: 'setCells',
            label: '修改',
            changes: [{ key: String(n), field: 'owner', value: `第${n}次修改` }],
          }),
        i,
      );
      await waitSavedAfter(page, before);
    }
    // Read and judged in one go: the file is rewritten while edits keep coming, and a substring
    // found in one read once did not stand in the next (the gate at 71e304f).
    const lastEdit = async () => {
      const text = (await folderFiles(page))[file];
      if (!text) return '';
      return (
        parseBackup(text)
          .workbooks.find((w) => w.id === id)
          ?.tasks.find((t) => t.key === '20')?.owner ?? ''
      );
    };
    await expect.poll(lastEdit, { timeout: 15_000 }).toBe('第20次修改');

    // The workbooks are gone but the folder is remembered: the start offers its backup.
    await page.evaluate(
      () =>
        new Promise<void>((ok) => {
          const open = indexedDB.open('plan-ledger');
          open.onsuccess = () => {
            const os = open.result.transaction('records', 'readwrite').objectStore('records');
            const keys = os.getAllKeys();
            keys.onsuccess = () => {
              for (const k of keys.result) if (k !== 'backup-folder') os.delete(k);
              os.transaction.oncomplete = () => (open.result.close(), ok());
            };
          };
        }),
    );
    await page.reload();
    await waitForApp(page);
    const offer = page.locator('[data-banner="folder-restore"]');
    await offer.waitFor();
    expect(await offer.textContent()).toContain(`自动备份文件夹“${FOLDER}”中有`);
    expect(await page.evaluate(() => window.__planLedger!.page())).toBeNull();
    await offer.getByRole('button', { name: '从备份文件夹恢复' }).click();
    await restoreAll(page);
    await expectRestored(page, id);

    // Browser data cleared (IndexedDB, the handle with it; the folder on disk stays): the start
    // says the workbooks are gone (no sample in their place); pick the folder again and its backup
    // is offered before anything is written over it.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Storage.clearDataForOrigin', { origin: new URL(server.url).origin, storageTypes: 'indexeddb' });
    await page.reload();
    await waitForApp(page);
    expect(await storedRecord(page, 'backup-folder')).toBeUndefined();
    await page.locator('[data-banner="storage-lost"]').waitFor();
    expect(await page.evaluate(() => window.__planLedger!.page())).toBeNull();
    await page.locator('button[data-action="自动备份到文件夹"]').click();
    await restoreAll(page);
    await expectRestored(page, id);
    expect(problems).toEqual([]);
  });
});

async function restoreAll(page: Page): Promise<void> {
  const dialog = page.locator('dialog.restore-dialog');
  await dialog.waitFor();
  await dialog.getByRole('button', { name: '恢复', exact: true }).click();
  await page.locator('.toast', { hasText: '已从备份恢复' }).waitFor();
}

async function expectRestored(page: Page, id: string): Promise<void> {
  const owner = await page.evaluate(async (wb) => {
    const loaded = await window.__planLedger!.library.load(wb);
    return loaded?.tasks.find((t) => t.key === '20')?.owner;
  }, id);
  expect(owner).toBe('第20次修改');
}
