/**
 * Foundation: a newcomer opens the built app and sees the sample workbook at once; nothing leaves
 * the page's origin; an edit survives closing and reopening the browser.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchChromium,
  newProfileDir,
  openWatchedPage,
  removeProfileDir,
  serveDist,
  type StaticServer,
} from './harness';
import { cellText, openWorkbook, savedCount, typeIntoCell, waitForApp, waitSavedAfter } from './app-driver';
import { readExpectedPlan } from '../helpers/shared-plans';

let server: StaticServer;
beforeAll(async () => {
  server = await serveDist();
});
afterAll(async () => {
  await server.close();
});

describe('first run from a static server', () => {
  it('opens the sample workbook (湖里区 2021, 28 tasks) with no console errors and no off-origin requests', async () => {
    const expected = readExpectedPlan('huli-2021');
    const chrome = await launchChromium();
    try {
      const { page, problems } = await openWatchedPage(chrome.context, server.url);
      await waitForApp(page);
      const wb = await openWorkbook(page);
      expect(wb?.sample).toBe(true);
      expect(wb?.taskKeys).toEqual(expected.tasks.map((t) => t.key));
      expect(wb?.sectionKeys).toEqual(expected.sections.map((s) => s.key));
      await expect(page.locator('.badge', { hasText: '示例' }).first().isVisible()).resolves.toBe(true);
      await expect(page.locator('[data-testid=status-bar]').textContent()).resolves.toContain('共 28 项');
      expect(await cellText(page, '4', 'title')).toBe(expected.tasks[3]!.title);
      expect(problems).toEqual([]);
    } finally {
      await chrome.close();
      removeProfileDir(chrome.profileDir);
    }
  });

  it('keeps an edit across closing and reopening the browser on the same profile', async () => {
    const profileDir = newProfileDir();
    try {
      let chrome = await launchChromium({ profileDir });
      let watched = await openWatchedPage(chrome.context, server.url);
      await waitForApp(watched.page);
      const before = await savedCount(watched.page);
      await typeIntoCell(watched.page, '5', 'leadUnit', '区民政局社会救助科');
      await waitSavedAfter(watched.page, before);
      expect(watched.problems).toEqual([]);
      await chrome.close();

      chrome = await launchChromium({ profileDir });
      watched = await openWatchedPage(chrome.context, server.url);
      await waitForApp(watched.page);
      expect(await cellText(watched.page, '5', 'leadUnit')).toBe('区民政局社会救助科');
      expect(watched.problems).toEqual([]);
      await chrome.close();
    } finally {
      removeProfileDir(profileDir);
    }
  });
});
