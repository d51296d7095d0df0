import { describe, expect, it } from 'vitest';
import { buildLedgerReport, buildPeriodReport } from '../../../../src/core/report/build/build-report';
import { MAX_CELL_CHARS, TRUNCATION_NOTE } from '../../../../src/core/report/build/cell-text';
import { readMeta } from '../../../../src/core/report/meta-read';
import { REPORT_META, type ReportSheet } from '../../../../src/core/report/model';
import { OPTIONAL_COLUMNS } from '../../../../src/core/report/build/report-options';
import { PROGRESS_HEADERS } from '../../../../src/core/report/build/progress-sheet';
import { continuationKey } from '../../../../src/core/report/build/sheet-builder';
import { LIGHT_COLORS } from '../../../../src/core/workbook/traffic-light';
import { readExpectedPlan } from '../../../helpers/shared-plans';
import { fixtureWorkbook, withTasks } from '../../../helpers/workbook-fixture';
import { reportToGrid } from '../reimport/report-to-grid';

const expected = readExpectedPlan('huli-2021');
const base = fixtureWorkbook('huli-2021');

function texts(sheet: ReportSheet, row: number): (string | number | null)[] {
  return sheet.rows[row - 1]?.cells.map((c) => c.value) ?? [];
}

describe('half-year report', () => {
  const report = buildPeriodReport(base, '半年', '2021-07-05');
  const progress = report.sheets[0] as ReportSheet;

  it('is named after unit, plan and period, and has the four sheets', () => {
    expect(report.fileName).toBe('殿前街道-2021年湖里区民政工作要点-半年推进情况.xlsx');
    expect(report.sheets.map((s) => s.name)).toEqual(['推进情况', '量化指标', '统计', REPORT_META.sheetName]);
    expect(report.sheets[3]?.hidden).toBe(true);
  });

  it('has the title merged across the table, the info line and the header of the columns with content', () => {
    expect(texts(progress, 1)[0]).toBe('殿前街道2021年湖里区民政工作要点上半年推进情况表');
    // The fixture has no 牵头单位, 配合单位, 责任人, 存在问题, 下步打算 or 备注: those columns are left out.
    expect(texts(progress, 3)).toEqual(['序号', '工作任务', '完成时限', '完成进度', '状态', '序时', '进展情况']);
    expect(progress.merges).toContainEqual({ top: 1, left: 1, bottom: 1, right: 7 });
    expect(String(texts(progress, 2)[0])).toMatch(
      /填报单位：殿前街道\s+填报日期：2021年7月5日\s+截止日期：2021年6月30日/,
    );
    expect(progress.frozenRows).toBe(3);
    // The info line and the header print on every page.
    expect(progress.printTitleRows).toEqual([2, 3]);
    expect(progress).toMatchObject({ landscape: true, paper: 'A4', scale: 100 });
  });

  it('takes an option given as undefined as not given', () => {
    const again = buildPeriodReport(base, '半年', '2021-07-05', { title: undefined, columns: undefined });
    expect(again.sheets[0]?.rows[0]?.cells[0]?.value).toBe('殿前街道2021年湖里区民政工作要点上半年推进情况表');
    expect(again.sheets[0]?.columnWidths).toEqual(progress.columnWidths);
  });

  it('gives the room of the left-out columns to 工作任务 and 进展情况', () => {
    // Fixed 6+10+7+7+8 = 38; minimums 14 + 22; 110 − 38 − 36 = 36 more, shared 3 : 6.
    expect(progress.columnWidths).toEqual([6, 26, 10, 7, 7, 8, 46]);
  });

  it('prints every column when asked, in the canonical order', () => {
    const all = buildPeriodReport(base, '半年', '2021-07-05', { columns: OPTIONAL_COLUMNS }).sheets[0] as ReportSheet;
    expect(texts(all, 3)).toEqual([...PROGRESS_HEADERS]);
    // The minimums alone (6+14+8+8+6+10+7+7+8+22+11+11+7 = 125) are wider than A4: 784.3 / (125 × 7.02) → 89 %.
    expect(all.columnWidths.reduce((a, b) => a + b, 0)).toBe(125);
    expect(all.scale).toBe(89);
  });

  it('lists every section as a merged band and every task in plan order, then the sign-off line', () => {
    const bands = progress.rows.filter((r) => r.cells[0]?.style === 'band').map((r) => r.cells[0]?.value);
    expect(bands).toEqual(expected.sections.map((s) => `${s.key}、${s.title}`));
    const keys = progress.rows.filter((r) => r.cells[0]?.style === 'center').map((r) => r.cells[0]?.value);
    expect(keys).toEqual(expected.tasks.map((t) => t.key));
    const bandRows = progress.rows.flatMap((r, i) => (r.cells[0]?.style === 'band' ? [i + 1] : []));
    for (const row of bandRows) expect(progress.merges).toContainEqual({ top: row, left: 1, bottom: row, right: 7 });
    const blank = '\u3000'.repeat(5);
    expect(progress.rows.at(-1)?.cells[0]?.value).toBe(
      `填报人：${blank}\u3000\u3000联系电话：${blank}\u3000\u3000审核人：${blank}\u3000\u3000单位（盖章）：${blank}\u3000\u3000填报日期：2021年7月5日`,
    );
  });

  it('puts a 状态 dropdown on one range covering all task rows', () => {
    // 状态 is the fifth printed column; the last row is the sign-off line.
    expect(progress.validations).toEqual([
      { range: `E4:E${progress.rows.length - 1}`, values: ['未启动', '推进中', '已完成', '暂缓', '不涉及'] },
    ]);
  });

  it('records workbook, plan and every task with its row in the hidden sheet', () => {
    const meta = readMeta(reportToGrid(report)[3]);
    expect(meta).toMatchObject({
      version: REPORT_META.version,
      workbookId: base.id,
      unit: '殿前街道',
      plan: '2021年湖里区民政工作要点',
      period: '半年',
      asOf: '2021-07-05',
      sections: expected.sections,
      continuations: [],
    });
    expect(meta?.planId).toMatch(/^[0-9a-f]{8}$/);
    expect(meta?.tasks.map((t) => [t.key, t.section, t.title])).toEqual(
      expected.tasks.map((t) => [t.key, t.section, t.title]),
    );
    expect(meta?.rows.map((r) => r.key)).toEqual(expected.tasks.map((t) => t.key));
    for (const { key, row } of meta?.rows ?? []) expect(progress.rows[row - 1]?.cells[0]?.value).toBe(key);
  });
});

describe('cells', () => {
  const first = expected.tasks[0]?.key ?? '1';
  const long = '很长的进展'.repeat(8000);
  const wb = withTasks(base, {
    [first]: {
      status: '推进中',
      percent: 30,
      notes: '=HYPERLINK("http://x")',
      periods: {
        半年: { status: null, progress: long, percent: 0.5, problems: '+1', nextSteps: '@SUM(A1)', actuals: [] },
      },
    },
  });
  const sheet = buildPeriodReport(wb, '半年', '2021-06-30', { columns: OPTIONAL_COLUMNS }).sheets[0] as ReportSheet;
  const rows = sheet.rows.filter((r) => [first, continuationKey(first)].includes(String(r.cells[0]?.value)));
  const row = rows[0];

  it('keeps text that looks like a formula as text', () => {
    expect(row?.cells[12]).toMatchObject({ value: '=HYPERLINK("http://x")', type: 'text' });
    expect(row?.cells[10]).toMatchObject({ value: '+1', type: 'text' });
    expect(row?.cells[11]).toMatchObject({ value: '@SUM(A1)', type: 'text' });
  });

  it('caps text at 32,767 characters with a visible note, continued over rows', () => {
    const progress = rows.map((r) => String(r.cells[9]?.value ?? '')).join('');
    expect(long.length).toBeGreaterThan(MAX_CELL_CHARS);
    expect(progress.length).toBe(MAX_CELL_CHARS);
    expect(progress.endsWith(TRUNCATION_NOTE)).toBe(true);
    for (const r of rows) expect(r.height).toBeLessThanOrEqual(409);
  });

  it('prints the period percent as typed, with the decimals it needs, and colours 序时', () => {
    expect(row?.cells[6]).toMatchObject({ value: 0.005, type: 'percent', numFmt: '0.0%' });
    // 0.5% done at 30 June against a year-end deadline (49.3 % of the year gone): 滞后.
    expect(row?.cells[8]).toMatchObject({ value: '滞后', fill: LIGHT_COLORS['红'] });
  });

  it('prints deadlines of the plan year without the year', () => {
    expect(row?.cells[5]).toMatchObject({ value: '2021-12-31', type: 'date', numFmt: 'm"月"d"日"' });
  });
});

describe('full ledger', () => {
  const report = buildLedgerReport(base, '2021-12-20');

  it('is two A3 sheets, one per half-year, and comes back with its hidden sheet', () => {
    expect(report.fileName).toBe('殿前街道-2021年湖里区民政工作要点-工作台账.xlsx');
    expect(report.sheets.map((s) => [s.name, s.paper])).toEqual([
      ['工作台账（一季度、半年）', 'A3'],
      ['工作台账（三季度、全年）', 'A3'],
      ['量化指标', 'A3'],
      [REPORT_META.sheetName, 'A4'],
    ]);
    const second = report.sheets[1]?.rows[2]?.cells.map((c) => c.value) ?? [];
    expect(second).toEqual([
      '序号',
      '工作任务',
      '三季度\n完成进度',
      '三季度\n状态',
      '三季度\n进展情况',
      '全年\n完成进度',
      '全年\n状态',
      '全年\n进展情况',
    ]);
    expect(readMeta(reportToGrid(report)[3])).toMatchObject({ kind: 'ledger', period: null });
  });
});
