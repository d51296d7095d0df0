/**
 * 图表 inside the app, as a user gets there: progress typed into the grid of the sample workbook
 * (湖里区 2021 with its entries; tasks 4–7 are section 二), 图表 opened from the top bar, a bar clicked with the
 * mouse, and the grid filtered to that bar's tasks. Then Esc and 关闭 bring the grid back.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useAppSession } from './app-session';
import { readExpectedPlan } from '../helpers/shared-plans';
import { cell, savedCount, typeIntoCell, waitSavedAfter } from './app-driver';
import { chartsSettled } from './chart-driver';

const SCREENSHOT = resolve('docs/screenshots/charts-app-1366x768.png');

/** Status is a drop-down: a click opens the list, arrows move, Enter picks — as on the keyboard. */
async function pickStatus(page: Page, rowId: string, steps: number): Promise<void> {
  await cell(page, rowId, 'status@半年').click();
  await page.locator('.status-editor').waitFor();
  for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.locator('.status-editor').waitFor({ state: 'detached' });
}

function visibleKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__planLedger!.page()!.grid().visibleTaskKeys());
}

describe('图表 in the app', () => {
  const session = useAppSession('all');

  it('shows section 二 at 80% after progress is typed into the grid', async () => {
    // The sample has 4 at 推进中 50%, 5 at 40%, 6 已完成, 7 at 30% (src/ui/sample-entries.ts).
    // The list reads 未启动, 推进中, 已完成, …: one step down from 推进中.
    let before = await savedCount(session.page);
    await pickStatus(session.page, '4', 1);
    await waitSavedAfter(session.page, before);
    before = await savedCount(session.page);
    await typeIntoCell(session.page, '5', 'percent@半年', '80');
    await typeIntoCell(session.page, '7', 'percent@半年', '80');
    await waitSavedAfter(session.page, before);
    expect((await cell(session.page, '4', 'status@半年').textContent())?.trim()).toBe('已完成');
    expect((await cell(session.page, '5', 'percent@半年').textContent())?.trim()).toBe('80%');

    await session.page.getByRole('button', { name: '图表', exact: true }).click();
    await session.page.waitForFunction(() => window.__planLedger!.charts !== undefined);
    const charts = await session.page.evaluate(() => window.__planLedger!.charts!.snapshot());
    const section = readExpectedPlan('huli-2021').sections[1]!;
    expect(charts.sections!.labels[1]).toBe(`${section.key}、${section.title}`);
    // (1 + 0.8 + 1 + 0.4) / 4: tasks 4 and 6 done, 5 at 80%; 7 is the mean of its 80% and of
    // its indicator (0 of 1 示范点 so far).
    expect(charts.sections!.datasets[0]!.data[1]).toBe(80);
    // The grid is out of the way while the charts are up.
    expect(await session.page.locator('.workbook-page').isVisible()).toBe(false);
    expect(await session.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
  });

  it('fits 1366×768 (screenshot)', async () => {
    mkdirSync(join(SCREENSHOT, '..'), { recursive: true });
    await chartsSettled(session.page);
    await session.page.screenshot({ path: SCREENSHOT });
  });

  it('filters the grid to tasks 4–7 when bar 二 is clicked', async () => {
    await session.page.locator('[data-chart-id="sections"]').scrollIntoViewIfNeeded();
    // Scrolling can resize the chart: read the bar only once it has settled.
    await chartsSettled(session.page);
    const point = await session.page.evaluate(() => {
      const chart = window.__planLedger!.charts!.charts.get('sections')!;
      const bar = chart.getDatasetMeta(0).data[1] as unknown as { x: number; y: number; base: number };
      const box = chart.canvas.getBoundingClientRect();
      return { x: box.left + (bar.x + bar.base) / 2, y: box.top + bar.y };
    });
    await session.page.mouse.click(point.x, point.y);
    await session.page.locator('[data-testid="charts-panel"]').waitFor({ state: 'detached' });
    expect(await session.page.locator('.workbook-page').isVisible()).toBe(true);
    expect(await visibleKeys(session.page)).toEqual(['4', '5', '6', '7']);
    expect(await session.page.locator('[data-testid=status-bar]').textContent()).toContain('共 4 项');
    // Closing dropped the view: nothing left holding chart.js instances.
    expect(await session.page.evaluate(() => window.__planLedger!.charts)).toBeUndefined();
  });

  it('goes back to the grid with Esc and with 关闭', async () => {
    for (const how of ['Escape', '关闭'] as const) {
      await session.page.getByRole('button', { name: '图表', exact: true }).click();
      await session.page.locator('[data-chart-id="sections"]').waitFor();
      if (how === 'Escape') await session.page.keyboard.press('Escape');
      else await session.page.getByRole('button', { name: '关闭', exact: true }).click();
      await session.page.locator('[data-testid="charts-panel"]').waitFor({ state: 'detached' });
      expect(await session.page.locator('.workbook-page').isVisible()).toBe(true);
    }
    // Closing without a click keeps the filter the user had.
    expect(await visibleKeys(session.page)).toEqual(['4', '5', '6', '7']);
  });

  it('prints the charts without the app chrome', async () => {
    await session.page.getByRole('button', { name: '图表', exact: true }).click();
    await session.page.locator('[data-chart-id="sections"]').waitFor();
    await session.page.emulateMedia({ media: 'print' });
    const hidden = await session.page.evaluate(() =>
      ['.topbar', '.notices', '.charts-panel__bar'].map((s) => getComputedStyle(document.querySelector(s)!).display),
    );
    const chartsShown = await session.page.locator('[data-chart-id="sections"]').isVisible();
    await session.page.emulateMedia({ media: 'screen' });
    expect(hidden).toEqual(['none', 'none', 'none']);
    expect(chartsShown).toBe(true);
    await session.page.keyboard.press('Escape');
  });

  it('logged no console errors', () => {
    expect(session.problems).toEqual([]);
  });
});
