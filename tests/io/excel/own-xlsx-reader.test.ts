/**
 * The own .xlsx reader against SheetJS, cell by cell, on every kind of file of ours that comes back
 * from a unit: reports and 填报表 as written, edited by ExcelJS (as Excel users fill them), saved
 * again by LibreOffice and by SheetJS itself; and the files it must leave to SheetJS.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { REPORT_META } from '../../../src/core/report/model';
import { inflateArchive } from '../../../src/io/archive-guard';
import { exportHandouts } from '../../../src/io/excel/handouts';
import { OWN_XLSX_PARTS, readOwnXlsx, type NumberFormatter } from '../../../src/io/excel/own-xlsx-reader';
import { readGrid } from '../../../src/io/excel/read-grid';
import { exportLedger, exportReport } from '../../../src/io/excel/reports';
import { convertWith, SKIP_SOFFICE } from '../../helpers/libreoffice';
import { sampleUnit } from '../../helpers/sample-units';
import { fixtureWorkbook, withTasks } from '../../helpers/workbook-fixture';

const KIND = { what: '表格文件', resave: '另存为 .xlsx' };
const META = REPORT_META.sheetName;

function parts(bytes: Uint8Array): Record<string, Uint8Array> {
  const inflated = inflateArchive(bytes, KIND, (name) => OWN_XLSX_PARTS.test(name));
  if (!inflated.ok) throw new Error(inflated.message);
  return inflated.files;
}

function own(bytes: Uint8Array) {
  return readOwnXlsx(parts(bytes), META, XLSX.SSF as NumberFormatter, 5000);
}

/** SheetJS with readGrid's options. */
function reference(bytes: Uint8Array) {
  return XLSX.read(bytes, {
    type: 'array',
    dense: true,
    cellNF: true,
    cellFormula: false,
    cellHTML: false,
    sheetRows: 5000,
  });
}

type Cells = (XLSX.CellObject | undefined)[][];

/** What readGrid uses of a cell: type, value, formatted text (not of strings), number format. */
function used(cell: XLSX.CellObject | undefined) {
  if (!cell) return null;
  if (cell.t === 'e') return { t: 'e' };
  return { t: cell.t, v: cell.v, w: cell.t === 's' ? undefined : cell.w, z: cell.z };
}

function table(book: { SheetNames: string[]; Sheets: Record<string, XLSX.WorkSheet> }) {
  return book.SheetNames.map((name) => {
    const rows = ((book.Sheets[name] as { '!data'?: Cells })['!data'] ?? []) as Cells;
    return { name, rows: Array.from(rows, (row) => Array.from(row ?? [], used)) };
  });
}

function expectSameAsSheetJS(bytes: Uint8Array): void {
  const mine = own(bytes);
  expect(mine, 'the own reader took the file').not.toBeNull();
  const theirs = table(reference(bytes));
  expect(table(mine!)).toEqual(theirs);
  // Not vacuous: the file has the sheets and cells a unit's report carries.
  expect(theirs.map((s) => s.name)).toContain(META);
  expect(theirs.flatMap((s) => s.rows.flat()).filter(Boolean).length).toBeGreaterThan(100);
}

async function excelEdit(bytes: Uint8Array, change: (book: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  change(book);
  return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
}

const filled = withTasks(fixtureWorkbook('huli-2021'), {});
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('readOwnXlsx reads our files as SheetJS does', () => {
  it('half-year and year-end reports, the ledger', async () => {
    expectSameAsSheetJS((await exportReport(filled, '半年', '2021-07-05')).bytes);
    expectSameAsSheetJS((await exportReport(filled, '全年', '2021-12-28')).bytes);
    expectSameAsSheetJS((await exportLedger(filled, '2021-12-28')).bytes);
  });

  it('a 填报表 as handed out', async () => {
    const handouts = await exportHandouts(sampleUnit('湖里区民政局'), [
      { unit: '殿前街道', period: '半年', scope: 'all', asOf: '2021-06-01', dueDate: '2021-06-30' },
    ]);
    expectSameAsSheetJS(Object.values(unzipSync(handouts.bytes))[0]!);
  });

  it('a report filled in with awkward values: rich text, escapes, numbers, dates, booleans, errors, formulas', async () => {
    const report = (await exportReport(filled, '半年', '2021-07-05')).bytes;
    const edited = await excelEdit(report, (book) => {
      const ws = book.getWorksheet('推进情况')!;
      const row = ws.getRow(5);
      row.getCell(5).value = 0.85;
      row.getCell(5).numFmt = '0%';
      row.getCell(6).value = { richText: [{ text: '已', font: { bold: true } }, { text: '完成 <&> "引号"' }] };
      row.getCell(7).value = '第一行\r\n第二行\t_x000D_ 末尾空格  ';
      row.getCell(8).value = new Date(Date.UTC(2021, 5, 30));
      row.getCell(8).numFmt = 'yyyy"年"m"月"d"日"';
      row.getCell(9).value = true;
      row.getCell(10).value = { error: '#N/A' };
      row.getCell(11).value = { formula: 'A5&"x"', result: '结果' };
      row.getCell(12).value = { formula: '1/3', result: 1 / 3 };
      row.getCell(13).value = 1234567.891;
      row.getCell(13).numFmt = '#,##0.00';
      row.getCell(14).value = '';
      row.commit();
    });
    expectSameAsSheetJS(edited);
  });

  it('a report saved again by SheetJS (inline and formula strings, its own styles)', async () => {
    const report = (await exportReport(filled, '半年', '2021-07-05')).bytes;
    const book = XLSX.read(report, { type: 'array', cellStyles: true, cellNF: true });
    expectSameAsSheetJS(new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer));
  });

  it.skipIf(SKIP_SOFFICE)(
    'a report saved again by LibreOffice',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'own-xlsx-'));
      dirs.push(dir);
      writeFileSync(join(dir, 'report.xlsx'), (await exportReport(filled, '半年', '2021-07-05')).bytes);
      const resaved = new Uint8Array(readFileSync(convertWith(dir, 'report.xlsx', 'xlsx', join(dir, 'out'))));
      expectSameAsSheetJS(resaved);
    },
    180_000,
  );
});

/** A copy of `bytes` with one part's XML changed. */
function withPart(bytes: Uint8Array, name: string, change: (xml: string) => string): Uint8Array {
  const files = unzipSync(bytes);
  files[name] = strToU8(change(strFromU8(files[name]!)));
  return zipSync(files);
}

describe('readOwnXlsx leaves to SheetJS what it does not handle', () => {
  it('gives null for foreign workbooks and unusual parts, and readGrid still reads them', async () => {
    const report = (await exportReport(filled, '半年', '2021-07-05')).bytes;
    const foreign = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      foreign,
      XLSX.utils.aoa_to_sheet([
        ['序号', '工作任务'],
        [1, '任务'],
      ]),
      'Sheet1',
    );
    const cases: Record<string, Uint8Array> = {
      foreign: new Uint8Array(XLSX.write(foreign, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer),
      '1904 dates': withPart(report, 'xl/workbook.xml', (x) => x.replace('<workbookPr', '<workbookPr date1904="1"')),
      'cell without address': withPart(report, 'xl/worksheets/sheet1.xml', (x) => x.replace(/<c r="A1"/, '<c')),
      'ISO date cell': withPart(report, 'xl/worksheets/sheet1.xml', (x) =>
        x.replace(/<c r="A1"([^>]*)\/>|<c r="A1"[\s\S]*?<\/c>/, '<c r="A1" t="d"><v>2021-06-30</v></c>'),
      ),
    };
    for (const [what, bytes] of Object.entries(cases)) {
      expect(own(bytes), what).toBeNull();
      const read = await readGrid(bytes, `${what}.xlsx`);
      expect(read.problems, what).toEqual([]);
      expect(read.sheets.length, what).toBeGreaterThan(0);
    }
    expect(strFromU8(unzipSync(cases['1904 dates']!)['xl/workbook.xml']!)).toContain('date1904="1"');
  });

  it('skips a sheet whose name could write through a prototype, as the SheetJS path does', async () => {
    const report = (await exportReport(filled, '半年', '2021-07-05')).bytes;
    const hostile = withPart(report, 'xl/workbook.xml', (x) => x.replace('name="统计"', 'name="__proto__"'));
    expect(own(hostile)).not.toBeNull();
    const read = await readGrid(hostile, 'hostile.xlsx');
    expect(read.problems.map((p) => p.code)).toEqual(['unsafe-sheet']);
    expect(read.sheets.map((s) => s.name)).not.toContain('__proto__');
    expect(({} as Record<string, unknown>)['!data']).toBeUndefined();
  });
});
