/** The written .xlsx read back with both ExcelJS and SheetJS. */
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import { unzipSync, strFromU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPORT_META } from '../../../src/core/report/model';
import { PROGRESS_HEADERS } from '../../../src/core/report/build/progress-sheet';
import { OPTIONAL_COLUMNS } from '../../../src/core/report/build/report-options';
import { exportReport } from '../../../src/io/excel/reports';
import { readExpectedPlan } from '../../helpers/shared-plans';
import { fixtureWorkbook, withTasks } from '../../helpers/workbook-fixture';

const expected = readExpectedPlan('huli-2021');
const firstKey = expected.tasks[0]?.key ?? '';
const workbook = withTasks(fixtureWorkbook('huli-2021'), {
  [firstKey]: {
    status: '推进中',
    leadUnit: '民政科',
    periods: {
      半年: {
        status: null,
        progress: '已组织专题学习6次。'.repeat(10),
        percent: 55,
        problems: '=1+1',
        nextSteps: '',
        actuals: [],
      },
    },
  },
});

let bytes: Uint8Array;
let fileName: string;
let book: ExcelJS.Workbook;
let sheetjs: XLSX.WorkBook;

beforeAll(async () => {
  // Every column printed, so the column letters are those of PROGRESS_COLUMNS.
  ({ bytes, fileName } = await exportReport(workbook, '半年', '2021-07-05', [], { columns: OPTIONAL_COLUMNS }));
  book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  sheetjs = XLSX.read(bytes, { type: 'array', cellNF: true });
});

function progress(): ExcelJS.Worksheet {
  const ws = book.getWorksheet('推进情况');
  if (!ws) throw new Error('no 推进情况 sheet');
  return ws;
}

describe('read back with ExcelJS', () => {
  it('has the sheets, with the meta sheet hidden', () => {
    expect(fileName).toBe('殿前街道-2021年湖里区民政工作要点-半年推进情况.xlsx');
    expect(book.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['推进情况', 'visible'],
      ['量化指标', 'visible'],
      ['统计', 'visible'],
      [REPORT_META.sheetName, 'hidden'],
    ]);
  });

  it('has the title, header and thin borders on the table cells', () => {
    const ws = progress();
    expect(ws.getCell('A1').value).toBe(`殿前街道${expected.title}上半年推进情况表`);
    expect(ws.getRow(3).values).toEqual([undefined, ...PROGRESS_HEADERS]);
    // The last row is the sign-off line under the table, without borders.
    for (const address of ['A3', 'M3', 'A4', 'J5', `M${ws.rowCount - 1}`]) {
      const border = ws.getCell(address).border;
      expect([border.top?.style, border.left?.style, border.bottom?.style, border.right?.style]).toEqual([
        'thin',
        'thin',
        'thin',
        'thin',
      ]);
    }
  });

  it('wraps text and sets explicit heights, taller for longer text', () => {
    const ws = progress();
    const row = ws.getRow(5);
    expect(row.getCell(1).value).toBe(firstKey);
    expect(row.getCell(10).alignment?.wrapText).toBe(true);
    // Ten sentences of 19 units in a 22-unit 进展情况 column: about twenty lines, against two.
    expect(row.height).toBeGreaterThan(ws.getRow(6).height * 2);
    expect(row.height).toBeLessThanOrEqual(409);
  });

  it('writes percentages as numbers with a % format and colours 序时', () => {
    const cell = progress().getCell('G5');
    expect(cell.value).toBe(0.55);
    expect(cell.numFmt).toBe('0%');
    expect(progress().getCell('I5').fill).toMatchObject({ pattern: 'solid', fgColor: { argb: 'FF22C55E' } });
  });

  it('freezes the header and prints A4 landscape at a fixed scale, info line and header repeated', () => {
    const ws = progress();
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: false,
      // All thirteen columns at their minimum widths: see build-report.test.ts.
      scale: 89,
      firstPageNumber: 1,
      printTitlesRow: '2:3',
    });
    expect(ws.headerFooter.oddFooter).toBe('&C&A\u3000第 &P 页');
  });

  it('keeps formula-like text as text', () => {
    expect(progress().getCell('K5').value).toBe('=1+1');
    expect(progress().getCell('K5').type).toBe(ExcelJS.ValueType.String);
  });
});

describe('the file itself', () => {
  const xml = () => strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml'] ?? new Uint8Array());

  it('has one list validation for the 状态 range, not one per cell', () => {
    const validations = xml().match(/<dataValidation [^>]*>/g) ?? [];
    expect(validations).toHaveLength(1);
    expect(validations[0]).toContain(`sqref="H4:H${progress().rowCount - 1}"`);
    expect(xml()).toContain('<formula1>&quot;未启动,推进中,已完成,暂缓,不涉及&quot;</formula1>');
  });

  it('contains no formulas at all', () => {
    expect(xml()).not.toContain('<f>');
  });
});

describe('read back with SheetJS', () => {
  it('sees title, merges, task keys and hidden keys', () => {
    const ws = sheetjs.Sheets['推进情况'];
    if (!ws) throw new Error('no sheet');
    expect(ws['A1']?.v).toBe(`殿前街道${expected.title}上半年推进情况表`);
    expect(ws['!merges']).toContainEqual({ s: { r: 0, c: 0 }, e: { r: 0, c: 12 } });
    const rows = XLSX.utils.sheet_to_json<string[]>(ws, { header: 1, defval: '' });
    const keys = rows
      .slice(3)
      .map((r) => r[0])
      .filter((k) => expected.tasks.some((t) => t.key === k));
    expect(keys).toEqual(expected.tasks.map((t) => t.key));
    const meta = XLSX.utils.sheet_to_json<string[]>(sheetjs.Sheets[REPORT_META.sheetName] as XLSX.WorkSheet, {
      header: 1,
    });
    expect(meta.find((r) => r[0] === 'workbookId')?.[1]).toBe(workbook.id);
    expect(sheetjs.Workbook?.Sheets?.[3]?.Hidden).toBe(1);
  });

  it('reads the statistics sheet counts from the tasks', () => {
    const rows = XLSX.utils.sheet_to_json<(string | number)[]>(sheetjs.Sheets['统计'] as XLSX.WorkSheet, { header: 1 });
    const count = (label: string) => rows.find((r) => r[0] === label)?.[1];
    expect(count('推进中')).toBe(1);
    expect(count('未启动')).toBe(expected.tasks.length - 1);
    expect(count('合计')).toBe(expected.tasks.length);
  });
});
