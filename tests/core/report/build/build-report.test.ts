import { describe, expect, it } from 'vitest';
import { buildLedgerReport, buildPeriodReport } from '../../../../src/core/report/build/build-report';
import { MAX_CELL_CHARS, TRUNCATION_NOTE } from '../../../../src/core/report/build/cell-text';
import { readMeta } from '../../../../src/core/report/meta-sheet';
import { REPORT_META, type ReportSheet } from '../../../../src/core/report/model';
import { PROGRESS_HEADERS } from '../../../../src/core/report/build/progress-sheet';
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

  it('has the title merged across the table, the info line and the header', () => {
    expect(texts(progress, 1)[0]).toBe('殿前街道2021年湖里区民政工作要点半年推进情况表');
    expect(progress.merges).toContainEqual({ top: 1, left: 1, bottom: 1, right: PROGRESS_HEADERS.length });
    expect(String(texts(progress, 2)[0])).toMatch(
      /填报单位：殿前街道\s+填报日期：2021年7月5日\s+截止日期：2021年6月30日/,
    );
    expect(texts(progress, 3)).toEqual([...PROGRESS_HEADERS]);
    expect(progress.frozenRows).toBe(3);
    expect(progress.printTitleRows).toEqual([3, 3]);
    expect(progress.landscape).toBe(true);
  });

  it('lists every section as a merged band and every task in plan order', () => {
    const bands = progress.rows.filter((r) => r.cells[0]?.style === 'band').map((r) => r.cells[0]?.value);
    expect(bands).toEqual(expected.sections.map((s) => `${s.key}、${s.title}`));
    const keys = progress.rows.filter((r) => r.cells[0]?.style === 'center').map((r) => r.cells[0]?.value);
    expect(keys).toEqual(expected.tasks.map((t) => t.key));
    const bandRows = progress.rows.flatMap((r, i) => (r.cells[0]?.style === 'band' ? [i + 1] : []));
    for (const row of bandRows) expect(progress.merges).toContainEqual({ top: row, left: 1, bottom: row, right: 13 });
  });

  it('puts a 状态 dropdown on one range covering all task rows', () => {
    expect(progress.validations).toEqual([
      { range: `H4:H${progress.rows.length}`, values: ['未启动', '推进中', '已完成', '暂缓', '不涉及'] },
    ]);
  });

  it('records workbook id, version and every task key with its row in the hidden sheet', () => {
    const meta = readMeta(reportToGrid(report)[3]);
    expect(meta).toMatchObject({
      version: REPORT_META.version,
      workbookId: base.id,
      unit: '殿前街道',
      period: '半年',
      asOf: '2021-07-05',
    });
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
        半年: { status: null, progress: long, percent: 55, problems: '+1', nextSteps: '@SUM(A1)', actuals: [] },
      },
    },
  });
  const sheet = buildPeriodReport(wb, '半年', '2021-06-30').sheets[0] as ReportSheet;
  const row = sheet.rows.find((r) => r.cells[0]?.value === first);

  it('keeps text that looks like a formula as text', () => {
    expect(row?.cells[12]).toMatchObject({ value: '=HYPERLINK("http://x")', type: 'text' });
    expect(row?.cells[10]).toMatchObject({ value: '+1', type: 'text' });
    expect(row?.cells[11]).toMatchObject({ value: '@SUM(A1)', type: 'text' });
  });

  it('caps text at 32,767 characters with a visible note', () => {
    const progress = String(row?.cells[9]?.value);
    expect(long.length).toBeGreaterThan(MAX_CELL_CHARS);
    expect(progress.length).toBe(MAX_CELL_CHARS);
    expect(progress.endsWith(TRUNCATION_NOTE)).toBe(true);
  });

  it('shows the period percent as a ratio with a % format and colours 序时', () => {
    expect(row?.cells[6]).toMatchObject({ value: 0.55, type: 'percent' });
    // 55% done at 30 June against a year-end deadline (about 49.6% of the year gone): on schedule.
    expect(row?.cells[8]).toMatchObject({ value: '序时推进', fill: LIGHT_COLORS['绿'] });
  });

  it('sets taller rows for longer text', () => {
    const other = sheet.rows.find((r) => r.cells[0]?.value === expected.tasks[1]?.key);
    expect(row?.height).toBeGreaterThan((other?.height ?? 0) * 10);
  });
});

describe('full ledger', () => {
  it('has every period side by side and comes back with its hidden sheet', () => {
    const report = buildLedgerReport(base, '2021-12-20');
    const header = report.sheets[0]?.rows[2]?.cells.map((c) => c.value) ?? [];
    for (const p of ['一季度', '半年', '三季度', '全年']) expect(header).toContain(`${p}\n进展情况`);
    expect(report.fileName).toBe('殿前街道-2021年湖里区民政工作要点-工作台账.xlsx');
    expect(readMeta(reportToGrid(report)[2])).toMatchObject({ kind: 'ledger', period: null });
  });
});
