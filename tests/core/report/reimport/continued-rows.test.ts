/**
 * A filled-in report read back: continuation rows belong to their task and join into its one text,
 * the sign-off line is not a task, and columns the reader does not know are listed.
 */
import { describe, expect, it } from 'vitest';
import { buildPeriodReport } from '../../../../src/core/report/build/build-report';
import { continuationKey } from '../../../../src/core/report/build/sheet-builder';
import { readReportGrid } from '../../../../src/core/report/reimport/read-report-grid';
import { reimportReport } from '../../../../src/core/report/reimport/reimport';
import { REPORT_META } from '../../../../src/core/report/model';
import { readExpectedPlan } from '../../../helpers/shared-plans';
import { fixtureWorkbook, withTasks } from '../../../helpers/workbook-fixture';
import { columnOf, reportToGrid, setText } from './report-to-grid';

const [k1, k2] = readExpectedPlan('huli-2021').tasks.map((t) => t.key) as [string, string];
/** Paragraphs of 60 characters: cut between paragraphs, and inside the one too long for a row. */
const LONG = [
  ...Array.from({ length: 12 }, (_, i) => `第${i + 1}项，${'走访困难群众并逐户建立台账'.repeat(4)}。`),
  '年度总结：'.concat('各项工作稳步推进'.repeat(60)),
].join('\n');
const wb = withTasks(fixtureWorkbook('huli-2021'), {
  [k2]: {
    status: '推进中',
    percent: 40,
    periods: { 半年: { status: null, progress: LONG, percent: null, problems: '', nextSteps: '', actuals: [] } },
  },
});

function grid() {
  return reportToGrid(buildPeriodReport(wb, '半年', '2021-07-05'));
}

function rowsOf(sheets: ReturnType<typeof grid>, key: string): number[] {
  return (sheets[0]?.rows ?? []).flatMap((r, i) =>
    [key, continuationKey(key)].includes(String(r[0]?.value)) ? [i] : [],
  );
}

describe('continuation rows read back', () => {
  it('join into the exported text exactly: an untouched file changes nothing', () => {
    const sheets = grid();
    expect(rowsOf(sheets, k2).length).toBeGreaterThan(2);
    const result = reimportReport(readReportGrid(sheets, 'x.xlsx'), wb);
    expect(result.changes).toEqual([]);
    expect(result.unknownKeys).toEqual([]);
  });

  it('carry an edit made in a continuation row into the task’s text', () => {
    const sheets = grid();
    const rows = rowsOf(sheets, k2);
    const column = columnOf(sheets, '推进情况', '进展情况');
    const last = sheets[0]!.rows[rows.at(-1)!]![column]!;
    setText(sheets, '推进情况', rows.at(-1)!, column, `${String(last.value)}另已完成年度考核。`);
    const result = reimportReport(readReportGrid(sheets, 'x.xlsx'), wb);
    expect(result.changes).toEqual([{ key: k2, field: 'progress@半年', value: `${LONG}另已完成年度考核。` }]);
  });

  it('still belong to their task in a file that lost its hidden sheet (joined by line breaks)', () => {
    const sheets = grid().filter((s) => s.name !== REPORT_META.sheetName);
    const result = reimportReport(readReportGrid(sheets, '殿前街道-半年推进情况.xlsx'), wb);
    expect(result.unknownKeys).toEqual([]);
    expect(result.changes.map((c) => [c.key, c.field])).toEqual([[k2, 'progress@半年']]);
    expect(String(result.changes[0]?.value).replace(/\n/g, '')).toBe(LONG.replace(/\n/g, ''));
  });
});

describe('what is not a task column', () => {
  it('skips the sign-off line and lists a column it does not know', () => {
    const sheets = grid();
    const header = sheets[0]!.rows.findIndex((r) => r[0]?.text === '序号');
    const width = sheets[0]!.rows[header]!.length;
    setText(sheets, '推进情况', header, width, '联系电话');
    setText(sheets, '推进情况', rowsOf(sheets, k1)[0]!, width, '5551234');
    const result = reimportReport(readReportGrid(sheets, 'x.xlsx'), wb);
    expect(result.unknownColumns).toEqual([{ sheet: '推进情况', cell: `H${header + 1}`, header: '联系电话' }]);
    expect(result.unknownKeys).toEqual([]);
    expect(result.changes).toEqual([]);
  });
});
