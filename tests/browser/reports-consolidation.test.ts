/**
 * 汇总多个单位 in real Chromium: three units' half-year files (written in Node by the same export
 * code) and one year-end file are picked at once; the summary shows each unit's rate, the ranking
 * chart and heat table, flags the late and missing units, lists the refused file, and 导出汇总表
 * downloads a workbook ExcelJS can read. 取消 during reading shows nothing half-done.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { useAppSession } from './app-session';
import type { Period } from '../../src/core/workbook/types';
import { exportReport } from '../../src/io/excel/reports';
import type { CellChange } from '../../src/core/workbook/operations';
import { sampleUnit } from '../helpers/sample-units';
import { openWorkbook } from './app-driver';
import { chooseFiles, downloadFrom, loadXlsx, text, type UploadFile } from './reports-driver';

const keys = sampleUnit('x').tasks.map((t) => t.key);
const done = (key: string, period: Period = '半年'): CellChange => ({
  key,
  field: `status@${period}`,
  value: '已完成',
});

/** A unit's report of the sample plan (the app's open plan): these cells, exported for `period` on `asOf`. */
async function unitFile(
  unit: string,
  asOf: string,
  changes: CellChange[],
  period: Period = '半年',
): Promise<UploadFile> {
  const file = await exportReport(sampleUnit(unit, changes), period, asOf);
  return { name: file.fileName, buffer: Buffer.from(file.bytes) };
}

/** 禾山 finished everything (100%), 金山 the first half (50%), 江头 has one task at 40% (0.4/28 = 1.4%). */
async function unitFiles(): Promise<UploadFile[]> {
  return [
    await unitFile(
      '禾山街道',
      '2021-07-03',
      keys.map((k) => done(k)),
    ),
    await unitFile(
      '金山街道',
      '2021-07-05',
      keys.slice(0, keys.length / 2).map((k) => done(k)),
    ),
    await unitFile('江头街道', '2021-07-10', [
      { key: '2', field: 'status@半年', value: '推进中' },
      { key: '2', field: 'percent@半年', value: 40 },
    ]),
    await unitFile('莲前街道', '2021-12-28', [], '全年'),
  ];
}

const session = useAppSession('each');
beforeEach(async () => {
  await session.page.locator('.ag-row[row-id="1"]').first().waitFor();
});

interface Probe {
  units: string[];
  ranking: { labels: string[]; values: (number | null)[] } | null;
}

async function probe(): Promise<Probe> {
  return session.page.evaluate(() => {
    const c = window.__planLedger!.consolidation;
    return { units: c?.result.units.map((u) => u.unit) ?? [], ranking: c?.ranking ?? null };
  });
}

/** Five units of the sample plan; 莲前 and 殿前 report on indicator tasks 16 and 17 (the rates count them). */
async function fiveUnits(): Promise<UploadFile[]> {
  const at = (key: string, percent: number, ...more: CellChange[]): CellChange[] => [
    { key, field: 'status@半年', value: '推进中' },
    { key, field: 'percent@半年', value: percent },
    ...more,
  ];
  return [
    await unitFile(
      '禾山街道',
      '2021-07-03',
      keys.map((k) => done(k)),
    ),
    await unitFile(
      '金山街道',
      '2021-07-05',
      keys.slice(0, 14).map((k) => done(k)),
    ),
    await unitFile('江头街道', '2021-07-06', at('2', 40)),
    await unitFile('莲前街道', '2021-07-02', [
      ...at('16', 50, { key: '16', field: 'actual@半年#0', value: 74 }),
      ...at('1', 33.3),
    ]),
    await unitFile('殿前街道', '2021-07-01', [
      ...at(
        '17',
        20,
        { key: '17', field: 'actual@半年#0', value: 12 },
        { key: '17', field: 'actual@半年#1', value: 4 },
      ),
      ...keys.slice(20).map((k) => done(k)),
    ]),
  ];
}

interface Summary {
  result: unknown;
  tables: string[];
  sheets: Record<string, unknown[][]>;
}

/** 汇总 of these files as the app shows and exports it. */
async function summarize(files: UploadFile[]): Promise<Summary> {
  const { page } = session;
  await chooseFiles(page, '汇总多个单位', files);
  const summary = page.locator('dialog.pl-reports--summary');
  await page.waitForFunction(() => window.__planLedger!.consolidation?.ranking);
  const result = await page.evaluate(
    () => JSON.parse(JSON.stringify(window.__planLedger!.consolidation!.result)) as unknown,
  );
  const tables = await summary.locator('table').allInnerTexts();
  const file = await downloadFrom(page, () => summary.getByRole('button', { name: '导出汇总表' }).click());
  const book = await loadXlsx(file.bytes);
  const sheets: Summary['sheets'] = {};
  book.eachSheet((ws) => {
    const rows: unknown[][] = [];
    ws.eachRow((row) => void rows.push([row.height, ...(row.values as unknown[])]));
    sheets[ws.name] = rows;
  });
  await summary.getByRole('button', { name: '关闭' }).click();
  await summary.waitFor({ state: 'detached' });
  return { result, tables, sheets };
}

describe('汇总多个单位 from the files alone', () => {
  it('gives from the home page exactly the summary it gives with the plan open', async () => {
    const files = await fiveUnits();
    await session.page.getByRole('button', { name: '台账列表' }).click();
    await session.page.locator('table.workbook-list').waitFor();
    expect(await openWorkbook(session.page)).toBeNull();
    const fromHome = await summarize(files);

    await session.page.locator('tr[data-id="sample"] button.link').click();
    await session.page.locator('.ag-row[row-id="1"]').first().waitFor();
    const withPlan = await summarize(files);
    expect(withPlan).toEqual(fromHome);

    const result = fromHome.result as { sections: unknown[]; units: { unit: string; rate: number }[] };
    expect(result.sections).toHaveLength(7);
    // 莲前: task 16 at 50 % with its 74 of 74 audits, (0.5 + 1) / 2, and task 1 at 33.3 %: (0.75 + 0.333) / 28.
    expect(result.units.find((u) => u.unit === '莲前街道')?.rate).toBeCloseTo((0.75 + 0.333) / 28, 10);
    // Task 1: done by 禾山 and 金山; 平均进度 over five units (1 + 1 + 0 + 0.333 + 0) / 5 = 46.7 %.
    const row = fromHome.tables
      .find((t) => t.includes('完成单位数'))!
      .split('\n')
      .find((l) => l.startsWith('1\t'))!;
    expect(row.split('\t').slice(2, 4)).toEqual(['2', '46.7%']);
    expect(session.problems).toEqual([]);
  });
});

describe('汇总多个单位', () => {
  it('shows rates, ranking, heat table, late/missing units and refused files, and exports the summary', async () => {
    const before = await openWorkbook(session.page);
    await chooseFiles(session.page, '汇总多个单位', await unitFiles());
    const summary = session.page.locator('dialog.pl-reports--summary');
    await summary.waitFor();
    await session.page.waitForFunction(() => {
      const c = window.__planLedger!;
      return c.consolidation?.ranking;
    });

    // The files are for the open workbook's plan: merged into it, not by the files' own say-so.
    expect(await summary.textContent()).not.toContain('不属于当前打开的台账');
    const { units, ranking } = await probe();
    expect(units.sort()).toEqual(['江头街道', '禾山街道', '金山街道'].sort());
    expect(ranking).toEqual({ labels: ['禾山街道', '金山街道', '江头街道'], values: [100, 50, 1.4] });
    const rate = (unit: string) =>
      summary.locator(`[data-testid=consolidation-units] tr[data-unit="${unit}"] [data-rate]`);
    expect(await rate('禾山街道').textContent()).toBe('100%');
    expect(await rate('金山街道').textContent()).toBe('50%');
    expect(await rate('江头街道').textContent()).toBe('1.4%');
    expect(await summary.locator('canvas[aria-label="各单位完成率排名"]').count()).toBe(1);
    const heatRows = await summary.locator('.pl-charts__heat tbody tr th').allTextContents();
    expect(heatRows).toEqual(['禾山街道', '金山街道', '江头街道']);
    // Task 2 × 江头街道: the status and percent that unit typed.
    const taskRow = summary.locator('[data-testid=consolidation-tasks] tr[data-key="2"] td');
    expect(await taskRow.allTextContents()).toContain('推进中 40%');
    const refused = await summary.locator('[data-testid=consolidation-rejected] li').allTextContents();
    expect(refused).toHaveLength(1);
    expect(refused[0]).toContain('莲前街道');
    expect(refused[0]).toContain('全年');

    await summary.getByLabel('报送截止日期').fill('2021-07-05');
    await summary.getByLabel('应报单位').fill('禾山街道、金山街道、江头街道、殿前街道');
    await summary.getByRole('button', { name: '重新核对' }).click();
    const flags = summary.locator('[data-testid=consolidation-flags]');
    await flags.getByText('逾期报送：江头街道').waitFor();
    expect(await flags.textContent()).toContain('未报送：殿前街道');

    const file = await downloadFrom(session.page, () => summary.getByRole('button', { name: '导出汇总表' }).click());
    expect(file.name).toMatch(/\.xlsx$/);
    const book = await loadXlsx(file.bytes);
    const rates = book.getWorksheet('单位完成率')!;
    const rateOf = new Map<string, unknown>();
    rates.eachRow((row) => void rateOf.set(text(row.getCell(1).value), row.getCell(4).value));
    expect(rateOf.get('禾山街道')).toBe(1);
    expect(rateOf.get('金山街道')).toBe(0.5);
    const issues: string[] = [];
    book.getWorksheet('缺报及未汇总')!.eachRow((row) => void issues.push(row.values!.toString()));
    expect(issues.join('\n')).toMatch(/未报送,殿前街道/);
    expect(issues.join('\n')).toMatch(/逾期报送,江头街道/);

    await summary.getByRole('button', { name: '关闭' }).click();
    await summary.waitFor({ state: 'detached' });
    expect(await openWorkbook(session.page)).toEqual(before);
    expect(session.problems).toEqual([]);
  });

  it('keeps the task × unit table of a big 汇总 folded until it is opened', async () => {
    const { page } = session;
    // 22 units × the sample's 28 tasks: 616 cells, past what is drawn at once.
    const units = Array.from({ length: 22 }, (_, i) => `第${i + 1}街道`);
    const files = await Promise.all(
      units.map((unit, i) =>
        unitFile(unit, '2021-07-03', i === 4 ? [{ key: '2', field: 'status@半年', value: '推进中' }] : []),
      ),
    );
    await chooseFiles(page, '汇总多个单位', files);
    const summary = page.locator('dialog.pl-reports--summary');
    await summary.waitFor();
    const details = summary.locator('details.pl-reports__details');
    expect(await details.getAttribute('open')).toBeNull();
    expect(await details.locator('summary').textContent()).toBe('28 项任务 × 22 个单位');
    expect(await summary.locator('[data-testid=consolidation-tasks]').count()).toBe(0);

    await details.locator('summary').click();
    const table = summary.locator('[data-testid=consolidation-tasks]');
    await table.waitFor();
    expect(await table.locator('thead th').count()).toBe(4 + 22);
    expect(await table.locator('tr[data-key="2"] td').allTextContents()).toContain('推进中');
    expect(session.problems).toEqual([]);
  }, 60_000);

  it('取消 while reading shows no summary', async () => {
    const [one] = await unitFiles();
    // Enough files that reading outlasts the click on 取消 even on a fast machine.
    const many = Array.from({ length: 150 }, (_, i) => ({ name: `单位${i + 1}.xlsx`, buffer: one!.buffer }));
    await chooseFiles(session.page, '汇总多个单位', many);
    const progress = session.page.locator('dialog[aria-label="正在汇总"]');
    await progress.getByText(/正在读取第/).waitFor();
    await progress.getByRole('button', { name: '取消' }).click();
    await session.page.locator('.toast', { hasText: '已取消汇总' }).waitFor();
    expect(await session.page.locator('dialog.pl-reports--summary').count()).toBe(0);
    expect(await progress.count()).toBe(0);
    expect(session.problems).toEqual([]);
  });

  it('reads the files in workers: the bar moves, 取消 stops them, and the next 汇总 is whole', async () => {
    const { page } = session;
    let started = 0;
    page.on('worker', () => void (started += 1));
    const files = await unitFiles();
    const many = Array.from({ length: 150 }, (_, i) => ({ name: `单位${i + 1}.xlsx`, buffer: files[0]!.buffer }));
    await chooseFiles(page, '汇总多个单位', many);
    // The bar moves while files are read; the page is free to run this poll meanwhile.
    await page.waitForFunction(() => {
      const bar = document.querySelector<HTMLProgressElement>('dialog[aria-label="正在汇总"] progress');
      return bar !== null && bar.value >= 3;
    });
    expect(started).toBeGreaterThan(0);
    const progress = page.locator('dialog[aria-label="正在汇总"]');
    await progress.getByRole('button', { name: '取消' }).click();
    await page.locator('.toast', { hasText: '已取消汇总' }).waitFor();
    // Stopped, not left reading in the background.
    await expect.poll(() => page.workers().length).toBe(0);
    expect(await page.locator('dialog.pl-reports--summary').count()).toBe(0);

    // Nothing of the cancelled reading is carried into the next 汇总.
    await chooseFiles(page, '汇总多个单位', files);
    await page.waitForFunction(() => window.__planLedger!.consolidation?.ranking);
    const { units } = await probe();
    expect(units.sort()).toEqual(['江头街道', '禾山街道', '金山街道'].sort());
    expect(session.problems).toEqual([]);
  });

  it('refuses more than 1,000 files at once before reading any', async () => {
    const tiny = Array.from({ length: 1001 }, (_, i) => ({ name: `单位${i + 1}.xlsx`, buffer: Buffer.from('x') }));
    await chooseFiles(session.page, '汇总多个单位', tiny);
    const toast = session.page.locator('.toast-error', { hasText: '一次最多汇总 1000 个文件，这次选择了 1001 个' });
    await toast.waitFor();
    expect(await session.page.locator('dialog[aria-label="正在汇总"]').count()).toBe(0);
    expect(session.problems).toEqual([]);
  });
});
