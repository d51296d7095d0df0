/** 汇总多个单位: several units' exported reports merged; wrong plan or period flagged, not merged. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { consolidate, exportConsolidation, exportReport, type PickedFile } from '../../../src/io/excel/reports';
import type { Period, Workbook } from '../../../src/core/workbook/types';
import { readExpectedPlan } from '../../helpers/shared-plans';
import { fixtureWorkbook, withTasks } from '../../helpers/workbook-fixture';

const expected = readExpectedPlan('huli-2021');
const [k1] = expected.tasks.map((t) => t.key) as [string];
const plan = fixtureWorkbook('huli-2021');

function unit(name: string, status: '已完成' | '推进中', percent: number): Workbook {
  return withTasks(fixtureWorkbook('huli-2021', { unit: name, id: `wb-${name}` }), {
    [k1]: {
      status,
      percent,
      periods: { 半年: { status: null, progress: 'x', percent, problems: '', nextSteps: '', actuals: [] } },
    },
  });
}

async function file(wb: Workbook, period: Period, asOf: string): Promise<PickedFile> {
  const { fileName, bytes } = await exportReport(wb, period, asOf);
  return { name: fileName, bytes };
}

describe('consolidation', async () => {
  const files = [
    await file(unit('殿前街道', '已完成', 100), '半年', '2021-07-05'),
    await file(unit('金山街道', '推进中', 40), '半年', '2021-07-12'),
    await file(unit('禾山街道', '推进中', 60), '全年', '2021-12-20'),
    await file(fixtureWorkbook('changzhou-2024', { unit: '江头街道' }), '半年', '2024-07-01'),
  ];
  const result = await consolidate(files, {
    plan,
    dueDate: '2021-07-10',
    expectedUnits: ['殿前街道', '金山街道', '湖里街道'],
  });

  it('merges the matching units task by task', () => {
    expect(result.units.map((u) => u.unit)).toEqual(['殿前街道', '金山街道']);
    expect(result.tasks.map((t) => t.key)).toEqual(expected.tasks.map((t) => t.key));
    expect(result.cells[0]).toEqual([
      // 进展情况 comes along for the 汇编.
      { status: '已完成', percent: 100, progress: 'x' },
      { status: '推进中', percent: 40, progress: 'x' },
    ]);
    expect(result.cells[1]).toEqual([
      { status: '未启动', percent: null },
      { status: '未启动', percent: null },
    ]);
  });

  it('computes unit rates with the shared completion rules', () => {
    const n = expected.tasks.length;
    // 殿前: one task done (1), the rest 0; 金山: one task at 40%.
    expect(result.units[0]?.rate).toBeCloseTo(1 / n, 10);
    expect(result.units[1]?.rate).toBeCloseTo(0.4 / n, 10);
    expect(result.units[0]?.sectionRates).toHaveLength(expected.sections.length);
  });

  it('flags late and missing units and files for another plan or period', () => {
    expect(result.lateUnits).toEqual(['金山街道']);
    expect(result.missingUnits).toEqual(['湖里街道']);
    expect(result.rejected.map((r) => [r.unit, r.reason.slice(0, 8)])).toEqual([
      ['禾山街道', '是全年报表，本次'],
      ['江头街道', '属于“2024年'],
    ]);
  });

  it('exports a styled summary', async () => {
    const { fileName, bytes } = await exportConsolidation(result, '2021-07-15');
    expect(fileName).toBe(`${expected.title}-半年汇总表.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const ws = book.getWorksheet('汇总') as ExcelJS.Worksheet;
    expect(ws.getCell('A1').value).toBe(`${expected.title}半年推进情况汇总表`);
    expect(['C3', 'D3', 'E3'].map((a) => ws.getCell(a).value)).toEqual(['完成单位数', '平均进度', '殿前街道']);
    expect(ws.getCell('E3').isMerged).toBe(true);
    expect(ws.getCell('F4').value).toBe('进度');
    expect(ws.getCell('E3').border.top?.style).toBe('thin');
    // Task 1: 殿前 已完成 (100%), 金山 推进中 40%: one unit done, (100 + 40) / 2 = 70% on average.
    const row = ws.getColumn(1).values.indexOf(k1);
    expect([ws.getCell(row, 3).value, ws.getCell(row, 4).value]).toEqual([1, 0.7]);
    const issues = book.getWorksheet('缺报及未汇总') as ExcelJS.Worksheet;
    const kinds = issues.getColumn(1).values.filter((v) => typeof v === 'string');
    expect(kinds).toEqual(expect.arrayContaining(['未报送', '逾期报送', '未汇总']));
  });

  it('works without the plan, taking it from the files', async () => {
    const own = await consolidate(files.slice(0, 2));
    expect(own.plan).toBe(expected.title);
    expect(own.period).toBe('半年');
    expect(own.tasks.map((t) => t.key)).toEqual(expected.tasks.map((t) => t.key));
    expect(own.cells[0]?.[1]).toEqual({ status: '推进中', percent: 40, progress: 'x' });
  });

  it('keeps only the later of two files from one unit', async () => {
    const again = await file(unit('殿前街道', '推进中', 70), '半年', '2021-07-08');
    const twice = await consolidate([files[0] as PickedFile, again], { plan });
    expect(twice.units).toHaveLength(1);
    expect(twice.cells[0]).toEqual([{ status: '推进中', percent: 70, progress: 'x' }]);
    expect(twice.rejected).toHaveLength(1);
  });
});
