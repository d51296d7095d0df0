/**
 * A revised plan arrives mid-year: importing it into the open workbook merges by task key after
 * the user has seen the diff; progress stays with its key, a dropped task is archived (kept), and
 * the whole revision is one undo step.
 */
import { expect, it } from 'vitest';
import { launchChromium, openWatchedPage, removeProfileDir, serveDist } from './harness';
import { cell, clickCell, displayedRows, taskField, waitForApp } from './app-driver';
import { readSharedPlan } from '../helpers/shared-plans';

it('merges a revised plan by task key after showing what changes', async () => {
  const original = readSharedPlan('huli-2021');
  const task2 = '2.深入学习贯彻党的十九届五中全会精神。';
  const task28 = original.split('\n').find((l) => l.startsWith('28.'))!;
  expect(original).toContain(task2);
  const revised = original
    .replace(task2, '2.深入学习贯彻党的十九届五中全会和十四五规划精神。')
    .replace(task28, '29.做好民政统计工作。按季度报送民政统计数据。');

  const server = await serveDist();
  const chrome = await launchChromium();
  try {
    const { page, problems } = await openWatchedPage(chrome.context, server.url);
    await waitForApp(page);
    await clickCell(page, '10', 'leadUnit');
    await page.keyboard.press('F2');
    await page.keyboard.insertText('社会救助科');
    await page.keyboard.press('Enter');

    await page.getByRole('button', { name: '导入工作要点' }).click();
    const importer = page.getByRole('dialog', { name: '导入工作要点' });
    await importer.getByLabel('粘贴工作要点全文').fill(revised);
    await importer.getByRole('button', { name: '识别' }).click();
    await importer.getByRole('button', { name: '更新当前台账' }).click();

    const diff = page.getByRole('dialog', { name: '更新当前台账' });
    const text = (await diff.textContent()) ?? '';
    expect(text).toContain('新增 1 项');
    expect(text).toContain('改标题 1 项');
    expect(text).toContain('29 做好民政统计工作');
    expect(text).toContain('2：深入学习贯彻党的十九届五中全会精神 → 深入学习贯彻党的十九届五中全会和十四五规划精神');
    expect(text).toContain('28 严格内部日常管理');
    await diff.getByRole('button', { name: '确认更新' }).click();

    const rows = await displayedRows(page);
    expect(rows.tasks).toContain('29');
    expect(rows.tasks).not.toContain('28');
    expect(await taskField(page, '28', 'archived')).toBe(true);
    expect(await taskField(page, '10', 'leadUnit')).toBe('社会救助科');
    expect(await taskField(page, '2', 'title')).toBe('深入学习贯彻党的十九届五中全会和十四五规划精神');

    await cell(page, '1', 'owner').click();
    await page.keyboard.press('ControlOrMeta+Z');
    const undone = await displayedRows(page);
    expect(undone.tasks).toContain('28');
    expect(undone.tasks).not.toContain('29');
    expect(await taskField(page, '2', 'title')).toBe('深入学习贯彻党的十九届五中全会精神');
    expect(await taskField(page, '10', 'leadUnit')).toBe('社会救助科');
    expect(problems).toEqual([]);
  } finally {
    await chrome.close();
    removeProfileDir(chrome.profileDir);
    await server.close();
  }
});
