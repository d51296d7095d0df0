/** Export → a colleague edits the file in another program → re-import changes exactly those cells. */
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import * as codepages from '@e965/xlsx/dist/cpexcel.full.mjs';
import { describe, expect, it } from 'vitest';
import { OPTIONAL_COLUMNS } from '../../../src/core/report/build/report-options';
import { exportLedger, exportReport, readFilledReport } from '../../../src/io/excel/reports';
import { readExpectedPlan } from '../../helpers/shared-plans';
import { fixtureWorkbook, withTasks } from '../../helpers/workbook-fixture';

// The .mjs exports `utils` by name; its typings only describe the default export.
const { encode: encodeCodepage } = (
  codepages as unknown as { utils: { encode(cp: number, text: string): ArrayLike<number> } }
).utils;
const expected = readExpectedPlan('huli-2021');
const [k1, k2, k3] = expected.tasks.map((t) => t.key) as [string, string, string];
const workbook = withTasks(fixtureWorkbook('huli-2021'), {
  [k1]: {
    status: '推进中',
    percent: 30,
    leadUnit: '民政科',
    periods: { 半年: { status: null, progress: '已学习', percent: 50, problems: '', nextSteps: '', actuals: [] } },
  },
});

/** Every column printed, so the column letters are those of PROGRESS_COLUMNS. */
const ALL = { columns: OPTIONAL_COLUMNS };

function arrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

async function edit(bytes: Uint8Array, change: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(arrayBuffer(bytes));
  const ws = book.getWorksheet('推进情况');
  if (!ws) throw new Error('no sheet');
  change(ws);
  return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
}

function rowOf(ws: ExcelJS.Worksheet, key: string): ExcelJS.Row {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(1).value === key) return ws.getRow(r);
  throw new Error(`no row ${key}`);
}

describe('round trip through ExcelJS', () => {
  it('imports nothing from an untouched file', async () => {
    const { bytes, fileName } = await exportReport(workbook, '半年', '2021-07-05', [], ALL);
    const result = await readFilledReport(bytes, fileName, workbook);
    expect(result.problems).toEqual([]);
    expect(result.changes).toEqual([]);
    expect(result.unknownKeys).toEqual([]);
  });

  it('imports exactly the edited cells, with renamed, swapped and added columns', async () => {
    const { bytes, fileName } = await exportReport(workbook, '半年', '2021-07-05', [], ALL);
    const edited = await edit(bytes, (ws) => {
      // A colleague renames 进展情况, swaps 存在问题/下步打算, adds 联系电话 after the table.
      ws.getCell('J3').value = '完成情况';
      for (let r = 3; r <= ws.rowCount; r++) {
        const row = ws.getRow(r);
        const [k, l] = [row.getCell(11).value, row.getCell(12).value];
        row.getCell(11).value = l;
        row.getCell(12).value = k;
      }
      ws.getCell('N3').value = '联系电话';
      ws.getCell(`N${rowOf(ws, k2).number}`).value = '5551234';
      rowOf(ws, k2).getCell(10).value = '已完成摸底调查';
      rowOf(ws, k2).getCell(8).value = '推进中';
      rowOf(ws, k2).getCell(12).value = '资金不足';
      rowOf(ws, k3).getCell(7).value = 0.8;
      rowOf(ws, k1).getCell(6).value = new Date(Date.UTC(2021, 8, 30));
    });
    const result = await readFilledReport(edited, fileName, workbook);
    expect(result.changes).toEqual(
      expect.arrayContaining([
        { key: k1, field: 'deadline', value: '2021-09-30' },
        { key: k2, field: 'status@半年', value: '推进中' },
        { key: k2, field: 'progress@半年', value: '已完成摸底调查' },
        { key: k2, field: 'problems@半年', value: '资金不足' },
        { key: k3, field: 'percent@半年', value: 80 },
        // 80% on a 未启动 task makes it 推进中.
        { key: k3, field: 'status@半年', value: '推进中' },
      ]),
    );
    expect(result.changes).toHaveLength(6);
    expect(result.diff.find((d) => d.key === k1)).toMatchObject({ old: `${workbook.year}-12-31`, new: '2021-09-30' });
    expect(result.unreadableCells).toEqual([]);
    // The added column is not imported, and said so.
    expect(result.unknownColumns).toEqual([{ sheet: '推进情况', cell: 'N3', header: '联系电话' }]);
  });

  it('lists a row with an unknown key and a status outside the list', async () => {
    const { bytes, fileName } = await exportReport(workbook, '半年', '2021-07-05', [], ALL);
    const edited = await edit(bytes, (ws) => {
      const row = ws.getRow(ws.rowCount + 1);
      row.getCell(1).value = '99';
      row.getCell(10).value = '自行增加的任务';
      rowOf(ws, k2).getCell(8).value = '差不多了';
    });
    const result = await readFilledReport(edited, fileName, workbook);
    expect(result.unknownKeys.map((u) => u.key)).toEqual(['99']);
    expect(result.unreadableCells).toMatchObject([{ key: k2, field: 'status@半年', raw: '差不多了' }]);
    expect(result.changes).toEqual([]);
  });

  it('round-trips the full ledger', async () => {
    const { bytes, fileName } = await exportLedger(workbook, '2021-12-20', ALL);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(arrayBuffer(bytes));
    const ws = book.getWorksheet('工作台账（三季度、全年）') as ExcelJS.Worksheet;
    const header = (ws.getRow(3).values as unknown[]).map(String);
    rowOf(ws, k3).getCell(header.indexOf('全年\n下步打算')).value = '年底前完成';
    const result = await readFilledReport(
      new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer),
      fileName,
      workbook,
    );
    expect(result.changes).toEqual([{ key: k3, field: 'nextSteps@全年', value: '年底前完成' }]);
  });
});

describe('other formats through SheetJS', () => {
  async function saved(bookType: XLSX.BookType): Promise<Uint8Array> {
    const { bytes } = await exportReport(workbook, '半年', '2021-07-05', [], ALL);
    const book = XLSX.read(bytes, { type: 'array', cellNF: true });
    const ws = book.Sheets['推进情况'] as XLSX.WorkSheet;
    const rows = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1 });
    const r = rows.findIndex((row) => row[0] === k2);
    XLSX.utils.sheet_add_aoa(ws, [['第二项已推进']], { origin: { r, c: 9 } });
    return new Uint8Array(XLSX.write(book, { bookType, type: 'array' }) as ArrayBuffer);
  }

  it.each(['xls', 'ods'] as const)('reads a file re-saved as .%s', async (ext) => {
    const result = await readFilledReport(await saved(ext), `填报表.${ext}`, workbook);
    expect(result.changes).toEqual([{ key: k2, field: 'progress@半年', value: '第二项已推进' }]);
  });

  it.each([
    ['UTF-8', (text: string) => new TextEncoder().encode(text)],
    ['GB18030', (text: string) => Uint8Array.from(encodeCodepage(936, text))],
    // Excel's “Unicode 文本”: UTF-16 LE with a byte-order mark (read garbled before one decoder served both readers).
    [
      'UTF-16 LE',
      (text: string) =>
        new Uint8Array([0xff, 0xfe, ...new Uint8Array(Uint16Array.from(text, (c) => c.charCodeAt(0)).buffer)]),
    ],
  ])('reads a CSV in %s (one sheet: period from the file name)', async (_, encode) => {
    const csv = `序号,工作任务,状态,完成进度,进展情况\n${k2},任务,推进中,35%,按计划推进\n`;
    const result = await readFilledReport(encode(csv), '殿前街道-半年推进情况.csv', workbook);
    expect(result.period).toBe('半年');
    expect(result.changes).toEqual([
      { key: k2, field: 'status@半年', value: '推进中' },
      { key: k2, field: 'percent@半年', value: 35 },
      { key: k2, field: 'progress@半年', value: '按计划推进' },
    ]);
  });
});
