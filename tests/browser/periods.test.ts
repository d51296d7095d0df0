/**
 * One truth per reporting period, in real Chromium: 30% typed under 一季度 and 60% under 半年 stay
 * each in its period — in the grid after a reload and in each period's report.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useAppSession } from './app-session';
import { cell, cellText, savedCount, typeIntoCell, waitForApp, waitSavedAfter } from './app-driver';
import { columnOf, exportThroughDialog, loadXlsx, rowOfKey } from './reports-driver';

const session = useAppSession('each');

async function showPeriod(page: Page, period: string): Promise<void> {
  await page.getByRole('radiogroup', { name: '填报期' }).getByText(period, { exact: true }).click();
  await page.locator(`.ag-header-cell[col-id="percent@${period}"]`).waitFor();
}

async function reportPercent(page: Page, period: string, key: string): Promise<unknown> {
  const file = await exportThroughDialog(page, '其他报表', `${period}推进情况表`);
  const ws = (await loadXlsx(file.bytes)).getWorksheet('推进情况')!;
  const row = rowOfKey(ws, key);
  return [row.getCell(columnOf(ws, '完成进度')).value, row.getCell(columnOf(ws, '状态')).value];
}

describe('per-period 状态 and 完成进度', () => {
  it('keeps 30% in 一季度 and 60% in 半年: in the grid after a reload and in each report', async () => {
    const { page } = session;
    // Task 10 is one the sample leaves blank.
    await page.locator('.ag-row[row-id="1"]').first().waitFor();
    const before = await savedCount(page);
    await showPeriod(page, '一季度');
    await expect(page.getByTestId('as-of').textContent()).resolves.toBe('截至 2021年3月31日');
    await typeIntoCell(page, '10', 'percent@一季度', '30');
    // A percent on a 未启动 task makes it 推进中.
    expect(await cellText(page, '10', 'status@一季度')).toBe('推进中');

    await showPeriod(page, '半年');
    await expect(page.getByTestId('as-of').textContent()).resolves.toBe('截至 2021年6月30日');
    // 半年 starts from 一季度's values, shown as carried over until edited.
    expect(await cellText(page, '10', 'percent@半年')).toBe('30%');
    await expect(cell(page, '10', 'percent@半年').getAttribute('class')).resolves.toContain('cell-carried');
    await typeIntoCell(page, '10', 'percent@半年', '60');
    await expect(cell(page, '10', 'percent@半年').getAttribute('class')).resolves.not.toContain('cell-carried');
    await waitSavedAfter(page, before);

    expect(await reportPercent(page, '一季度', '10')).toEqual([0.3, '推进中']);
    expect(await reportPercent(page, '半年', '10')).toEqual([0.6, '推进中']);

    await page.reload();
    await waitForApp(page);
    await page.locator('.ag-row[row-id="1"]').first().waitFor();
    expect(await cellText(page, '10', 'percent@半年')).toBe('60%');
    await showPeriod(page, '一季度');
    expect(await cellText(page, '10', 'percent@一季度')).toBe('30%');
    await showPeriod(page, '三季度');
    expect(await cellText(page, '10', 'percent@三季度')).toBe('60%');
    expect(session.problems).toEqual([]);
  });
});
