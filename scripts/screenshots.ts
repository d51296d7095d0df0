/**
 * Screenshots for docs/screenshots: the app as a newcomer sees it, served and from file://, at
 * 1366×768 (the office PC) and 1920×1080. Run after a build: `npx tsx scripts/screenshots.ts`.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST_DIR, launchChromium, openWatchedPage, removeProfileDir, serveDist } from '../tests/browser/harness';
import { clickCell, waitForApp } from '../tests/browser/app-driver';

const OUT = 'docs/screenshots';

async function shoot(url: string, origin: string, name: string, width: number, height: number, focusTask?: string) {
  const chrome = await launchChromium({ width, height });
  try {
    const { page, problems } = await openWatchedPage(chrome.context, url, origin);
    await page.setViewportSize({ width, height });
    await waitForApp(page);
    if (focusTask) await clickCell(page, focusTask, 'leadUnit');
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
  await shoot(server.url, new URL(server.url).origin, 'sample-1366x768.png', 1366, 768, '13');
  await shoot(server.url, new URL(server.url).origin, 'sample-1920x1080.png', 1920, 1080, '17');
  await shoot(pathToFileURL(join(DIST_DIR, 'plan-ledger.html')).href, 'null', 'single-file-1366x768.png', 1366, 768);
} finally {
  await server.close();
}
