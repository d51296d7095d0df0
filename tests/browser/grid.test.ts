/**
 * The grid as a user drives it: import a real plan through the UI, type, Tab, undo/redo, paste a
 * block with a bad cell, filter, reload. Expected values are what the test typed or the plan says.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useAppSession } from './app-session';
import {
  cell,
  cellText,
  chooseStatus,
  clickCell,
  copyText,
  displayedRows,
  importPlanByPaste,
  openWorkbook,
  pasteText,
  savedCount,
  storedRecord,
  taskField,
  waitForApp,
  waitSavedAfter,
} from './app-driver';
import { readExpectedPlan, readSharedPlan } from '../helpers/shared-plans';

const session = useAppSession('all');

beforeAll(async () => {
  await importPlanByPaste(session.page, readSharedPlan('changzhou-2024'), '天宁区民政局');
  await session.page.waitForFunction(() => document.title.includes('2024年全市民政工作要点'));
});

describe('the progress grid on 2024年常州市民政工作要点', () => {
  it('shows 34 tasks keyed 1…34 under 10 section bands, in plan order', async () => {
    const expected = readExpectedPlan('changzhou-2024');
    const rows = await displayedRows(session.page);
    expect(rows.tasks).toEqual(Array.from({ length: 34 }, (_, i) => String(i + 1)));
    expect(rows.bands).toEqual(expected.sections.map((s) => `§${s.key}`));
    expect(await cellText(session.page, '8', 'title')).toBe(expected.tasks[7]!.title);
    await expect(session.page.getByTestId('status-bar').textContent()).resolves.toContain('共 34 项');
  });

  it('starts an edit by typing, commits with Tab, cancels with Esc', async () => {
    await cell(session.page, '1', 'percent@半年').click();
    await session.page.keyboard.type('60');
    await session.page.keyboard.press('Tab');
    await session.page.keyboard.press('Escape');
    expect(await taskField(session.page, '1', 'percent@半年')).toBe(60);
    expect(await cellText(session.page, '1', 'percent@半年')).toBe('60%');

    await cell(session.page, '2', 'owner').click();
    await session.page.keyboard.type('zhang');
    await session.page.keyboard.press('Escape');
    expect(await taskField(session.page, '2', 'owner')).toBe('');
  });

  it('edits with F2 and Enter, refuses an invalid value with a message, clears with Delete', async () => {
    await cell(session.page, '2', 'leadUnit').click();
    await session.page.keyboard.press('F2');
    await session.page.keyboard.insertText('市民政局办公室');
    await session.page.keyboard.press('Enter');
    expect(await taskField(session.page, '2', 'leadUnit')).toBe('市民政局办公室');

    await cell(session.page, '3', 'percent@半年').click();
    await session.page.keyboard.type('130');
    await session.page.keyboard.press('Enter');
    expect(await taskField(session.page, '3', 'percent@半年')).toBe(null);
    await expect(session.page.locator('.toast-error').textContent()).resolves.toContain('未接受');

    await cell(session.page, '1', 'percent@半年').click();
    await session.page.keyboard.press('Delete');
    expect(await taskField(session.page, '1', 'percent@半年')).toBe(null);
    await session.page.keyboard.press('ControlOrMeta+Z');
    expect(await taskField(session.page, '1', 'percent@半年')).toBe(60);
  });

  it('undoes and redoes through the model history with Ctrl+Z / Ctrl+Y', async () => {
    await cell(session.page, '2', 'leadUnit').click();
    await session.page.keyboard.press('ControlOrMeta+Z');
    expect(await taskField(session.page, '2', 'leadUnit')).toBe('');
    await session.page.keyboard.press('ControlOrMeta+Y');
    expect(await taskField(session.page, '2', 'leadUnit')).toBe('市民政局办公室');
  });

  it('pastes a 3×4 block from Excel: valid cells applied as one undo step, the invalid one listed', async () => {
    await cell(session.page, '4', 'leadUnit').click();
    const block = [
      '社会救助处\t财政局\t王敏\t2024-06-30',
      '社会救助处\t\t李强\t2024-02-30',
      '慈善社工处\t总工会\t赵红\t2024-12-31',
      '',
    ].join('\r\n');
    await pasteText(session.page, block);
    expect(await taskField(session.page, '4', 'deadline')).toBe('2024-06-30');
    expect(await taskField(session.page, '5', 'owner')).toBe('李强');
    expect(await taskField(session.page, '5', 'deadline')).toBe('2024-12-31');
    expect(await taskField(session.page, '6', 'partnerUnits')).toBe('总工会');
    const toast = await session.page.locator('.toast-error').textContent();
    expect(toast).toContain('1 个单元格未接受');
    expect(toast).toContain('2024-02-30');

    await session.page.keyboard.press('ControlOrMeta+Z');
    expect(await taskField(session.page, '4', 'leadUnit')).toBe('');
    expect(await taskField(session.page, '6', 'owner')).toBe('');
    await session.page.keyboard.press('ControlOrMeta+Y');
    expect(await taskField(session.page, '6', 'owner')).toBe('赵红');
  });

  it('filters by quick search, section and status, and counts in the status bar', async () => {
    await session.page.getByLabel('搜索任务').fill('养老');
    const searched = (await displayedRows(session.page)).tasks;
    expect(searched).toEqual(expect.arrayContaining(['8', '9', '10', '11']));
    expect(searched).not.toContain('1');
    await session.page.getByLabel('搜索任务').fill('');

    await session.page.getByLabel('按部分筛选').selectOption('二');
    expect((await displayedRows(session.page)).tasks).toEqual(['4', '5', '6', '7']);
    await expect(session.page.getByTestId('status-bar').textContent()).resolves.toContain('共 4 项');
    await session.page.getByLabel('按部分筛选').selectOption('');

    await chooseStatus(session.page, '9', '已完成');
    expect(await taskField(session.page, '9', 'status@半年')).toBe('已完成');
    await session.page.getByLabel('按状态筛选').selectOption('已完成');
    expect((await displayedRows(session.page)).tasks).toEqual(['9']);
    await session.page.getByRole('button', { name: '清除筛选' }).click();
    expect((await displayedRows(session.page)).tasks).toHaveLength(34);
  });

  it('keeps everything after a reload, with no console errors', async () => {
    const before = await savedCount(session.page);
    // The paste report is still open over the bottom rows; close it as a user would.
    await session.page.getByRole('button', { name: '关闭消息' }).click();
    await clickCell(session.page, '34', 'notes');
    await session.page.keyboard.press('F2');
    await session.page.keyboard.insertText('年底前复核');
    await session.page.keyboard.press('Tab');
    await session.page.keyboard.press('Escape');
    await waitSavedAfter(session.page, before);
    await session.page.reload();
    await waitForApp(session.page);
    expect((await openWorkbook(session.page))?.name).toBe('2024年全市民政工作要点');
    expect(await taskField(session.page, '1', 'percent@半年')).toBe(60);
    expect(await taskField(session.page, '2', 'leadUnit')).toBe('市民政局办公室');
    expect(await taskField(session.page, '6', 'owner')).toBe('赵红');
    expect(await taskField(session.page, '9', 'status@半年')).toBe('已完成');
    expect(await taskField(session.page, '34', 'notes')).toBe('年底前复核');
    expect(session.problems).toEqual([]);
  });

  it('copies the focused cell, or several selected rows, as tab-separated text', async () => {
    const expected = readExpectedPlan('changzhou-2024');
    await clickCell(session.page, '4', 'owner');
    expect(await copyText(session.page)).toBe('王敏');

    await clickCell(session.page, '4', 'key');
    await cell(session.page, '6', 'key').click({ modifiers: ['Shift'] });
    const lines = (await copyText(session.page)).split('\r\n').map((l) => l.split('\t'));
    expect(lines.map((l) => l[0])).toEqual(['4', '5', '6']);
    expect(lines[0]!.slice(1, 6)).toEqual([expected.tasks[3]!.title, '社会救助处', '财政局', '王敏', '2024-06-30']);
    expect(lines[2]!.slice(2, 5)).toEqual(['慈善社工处', '总工会', '赵红']);
  });

  it('hides a column from 显示列 and keeps that choice as UI state, not in the workbook', async () => {
    const header = session.page.locator('.ag-header-cell[col-id="partnerUnits"]');
    expect(await header.count()).toBe(1);
    await session.page.getByText('显示列').click();
    await session.page.getByRole('checkbox', { name: '配合单位' }).uncheck();
    await expect.poll(() => header.count()).toBe(0);
    // UI state is written in the background: reload once IndexedDB holds it.
    await expect.poll(async () => JSON.stringify(await storedRecord(session.page, 'ui/app'))).toContain('partnerUnits');
    await session.page.reload();
    await waitForApp(session.page);
    expect(await header.count()).toBe(0);
    const workbook = await session.page.evaluate(() => JSON.stringify(window.__planLedger!.page()!.workbook()));
    expect(workbook).not.toContain('partnerUnits"]');
    expect(workbook).not.toContain('"hidden"');
    expect(session.problems).toEqual([]);
  });
});
