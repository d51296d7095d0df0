/**
 * Screenshots for docs/screenshots: the app as a newcomer sees it, served and from file://, at
 * 1366×768 (the office PC) and 1920×1080. Run after a build: `npx tsx scripts/screenshots.ts`.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST_DIR, launchChromium, openWatchedPage, removeProfileDir, serveDist } from '../tests/browser/harness';
import type { Page } from 'playwright-core';
import { clickCell, waitForApp } from '../tests/browser/app-driver';
import { readSharedPlan } from '../tests/helpers/shared-plans';

const OUT = 'docs/screenshots';

async function shoot(
  url: string,
  origin: string,
  name: string,
  width: number,
  height: number,
  prepare?: (page: Page) => Promise<void>,
) {
  const chrome = await launchChromium({ width, height });
  try {
    const { page, problems } = await openWatchedPage(chrome.context, url, origin);
    await page.setViewportSize({ width, height });
    await waitForApp(page);
    await prepare?.(page);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(OUT, name) });
    if (problems.length) console.error(name, problems);
    console.log(`${name}: ${width}×${height}`);
  } finally {
    await chrome.close();
    removeProfileDir(chrome.profileDir);
  }
}

const server = await serveDist();
try {
  const origin = new URL(server.url).origin;
  await shoot(server.url, origin, 'sample-1366x768.png', 1366, 768, (page) => clickCell(page, '13', 'leadUnit'));
  await shoot(server.url, origin, 'sample-1920x1080.png', 1920, 1080, (page) => clickCell(page, '17', 'leadUnit'));
  await shoot(server.url, origin, 'import-preview-1366x768.png', 1366, 768, previewOfPlan);
  await shoot(server.url, origin, 'task-menu-1366x768.png', 1366, 768, async (page) => {
    await clickCell(page, '6', 'title');
    await page.locator('.ag-row[row-id="6"] [col-id="title"]').first().click({ button: 'right' });
  });
  await shoot(pathToFileURL(join(DIST_DIR, 'plan-ledger.html')).href, 'null', 'single-file-1366x768.png', 1366, 768);
} finally {
  await server.close();
}

/** The import dialog with a real plan read and its preview showing (before 创建台账). */
async function previewOfPlan(page: Page): Promise<void> {
  await page.getByRole('button', { name: '导入工作要点' }).click();
  const dialog = page.getByRole('dialog', { name: '导入工作要点' });
  await dialog.getByLabel('粘贴工作要点全文').fill(readSharedPlan('sichuan-2021'));
  await dialog.getByRole('button', { name: '识别' }).click();
  await dialog.locator('.preview-task').first().waitFor();
}
