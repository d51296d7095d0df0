/** Damaged, encrypted, huge and hostile files: a Chinese message each, no throw, nothing mutated. */
import * as XLSX from '@e965/xlsx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { consolidate, exportReport, readFilledReport } from '../../../src/io/excel/reports';
import { fixtureWorkbook, withTasks } from '../../helpers/workbook-fixture';
import { readExpectedPlan } from '../../helpers/shared-plans';
import { flipLocalFlag, setDeclaredSizes } from '../../helpers/zip-mutations';

const key = readExpectedPlan('huli-2021').tasks[0]?.key ?? '';
const workbook = withTasks(fixtureWorkbook('huli-2021'), { [key]: { status: '推进中', percent: 20 } });
const before = JSON.stringify(workbook);

const MB = 1024 * 1024;

function sheetjsFile(sheetName: string, rows: unknown[][], bookType: 'xlsx' | 'ods' = 'xlsx'): Uint8Array {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), sheetName);
  return new Uint8Array(XLSX.write(book, { bookType, type: 'array' }) as ArrayBuffer);
}

/** An .ods whose content.xml went through `damage`. */
function damagedOds(damage: (xml: string) => string): Uint8Array {
  const files = unzipSync(
    sheetjsFile(
      '推进情况',
      [
        ['序号', '状态'],
        [key, '推进中'],
      ],
      'ods',
    ),
  );
  return zipSync({ ...files, 'content.xml': strToU8(damage(strFromU8(files['content.xml']!))) });
}

async function read(bytes: Uint8Array, name: string) {
  const result = await readFilledReport(bytes, name, workbook);
  expect(JSON.stringify(workbook)).toBe(before);
  expect(result.changes).toEqual([]);
  return result;
}

describe('hostile files', () => {
  it('refuses a zip bomb by its declared size, before inflating anything', async () => {
    // 1 MB of zeros that claims 200 MB: the central directory alone condemns it.
    const bomb = setDeclaredSizes(zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(1024 * 1024) }), 200 * MB);
    const result = await read(bomb, '炸弹.xlsx');
    expect(result.problems).toMatchObject([
      {
        code: 'archive-too-large',
        message: expect.stringMatching(/^该表格文件解压后超过 100 MB/),
        detail: expect.stringContaining('declared'),
      },
    ]);
  });

  // The counted inflate and its small-limit proofs live in tests/io/archive-guard.test.ts.

  it('reports a zip entry flagged as encrypted as damage, not as a password', async () => {
    const flagged = flipLocalFlag(sheetjsFile('推进情况', [['序号'], [key]]), 1);
    const result = await read(flagged, '翻转.xlsx');
    expect(result.problems).toMatchObject([
      { code: 'archive-flagged', message: expect.stringContaining('Excel 或 WPS') },
    ]);
    expect(result.problems[0]?.message).not.toMatch(/已加密/);
  });

  it('reports a truncated file as damaged', async () => {
    const { bytes } = await exportReport(workbook, '半年', '2021-07-05');
    const result = await read(bytes.slice(0, Math.floor(bytes.length / 2)), '半截.xlsx');
    expect(result.problems[0]?.message).toMatch(/损坏/);
  });

  it('reads an .ods whose first row is empty (its rows came back sparse: "row is not iterable")', async () => {
    const ods = sheetjsFile(
      '推进情况',
      [[], ['序号', '工作任务', '状态', '进展情况'], [key, '任务', '推进中', '新进展']],
      'ods',
    );
    const result = await readFilledReport(ods, '半年推进情况.ods', workbook);
    expect(result.problems.map((p) => p.code)).not.toContain('unexpected');
    expect(result.changes).toEqual([{ key, field: 'progress@半年', value: '新进展' }]);
  });

  it('says what is wrong with a damaged .ods and what to do', async () => {
    const broken = await read(
      damagedOds((xml) => xml.replace('office:value-type="string"', 'office:value-type="?"')),
      '坏.ods',
    );
    expect(broken.problems).toMatchObject([
      { code: 'damaged', detail: expect.stringContaining('Unsupported value type') },
    ]);
    expect(broken.problems[0]?.message).toMatch(/\.ods 文件：内容已损坏.*WPS 或 LibreOffice 打开后另存为 \.xlsx/);
    const truncated = await read(
      damagedOds((xml) => xml.slice(0, xml.length / 2)),
      '半截.ods',
    );
    expect(truncated.problems).toMatchObject([
      { code: 'no-sheets', message: expect.stringContaining('没有任何工作表') },
    ]);
  });

  it('reports random bytes named .xlsx as not a spreadsheet', async () => {
    const result = await read(new TextEncoder().encode('这不是表格'), '假的.xlsx');
    expect(result.problems[0]?.message).toMatch(/不是有效的表格文件/);
  });

  it('reports an encrypted workbook as password-protected', async () => {
    const cfb = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(cfb, '/EncryptionInfo', new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0]));
    XLSX.CFB.utils.cfb_add(cfb, '/EncryptedPackage', new Uint8Array(64));
    const bytes = new Uint8Array(XLSX.CFB.write(cfb, { type: 'array' }) as ArrayLike<number>);
    const result = await read(bytes, '加密.xlsx');
    expect(result.problems[0]).toMatchObject({ code: 'encrypted', message: expect.stringContaining('密码') });
  });

  it('refuses files over 30 MB before parsing', async () => {
    const result = await read(new Uint8Array(31 * 1024 * 1024), '巨大.xlsx');
    expect(result.problems[0]?.code).toBe('too-large');
  });

  it('skips a __proto__ sheet and ignores a __proto__ header, without polluting prototypes', async () => {
    const rows = [
      ['序号', '工作任务', '状态', '__proto__', '进展情况'],
      [key, '任务', '推进中', '{"polluted":1}', '新进展'],
    ];
    const bad = sheetjsFile('__proto__', rows);
    const skipped = await read(bad, '半年推进情况.xlsx');
    expect(skipped.problems.map((p) => p.code)).toEqual(['unsafe-sheet']);
    expect(skipped.problems[0]?.message).toContain('__proto__');

    const header = await readFilledReport(sheetjsFile('推进情况', rows), '半年推进情况.xlsx', workbook);
    expect(header.problems).toMatchObject([{ code: 'unsafe-header', message: expect.stringContaining('__proto__') }]);
    expect(header.changes).toEqual([{ key, field: 'progress@半年', value: '新进展' }]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(JSON.stringify(workbook)).toBe(before);
  });

  it('flags hostile files in consolidation instead of failing the batch', async () => {
    const { fileName, bytes } = await exportReport(workbook, '半年', '2021-07-05');
    const result = await consolidate([
      { name: fileName, bytes },
      { name: '坏.xlsx', bytes: new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]) },
    ]);
    expect(result.units).toHaveLength(1);
    expect(result.rejected).toMatchObject([{ fileName: '坏.xlsx', reason: expect.stringMatching(/损坏/) }]);
  });
});
