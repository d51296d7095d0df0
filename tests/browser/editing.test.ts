/**
 * The grid's Excel and WPS habits, one test each, on the sample plan (湖里区 2021, tasks 1–28, under
 * 七 section bands) at 1366×768: Alt+Enter, range Delete with one undo, Ctrl+D, input-method text
 * on a selected cell, a report block pasted back, the 状态 list on Enter, search by number.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useAppSession } from './app-session';
import { cell, cellText, clickCell, displayedRows, pasteText, taskField } from './app-driver';

const session = useAppSession('each');

async function ready(page: Page): Promise<void> {
  await page.locator('.ag-row[row-id="1"]').first().waitFor();
}

async function focusedRowId(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const api = window.__planLedger!.page()!.grid().api;
    const focused = api.getFocusedCell();
    return focused ? (api.getDisplayedRowAtIndex(focused.rowIndex)?.data?.id ?? null) : null;
  });
}

describe('editing as in Excel', () => {
  it('shows the period columns people fill without scrolling sideways at 1366×768', async () => {
    const { page } = session;
    await ready(page);
    expect(page.viewportSize()).toEqual({ width: 1366, height: 768 });
    const grid = await page.getByTestId('grid').boundingBox();
    for (const header of ['进展情况', '存在问题', '下步打算']) {
      const box = await page.locator('.ag-header-cell', { hasText: header }).first().boundingBox();
      // Whole column inside the visible grid; a header left of the grid's edge is scrolled away.
      expect(box, header).not.toBeNull();
      expect(box!.x, header).toBeGreaterThanOrEqual(grid!.x);
      expect(box!.x + box!.width, header).toBeLessThanOrEqual(grid!.x + grid!.width);
      expect(box!.width, header).toBeGreaterThanOrEqual(120);
    }
  });

  it('starts a new line inside the cell with Alt+Enter; Enter saves and moves down', async () => {
    const { page } = session;
    await ready(page);
    await clickCell(page, '10', 'progress@半年');
    await page.keyboard.press('F2');
    await page.keyboard.insertText('召开专题会议');
    await page.keyboard.press('Alt+Enter');
    await page.keyboard.insertText('印发实施方案');
    await expect(page.locator('.pl-long-editor__hint').textContent()).resolves.toContain('Alt+Enter 换行');
    await page.keyboard.press('Enter');
    expect(await taskField(page, '10', 'progress@半年')).toBe('召开专题会议\n印发实施方案');
    expect(await focusedRowId(page)).toBe('11');
    expect(session.problems).toEqual([]);
  });

  it('selects a range with click and Shift+click, clears it with Delete, and undoes that in one step', async () => {
    const { page } = session;
    await ready(page);
    const owners = ['张一', '张二', '张三'];
    await clickCell(page, '4', 'leadUnit');
    await pasteText(page, owners.map((o) => `民政科\t\t${o}`).join('\r\n'));
    expect(await taskField(page, '6', 'owner')).toBe('张三');

    await clickCell(page, '4', 'leadUnit');
    await cell(page, '6', 'owner').click({ modifiers: ['Shift'] });
    await expect(page.getByTestId('status-bar').textContent()).resolves.toContain('已选 9 格（3 行 × 3 列）');
    await expect.poll(() => page.locator('.cell-in-range').count()).toBe(9);
    await page.keyboard.press('Delete');
    for (const key of ['4', '5', '6']) {
      expect(await taskField(page, key, 'leadUnit')).toBe('');
      expect(await taskField(page, key, 'owner')).toBe('');
    }
    await page.keyboard.press('ControlOrMeta+Z');
    expect(await Promise.all(['4', '5', '6'].map((k) => taskField(page, k, 'owner')))).toEqual(owners);
    expect(await taskField(page, '5', 'leadUnit')).toBe('民政科');
  });

  it('extends a range with Shift+Arrow and fills it down with Ctrl+D', async () => {
    const { page } = session;
    await ready(page);
    await clickCell(page, '8', 'deadline');
    await page.keyboard.press('F2');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText('6月底');
    await page.keyboard.press('Enter');
    // A date typed without a year is the workbook's year.
    expect(await taskField(page, '8', 'deadline')).toBe('2021-06-30');
    await clickCell(page, '8', 'deadline');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    await expect(page.getByTestId('status-bar').textContent()).resolves.toContain('已选 3 格（3 行 × 1 列）');
    await page.keyboard.press('ControlOrMeta+D');
    expect(await taskField(page, '9', 'deadline')).toBe('2021-06-30');
    expect(await taskField(page, '10', 'deadline')).toBe('2021-06-30');
    await page.keyboard.press('ControlOrMeta+Z');
    expect(await taskField(page, '10', 'deadline')).toBe('2021-12-31');
  });

  it('takes text composed with an input method on a selected cell', async () => {
    const { page } = session;
    await ready(page);
    await clickCell(page, '12', 'owner');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'wang', selectionStart: 4, selectionEnd: 4 });
    await cdp.send('Input.insertText', { text: '王芳' });
    await page.locator('.pl-text-editor').waitFor();
    expect(await page.locator('.pl-text-editor').inputValue()).toBe('王芳');
    await page.keyboard.press('Enter');
    expect(await taskField(page, '12', 'owner')).toBe('王芳');
    // Nothing the composition wrote stays in the cell itself.
    expect(await cellText(page, '12', 'owner')).toBe('王芳');
    expect(session.problems).toEqual([]);
  });

  it('opens the 状态 list on Enter and picks by typing its first letter', async () => {
    const { page } = session;
    await ready(page);
    await clickCell(page, '14', 'percent@半年');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.locator('.status-editor').waitFor();
    await page.keyboard.press('y');
    await expect(page.locator('.status-editor li.is-active').textContent()).resolves.toBe('已完成');
    await page.keyboard.press('Enter');
    expect(await taskField(page, '14', 'status@半年')).toBe('已完成');
    // 已完成 sets 100%.
    expect(await taskField(page, '14', 'percent@半年')).toBe(100);
  });

  it('pastes a block copied from an exported report back onto the tasks it came from', async () => {
    const { page } = session;
    await ready(page);
    // 序号 | 工作任务 | 牵头单位 | 配合单位 | 责任人 | 完成时限 | 完成进度 | 状态 | 序时 | 进展情况, with a section band.
    const block = [
      '四、全面推进养老事业高质量发展',
      '13\t进一步提升基本养老服务保障水平\t区民政局\t各街道\t李四\t2021年12月31日\t40%\t推进中\t略滞后\t已建成助餐点2个',
      '12\t加强辖区养老服务机构监督管理\t区民政局\t\t王五\t2021年12月31日\t50%\t推进中\t序时推进\t完成检查8家',
      '',
    ].join('\r\n');
    await clickCell(page, '20', 'key');
    await pasteText(page, block);
    expect(await taskField(page, '13', 'owner')).toBe('李四');
    expect(await taskField(page, '13', 'percent@半年')).toBe(40);
    expect(await taskField(page, '13', 'progress@半年')).toBe('已建成助餐点2个');
    expect(await taskField(page, '12', 'partnerUnits')).toBe('');
    expect(await taskField(page, '12', 'progress@半年')).toBe('完成检查8家');
    // The rows went by their 序号, not onto task 20 where the paste started; 序时 was skipped.
    expect(await taskField(page, '20', 'owner')).toBe('');
    expect(await page.locator('.toast-error').count()).toBe(0);
  });

  it('finds a task by its number and does not match dates', async () => {
    const { page } = session;
    await ready(page);
    await page.keyboard.press('ControlOrMeta+F');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe('搜索任务');
    await page.keyboard.insertText('21');
    // Every deadline is 2021-12-31: a search for 21 must not list all 28 tasks.
    const { tasks, bands } = await displayedRows(page);
    expect(tasks).toContain('21');
    expect(tasks.length).toBeLessThan(28);
    // Section bands without a task left are not shown.
    expect(bands.length).toBeLessThanOrEqual(tasks.length);
    await cell(page, '21', 'title').waitFor();
    await page.keyboard.press('Enter');
    expect(await focusedRowId(page)).toBe('21');
  });
});
