/**
 * Report actions end to end in real Chromium on the built app: cells typed into the grid come out
 * in 导出半年报表 (charts embedded in 统计), a copy edited by ExcelJS comes back through 导入填报表
 * as exactly those cells in one undo step, and a damaged or oversized file changes nothing.
 */
import { unzipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { useAppSession } from './app-session';
import { readExpectedPlan } from '../helpers/shared-plans';
import { cellText, clickCell, savedCount, typeIntoCell, waitForApp, waitSavedAfter } from './app-driver';
import {
  action,
  chooseFiles,
  columnOf,
  downloadFrom,
  exportThroughDialog,
  loadXlsx,
  rowOfKey,
  taskProbes,
  text,
} from './reports-driver';

const expected = readExpectedPlan('huli-2021');
const TITLE = `殿前街道${expected.title}上半年推进情况表`;
const TYPED = { lead: '区民政局救助科', owner: '王芳', progress: '已完成摸底排查，覆盖12个社区。' };

const session = useAppSession('each');
beforeEach(async () => {
  await session.page.locator('.ag-row[row-id="1"]').first().waitFor();
});

async function typeSomeCells(): Promise<void> {
  const before = await savedCount(session.page);
  await typeIntoCell(session.page, '2', 'leadUnit', TYPED.lead);
  await typeIntoCell(session.page, '4', 'owner', TYPED.owner);
  await typeIntoCell(session.page, '6', 'progress@半年', TYPED.progress);
  await waitSavedAfter(session.page, before);
}

async function exportHalfYear(): Promise<{ name: string; bytes: Buffer }> {
  return exportThroughDialog(session.page, '导出半年报表');
}

describe('导出半年报表', () => {
  it('downloads the half-year report with the typed cells, every task key and the charts in 统计', async () => {
    await typeSomeCells();
    const file = await exportHalfYear();
    expect(file.name).toBe(`殿前街道-${expected.title}-半年推进情况.xlsx`);
    const book = await loadXlsx(file.bytes);
    const ws = book.getWorksheet('推进情况')!;
    expect(text(ws.getCell('A1').value)).toBe(TITLE);
    const keys: string[] = [];
    ws.eachRow((row) => {
      const key = text(row.getCell(1).value);
      if (/^\d+$/.test(key)) keys.push(key);
    });
    expect(keys).toEqual(expected.tasks.map((t) => t.key));
    expect(text(rowOfKey(ws, '2').getCell(columnOf(ws, '牵头单位')).value)).toBe(TYPED.lead);
    expect(text(rowOfKey(ws, '4').getCell(columnOf(ws, '责任人')).value)).toBe(TYPED.owner);
    expect(text(rowOfKey(ws, '6').getCell(columnOf(ws, '进展情况')).value)).toBe(TYPED.progress);
    // Columns nobody filled in are left out; the others keep their order. The sample's half-year
    // entries (src/ui/sample-entries.ts) name 配合单位 on tasks 11–12, 存在问题 and 下步打算 on
    // tasks 1, 4, 5 and 7, and a 备注 on task 21; no task has a 责任单位 or 完成标准.
    expect((ws.getRow(3).values as unknown[]).slice(1)).toEqual([
      '序号',
      '工作任务',
      '牵头单位',
      '配合单位',
      '责任人',
      '完成时限',
      '完成进度',
      '状态',
      '序时',
      '进展情况',
      '存在问题',
      '下步打算',
      '备注',
    ]);

    const stats = book.getWorksheet('统计')!;
    expect(stats.getImages().length).toBeGreaterThanOrEqual(4);
    const media = Object.entries(unzipSync(new Uint8Array(file.bytes))).filter(([n]) => /^xl\/media\/.+\.png$/.test(n));
    expect(media.length).toBe(stats.getImages().length);
    for (const [, png] of media) {
      expect([...png.slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
      // A chart, not an empty canvas: a blank 1440-pixel-wide PNG compresses to far less.
      expect(png.length).toBeGreaterThan(8_000);
    }
    expect(session.problems).toEqual([]);
  });

  it('offers 一季度 and the full ledger under 其他报表', async () => {
    await typeSomeCells();
    const quarter = await exportThroughDialog(session.page, '其他报表', '一季度推进情况表');
    expect(quarter.name).toBe(`殿前街道-${expected.title}-一季度推进情况.xlsx`);
    const q = await loadXlsx(quarter.bytes);
    expect(text(q.getWorksheet('推进情况')!.getCell('A1').value)).toBe(`殿前街道${expected.title}第一季度推进情况表`);

    const ledger = await exportThroughDialog(session.page, '其他报表', '全部期次台账');
    const sheet = (await loadXlsx(ledger.bytes)).worksheets[0]!;
    const cells: string[] = [];
    sheet.eachRow((row) => row.eachCell((c) => void cells.push(text(c.value))));
    for (const value of Object.values(TYPED)) expect(cells).toContain(value);
    expect(session.problems).toEqual([]);
  });
});

describe('the export dialog', () => {
  it('remembers an edited title and 任务全文 per workbook across a reload, each change one undoable step', async () => {
    const { page } = session;
    const saved = await savedCount(page);
    const file = await downloadFrom(page, async () => {
      await action(page, '导出半年报表').click();
      const dialog = page.getByRole('dialog', { name: '导出报表' });
      await dialog.getByLabel('报表标题').fill('殿前街道民政工作');
      await expect(dialog.getByTestId('export-title-suffix').textContent()).resolves.toBe('上半年推进情况表');
      await dialog.getByRole('radio', { name: '任务全文' }).check();
      await dialog.getByRole('button', { name: '导出' }).click();
    });
    const ws = (await loadXlsx(file.bytes)).getWorksheet('推进情况')!;
    expect(text(ws.getCell('A1').value)).toBe('殿前街道民政工作上半年推进情况表');
    expect(text(rowOfKey(ws, '1').getCell(2).value)).toMatch(
      /^持续深入学习贯彻习近平新时代中国特色社会主义思想。将学习/,
    );
    await waitSavedAfter(page, saved);

    await page.reload();
    await waitForApp(page);
    await page.locator('.ag-row[row-id="1"]').first().waitFor();
    await action(page, '其他报表').click();
    const dialog = page.getByRole('dialog', { name: '导出报表' });
    await expect(dialog.getByLabel('报表标题').inputValue()).resolves.toBe('殿前街道民政工作');
    await expect(dialog.getByRole('radio', { name: '任务全文' }).isChecked()).resolves.toBe(true);
    await dialog.getByLabel('报表标题').fill('殿前街道');
    await downloadFrom(page, () => dialog.getByRole('button', { name: '导出' }).click());
    await page.waitForFunction(() => window.__planLedger!.page()!.workbook().report?.title === '殿前街道');

    // One Ctrl+Z on the grid takes the change of the settings back.
    await clickCell(page, '1', 'owner');
    await page.keyboard.press('ControlOrMeta+z');
    await page.waitForFunction(() => window.__planLedger!.page()!.workbook().report?.title === '殿前街道民政工作');
    expect(session.problems).toEqual([]);
  });
});

/** The exported file with some cells changed by ExcelJS, as a colleague's spreadsheet program would. */
async function editedCopy(bytes: Buffer, edits: { key: string; column: string; value: string }[]): Promise<Buffer> {
  const book = await loadXlsx(bytes);
  const ws = book.getWorksheet('推进情况')!;
  for (const e of edits) rowOfKey(ws, e.key).getCell(columnOf(ws, e.column)).value = e.value;
  return Buffer.from((await book.xlsx.writeBuffer()) as ArrayBuffer);
}

const EDITS = [
  { key: '3', column: '进展情况', value: '召开推进会2次，印发实施方案。', field: 'progress@半年' },
  { key: '5', column: '责任人', value: '李明', field: 'owner' },
  { key: '5', column: '状态', value: '已完成', field: 'status@半年' },
];
/** What the rules add: 已完成 sets 100%. */
const DERIVED = [{ key: '5', value: '100', field: 'percent@半年' }];

async function diffRows(): Promise<{ key: string; field: string; text: string }[]> {
  return session.page.locator('[data-testid=reimport-diff] tbody tr').evaluateAll((rows) =>
    rows.map((r) => ({
      key: r.getAttribute('data-key')!,
      field: r.getAttribute('data-field')!,
      text: r.textContent!,
    })),
  );
}

describe('导入填报表', () => {
  it('shows exactly the edited cells, 取消 changes nothing, 确认导入 applies them as one undo step', async () => {
    await typeSomeCells();
    const edited = await editedCopy((await exportHalfYear()).bytes, EDITS);
    const before = await taskProbes(session.page);

    await chooseFiles(session.page, '导入填报表', [{ name: '殿前街道-填报.xlsx', buffer: edited }]);
    await session.page.locator('[data-testid=reimport-diff]').waitFor();
    await session.page.getByRole('button', { name: '取消' }).click();
    await session.page.locator('dialog.pl-reports').waitFor({ state: 'detached' });
    expect(await taskProbes(session.page)).toEqual(before);

    await chooseFiles(session.page, '导入填报表', [{ name: '殿前街道-填报.xlsx', buffer: edited }]);
    await session.page.locator('[data-testid=reimport-diff]').waitFor();
    const rows = await diffRows();
    const shown = [...EDITS, ...DERIVED];
    expect(rows.map((r) => `${r.key} ${r.field}`).sort()).toEqual(shown.map((e) => `${e.key} ${e.field}`).sort());
    for (const e of shown) expect(rows.find((r) => r.key === e.key && r.field === e.field)!.text).toContain(e.value);
    const saved = await savedCount(session.page);
    await session.page.getByRole('button', { name: '确认导入' }).click();
    await waitSavedAfter(session.page, saved);

    const after = await taskProbes(session.page);
    const byKey = (probes: typeof after, key: string) => probes.find((t) => t.key === key)!;
    expect(byKey(after, '3').progress).toBe(EDITS[0]!.value);
    expect(byKey(after, '5').owner).toBe('李明');
    expect(byKey(after, '5').status).toBe('已完成');
    const untouched = (probes: typeof after) => probes.filter((t) => t.key !== '3' && t.key !== '5');
    expect(untouched(after)).toEqual(untouched(before));
    await clickCell(session.page, '5', 'owner');
    expect(await cellText(session.page, '5', 'owner')).toBe('李明');

    // The grid has focus (not editing): one Ctrl+Z takes back the whole import, not the typed cells.
    await session.page.keyboard.press('Escape');
    await session.page.keyboard.press('ControlOrMeta+z');
    await session.page.waitForFunction(
      (owner) =>
        window
          .__planLedger!.page()!
          .workbook()
          .tasks.find((t) => t.key === '5')?.owner === owner,
      byKey(before, '5').owner,
    );
    expect(await taskProbes(session.page)).toEqual(before);
    expect(byKey(before, '4').owner).toBe(TYPED.owner);
    expect(session.problems).toEqual([]);
  });

  it('refuses a damaged file and an oversized one with a Chinese message, changing nothing', async () => {
    await typeSomeCells();
    const good = (await exportHalfYear()).bytes;
    const before = await taskProbes(session.page);

    // The first half of a real export: a zip whose central directory is gone.
    await chooseFiles(session.page, '导入填报表', [
      { name: '损坏的填报表.xlsx', buffer: good.subarray(0, good.length >> 1) },
    ]);
    const toast = session.page.locator('.toast-error');
    await toast.waitFor();
    expect(await toast.textContent()).toContain('未能从“损坏的填报表.xlsx”导入任何内容');
    expect(await session.page.locator('dialog.pl-reports').count()).toBe(0);

    // Made inside the page: a 21 MB upload over the DevTools protocol takes longer than the test.
    const [chooser] = await Promise.all([
      session.page.waitForEvent('filechooser'),
      action(session.page, '导入填报表').click(),
    ]);
    await chooser.element().evaluate((input: HTMLInputElement) => {
      const files = new DataTransfer();
      files.items.add(new File([new Uint8Array(21 * 1024 * 1024)], '太大.xlsx'));
      input.files = files.files;
      input.dispatchEvent(new Event('change'));
    });
    await session.page.locator('.toast-error', { hasText: '太大.xlsx' }).waitFor();
    expect(await session.page.locator('.toast-error').textContent()).toContain('超过 20 MB');

    expect(await taskProbes(session.page)).toEqual(before);
    expect(session.problems).toEqual([]);
  });
});
