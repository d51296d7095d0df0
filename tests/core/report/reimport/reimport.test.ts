import { describe, expect, it } from 'vitest';
import { buildLedgerReport, buildPeriodReport } from '../../../../src/core/report/build/build-report';
import { readReportGrid } from '../../../../src/core/report/reimport/read-report-grid';
import { reimportReport } from '../../../../src/core/report/reimport/reimport';
import { PROGRESS_HEADERS } from '../../../../src/core/report/build/progress-sheet';
import { OPTIONAL_COLUMNS } from '../../../../src/core/report/build/report-options';
import { readExpectedPlan } from '../../../helpers/shared-plans';
import { fixtureWorkbook, withTasks } from '../../../helpers/workbook-fixture';
import { columnOf, reportToGrid, setText } from './report-to-grid';

const expected = readExpectedPlan('huli-2021');
const [k1, k2, k3] = expected.tasks.map((t) => t.key);
const wb = withTasks(fixtureWorkbook('huli-2021'), {
  [k1 ?? '']: {
    status: '推进中',
    percent: 40,
    periods: {
      半年: { status: null, progress: '已开展学习', percent: null, problems: '', nextSteps: '', actuals: [] },
    },
  },
});
/** Every column printed, so edits can go into columns the workbook left empty. */
const ALL = { columns: OPTIONAL_COLUMNS };
const col = (h: (typeof PROGRESS_HEADERS)[number]) => PROGRESS_HEADERS.indexOf(h);

function rowOf(key: string | undefined, grid: ReturnType<typeof reportToGrid>): number {
  return grid[0]?.rows.findIndex((r) => r[0]?.value === key) ?? -1;
}

describe('re-import of a period report', () => {
  it('finds no change in an untouched report (the shown fallback percent is not a change)', () => {
    const grid = reportToGrid(buildPeriodReport(wb, '半年', '2021-07-01', ALL));
    const result = reimportReport(readReportGrid(grid, 'x.xlsx'), wb);
    expect(result.changes).toEqual([]);
    expect(result.unknownKeys).toEqual([]);
    expect(result.missingKeys).toEqual([]);
    expect(result.operation).toBeNull();
  });

  it('turns exactly the edited cells into changes with a diff', () => {
    const grid = reportToGrid(buildPeriodReport(wb, '半年', '2021-07-01', ALL));
    setText(grid, '推进情况', rowOf(k2, grid), col('进展情况'), '完成调研3次');
    setText(grid, '推进情况', rowOf(k2, grid), col('状态'), '进行中');
    setText(grid, '推进情况', rowOf(k3, grid), col('完成进度'), '60%');
    const result = reimportReport(readReportGrid(grid, 'x.xlsx'), wb);
    expect(result.changes).toEqual([
      { key: k2, field: 'status@半年', value: '推进中' },
      { key: k2, field: 'progress@半年', value: '完成调研3次' },
      { key: k3, field: 'percent@半年', value: 60 },
      // 60% on a 未启动 task: it is 推进中 now (one value given, so nothing contradicts).
      { key: k3, field: 'status@半年', value: '推进中' },
    ]);
    expect(result.warnings).toEqual([]);
    expect(result.diff.find((d) => d.key === k3 && d.field === 'status@半年')).toMatchObject({
      old: '未启动',
      new: '推进中',
    });
    expect(result.diff.find((d) => d.field === 'progress@半年')).toMatchObject({
      key: k2,
      old: '',
      new: '完成调研3次',
      label: '半年·进展情况',
    });
    expect(result.operation).toMatchObject({ type: 'setCells', changes: result.changes });
  });

  it('lists unknown keys and unreadable cells instead of dropping them', () => {
    const grid = reportToGrid(buildPeriodReport(wb, '半年', '2021-07-01', ALL));
    const sheet = grid[0];
    sheet?.rows.push([
      { value: '99', text: '99' },
      { value: '新增任务', text: '新增任务' },
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      { value: '进展', text: '进展' },
    ]);
    setText(grid, '推进情况', rowOf(k2, grid), col('完成进度'), '一半');
    const result = reimportReport(readReportGrid(grid, 'x.xlsx'), wb);
    expect(result.unknownKeys).toEqual([{ sheet: '推进情况', row: sheet?.rows.length, key: '99' }]);
    expect(result.unreadableCells).toMatchObject([
      { key: k2, field: 'percent@半年', raw: '一半', cell: `G${rowOf(k2, grid) + 1}` },
    ]);
    expect(result.changes).toEqual([]);
  });

  it('refuses a report of another plan', () => {
    const other = fixtureWorkbook('changzhou-2024');
    const grid = reportToGrid(buildPeriodReport(other, '半年', '2024-07-01'));
    const result = reimportReport(readReportGrid(grid, 'x.xlsx'), wb);
    expect(result.problems.map((p) => p.code)).toContain('other-plan');
    expect(result.changes).toEqual([]);
  });
});

describe('re-import with 状态 and 完成进度 in contradiction', () => {
  it('settles each by the rules and lists it as a warning', () => {
    const grid = reportToGrid(buildPeriodReport(wb, '半年', '2021-07-01', ALL));
    setText(grid, '推进情况', rowOf(k2, grid), col('状态'), '已完成');
    setText(grid, '推进情况', rowOf(k2, grid), col('完成进度'), '45%');
    setText(grid, '推进情况', rowOf(k3, grid), col('状态'), '未启动');
    setText(grid, '推进情况', rowOf(k3, grid), col('完成进度'), '60%');
    const result = reimportReport(readReportGrid(grid, 'x.xlsx'), wb);
    expect(result.changes).toEqual([
      // Columns are read left to right (完成进度 before 状态); 已完成 wins over the 45% typed with it.
      { key: k2, field: 'percent@半年', value: 100 },
      { key: k2, field: 'status@半年', value: '已完成' },
      { key: k3, field: 'percent@半年', value: 60 },
      // k3's 未启动 is what it showed already, so only its 60% came in: 推进中 follows.
      { key: k3, field: 'status@半年', value: '推进中' },
    ]);
    expect(result.diff.filter((d) => d.key === k2).map((d) => [d.label, d.old, d.new])).toEqual([
      ['半年·完成进度', null, 100],
      ['半年·状态', '未启动', '已完成'],
    ]);
    expect(result.warnings).toEqual([`任务${k2}（半年）：状态为已完成，但完成进度为45%，已按已完成记为100%`]);
  });
});

describe('re-import of the full ledger', () => {
  it('maps period-prefixed columns to their period', () => {
    const grid = reportToGrid(buildLedgerReport(wb, '2021-12-01'));
    const second = grid[1]?.name ?? '';
    const row = grid[1]?.rows.findIndex((r) => r[0]?.value === k1) ?? -1;
    setText(grid, second, row, columnOf(grid, second, '三季度\n进展情况'), '三季度已完成大半');
    const result = reimportReport(readReportGrid(grid, 'x.xlsx'), wb);
    expect(result.changes).toEqual([{ key: k1, field: 'progress@三季度', value: '三季度已完成大半' }]);
  });
});
