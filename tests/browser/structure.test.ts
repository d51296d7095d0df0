/**
 * The user corrects the plan's structure: in the import preview (任务层级, 不是任务, 设为任务) before
 * the workbook exists, and afterwards in the grid (插入/编辑/删除任务 from the 任务 menu or a
 * right-click). What they chose is what is saved, survives a reload and comes out in the report.
 */
import { describe, expect, it } from 'vitest';
import { useAppSession } from './app-session';
import { displayedRows, openWorkbook, savedCount, waitForApp, waitSavedAfter } from './app-driver';
import { exportThroughDialog, loadXlsx, text } from './reports-driver';
import type { Page } from 'playwright-core';

// Three numbering levels: 一、 sections, （一） items, 1. measures under them.
const PLAN = [
  '某区民政局2026年工作要点',
  '一、兜牢民生底线',
  // Each （一） is a whole sentence of its own, so the automatic reading takes them as the tasks (a
  // heading line alone, or a short run-in head such as `（一）推进社区减负。…`, over two or more
  // numbered items would be read as their group).
  '（一）完善社会救助体系，健全分层分类、城乡统筹的救助格局。做到应保尽保。',
  '1.开展低保扩面行动，年内完成复核。',
  '2.推进急难救助，6月底前出台办法。',
  '（二）提升养老服务水平。扩大社区养老服务供给。',
  '3.新建社区养老服务站5个。',
  '二、加强基层治理',
  '（三）推进社区减负，减轻社区负担、提高社区服务的效率。',
  '4.清理社区挂牌。',
  '5.精简考核事项。',
].join('\n');

const session = useAppSession('each');

async function previewKeys(page: Page): Promise<string[]> {
  return page.locator('.preview-task').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key') ?? ''));
}

async function previewTitles(page: Page): Promise<string[]> {
  return page.locator('.preview-task .preview-title').allTextContents();
}

async function openImport(page: Page) {
  await page.getByRole('button', { name: '导入工作要点' }).click();
  const dialog = page.getByRole('dialog', { name: '导入工作要点' });
  await dialog.getByLabel('粘贴工作要点全文').fill(PLAN);
  await dialog.getByRole('button', { name: '识别' }).click();
  await dialog.locator('.preview-task').first().waitFor();
  return dialog;
}

async function taskTitles(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    window
      .__planLedger!.page()!
      .workbook()
      .tasks.filter((t) => !t.archived)
      .map((t) => `${t.key} ${t.title}`),
  );
}

describe('import preview', () => {
  it('reads the level the user picks and keeps their corrections in the workbook it creates', async () => {
    const { page } = session;
    const dialog = await openImport(page);
    // Automatic reading takes the （一） items as tasks.
    expect(await previewTitles(page)).toEqual([
      '完善社会救助体系，健全分层分类、城乡统筹的救助格局',
      '提升养老服务水平',
      '推进社区减负，减轻社区负担、提高社区服务的效率',
    ]);

    await dialog.getByLabel('任务层级', { exact: true }).selectOption({ label: '1.（5处）' });
    await expect.poll(() => previewKeys(page)).toEqual(['1', '2', '3', '4', '5']);

    await dialog.locator('.preview-task[data-key="5"]').getByRole('button', { name: '不是任务' }).click();
    await expect.poll(() => previewKeys(page)).toEqual(['1', '2', '3', '4']);
    // The dropped line is now among those left out, and can be made a task again.
    await dialog.getByText(/未识别为任务的行/).click();
    const dropped = dialog.locator('.preview-left-out li', { hasText: '5.精简考核事项。' });
    await dropped.getByRole('button', { name: '设为任务' }).click();
    await expect.poll(() => previewKeys(page)).toEqual(['1', '2', '3', '4', '5']);
    await dialog.locator('.preview-task[data-key="4"]').getByRole('button', { name: '并入上一项' }).click();
    await expect.poll(() => previewKeys(page)).toEqual(['1', '2', '3', '5']);

    await dialog.getByLabel('填报单位').fill('殿前街道');
    const before = await savedCount(page);
    await dialog.getByRole('button', { name: '创建台账' }).click();
    await waitSavedAfter(page, before);
    const created = await taskTitles(page);
    expect(created).toEqual([
      '1 开展低保扩面行动，年内完成复核',
      '2 推进急难救助，6月底前出台办法',
      '3 新建社区养老服务站5个',
      '5 精简考核事项',
    ]);
    const merged = await page.evaluate(
      () =>
        window
          .__planLedger!.page()!
          .workbook()
          .tasks.find((t) => t.key === '3')?.text ?? '',
    );
    expect(merged).toContain('清理社区挂牌');

    await page.reload();
    await waitForApp(page);
    expect((await openWorkbook(page))?.name).toContain('2026年工作要点');
    expect(await taskTitles(page)).toEqual(created);
    expect(session.problems).toEqual([]);
  });
});

describe('structure edits in the grid', () => {
  async function rightClick(page: Page, key: string) {
    const row = page.locator(`.ag-row[row-id="${key}"] [col-id="title"]`).first();
    await row.click({ button: 'right' });
    return page.getByRole('menu');
  }

  it('inserts, edits and deletes tasks; they survive a reload and show in the exported report', async () => {
    const { page } = session;
    await page.locator('.ag-row[row-id="3"]').first().waitFor();

    let before = await savedCount(page);
    await (await rightClick(page, '3')).getByRole('menuitem', { name: '插入任务' }).click();
    const insert = page.getByRole('dialog', { name: '插入任务' });
    await insert.getByLabel('编号').fill('3-1');
    await insert.getByLabel('工作任务').fill('开展困难群众冬季走访慰问');
    await insert.getByRole('button', { name: '确定' }).click();
    await waitSavedAfter(page, before);
    const rows = (await displayedRows(page)).tasks;
    expect(rows.slice(rows.indexOf('3'), rows.indexOf('3') + 3)).toEqual(['3', '3-1', '4']);

    // A key that is taken is refused in the dialog, which stays open.
    await (await rightClick(page, '3-1')).getByRole('menuitem', { name: '编辑任务' }).click();
    const edit = page.getByRole('dialog', { name: '编辑任务3-1' });
    await edit.getByLabel('编号').fill('4');
    await edit.getByRole('button', { name: '确定' }).click();
    await expect.poll(() => edit.locator('.ask-error').textContent()).toContain('4');
    before = await savedCount(page);
    await edit.getByLabel('编号').fill('3-1');
    await edit.getByLabel('工作任务').fill('开展困难群众春节走访慰问');
    await edit.getByRole('button', { name: '确定' }).click();
    await waitSavedAfter(page, before);

    before = await savedCount(page);
    await (await rightClick(page, '5')).getByRole('menuitem', { name: '删除任务', exact: true }).click();
    await page.getByRole('dialog', { name: '删除任务', exact: true }).getByRole('button', { name: '删除' }).click();
    await waitSavedAfter(page, before);
    expect((await displayedRows(page)).tasks).not.toContain('5');

    await page.reload();
    await waitForApp(page);
    await page.locator('.ag-row[row-id="3-1"]').first().waitFor();
    const after = (await displayedRows(page)).tasks;
    expect(after).toContain('3-1');
    expect(after).not.toContain('5');

    const file = await exportThroughDialog(page, '导出半年报表');
    const sheet = (await loadXlsx(file.bytes)).getWorksheet('推进情况')!;
    const listed = new Map<string, string>();
    sheet.eachRow((row) => void listed.set(text(row.getCell(1).value), text(row.getCell(2).value)));
    expect(listed.get('3-1')).toContain('开展困难群众春节走访慰问');
    expect(listed.has('5')).toBe(false);

    // 已删除任务 lists the deleted task, and 恢复 brings it back.
    await page.locator('.task-menu summary').click();
    await page.getByRole('menuitem', { name: '已删除任务' }).click();
    const archived = page.getByRole('dialog', { name: '已删除任务' });
    before = await savedCount(page);
    await archived.locator('li[data-key="5"]').getByRole('button', { name: '恢复' }).click();
    await waitSavedAfter(page, before);
    expect((await displayedRows(page)).tasks).toContain('5');
    expect(session.problems).toEqual([]);
  });
});
