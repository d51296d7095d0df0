/**
 * 下发填报表 → units fill the files (as Excel would: cells written by a library, protection left on)
 * → 汇总 by key. Checked in the written XML: sheet protection without a password, one validation
 * per range (no overlaps), the task columns locked and the progress columns unlocked.
 */
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { consolidateReports } from '../../../src/core/report/consolidate/consolidate';
import type { HandoutRequest } from '../../../src/core/report/handout/handout-form';
import { planId, planVersion } from '../../../src/core/report/plan-identity';
import { readReportGrid } from '../../../src/core/report/reimport/read-report-grid';
import { workbookFromReport } from '../../../src/core/report/reimport/workbook-from-report';
import { exportHandouts } from '../../../src/io/excel/handouts';
import { readGrid } from '../../../src/io/excel/read-grid';
import { readUnitFiles } from '../../../src/io/excel/reports';
import { indicator, task, workbook } from '../../core/workbook/builders';

const district = workbook(
  [
    task('1', { leadUnit: '禾山街道', partnerUnits: '金山街道', deadline: '2021-06-30' }),
    task('2', { leadUnit: '金山街道', indicators: [indicator(4)] }),
    task('3', { section: '二', leadUnit: '区民政局', partnerUnits: '禾山街道、江头街道' }),
    task('4', { section: '二', leadUnit: '江头街道', archived: true }),
  ],
  { unit: '湖里区民政局', plan: { ...workbook([]).plan, issuer: '湖里区民政局', docNumber: '厦湖民〔2021〕11号' } },
);

const request = (unit: string, scope: HandoutRequest['scope'] = 'all', period: HandoutRequest['period'] = '半年') => ({
  unit,
  period,
  scope,
  asOf: '2021-06-20',
  dueDate: '2021-07-05',
});

async function handout(requests: HandoutRequest[]) {
  const zip = await exportHandouts(district, requests);
  const files = unzipSync(zip.bytes);
  return { zip, files };
}

function parts(xlsx: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, bytes] of Object.entries(unzipSync(xlsx))) if (name.endsWith('.xml')) out[name] = strFromU8(bytes);
  return out;
}

interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function range(sqref: string): Range {
  const cell = (ref: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
    const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    return [Number(m[2]), col] as const;
  };
  const [a, b = a] = sqref.split(':') as [string, string?];
  const [top, left] = cell(a);
  const [bottom, right] = cell(b!);
  return { top, left, bottom, right };
}

const overlaps = (a: Range, b: Range) =>
  a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

/** As Excel or WPS would leave it: cells typed into, the sheet still protected. */
async function fillAsExcel(
  bytes: Uint8Array,
  fill: (ws: ExcelJS.Worksheet, rowOf: (key: string) => ExcelJS.Row) => void,
) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const ws = book.getWorksheet('填报表')!;
  const rowOf = (key: string) => {
    for (let r = 1; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(1).value === key) return ws.getRow(r);
    throw new Error(`no row ${key}`);
  };
  fill(ws, rowOf);
  return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
}

// Columns of the form: 序号 工作任务 牵头单位 完成时限 | 完成进度 状态 进展情况 存在问题 下步打算.
const [PERCENT, STATUS, PROGRESS, PROBLEMS, NEXT] = [5, 6, 7, 8, 9];

describe('下发填报表', () => {
  it('packs one .xlsx per unit, named by unit, plan and period', async () => {
    const { zip, files } = await handout([request('禾山街道'), request('金山街道', 'named')]);
    expect(zip.fileName).toBe('2021年湖里区民政工作要点-半年填报表（2个单位）.zip');
    expect(Object.keys(files)).toEqual([
      '禾山街道-2021年湖里区民政工作要点-半年填报表.xlsx',
      '金山街道-2021年湖里区民政工作要点-半年填报表.xlsx',
    ]);
  });

  it('protects the sheet without a password, validates 状态 and 完成进度 on ranges that do not overlap', async () => {
    const { files } = await handout([request('禾山街道')]);
    const xml = parts(Object.values(files)[0]!);
    const sheet = xml['xl/worksheets/sheet1.xml']!;
    const protection = /<sheetProtection[^>]*\/>/.exec(sheet)?.[0] ?? '';
    expect(protection).toMatch(/sheet="1"/);
    expect(protection).not.toMatch(/password|hashValue/);
    expect(protection).toMatch(/formatRows="0"/); // 0: the action is allowed (not "protected")
    const validations = [...sheet.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].map((m) => m[1]!);
    expect(validations).toHaveLength(2);
    expect(sheet).toMatch(/<dataValidation [^>]*type="list"[^>]*sqref="F\d+:F\d+"/);
    // operator "between" is the default and written as no attribute.
    expect(sheet).toMatch(/<dataValidation [^>]*type="decimal"[^>]*sqref="E\d+:E\d+"/);
    expect(sheet).not.toMatch(/<dataValidation [^>]*type="decimal"[^>]*operator=/);
    expect(sheet).toMatch(/<formula1>0<\/formula1><formula2>100<\/formula2>/);
    const [a, b] = validations.map(range) as [Range, Range];
    expect(overlaps(a, b)).toBe(false);

    // Every task row: the four plan columns locked, the five entry columns unlocked (cellXfs with locked="0").
    const xfs = [
      .../<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/
        .exec(xml['xl/styles.xml']!)![1]!
        .matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g),
    ];
    const unlocked = (s: number) => /locked="0"/.test(xfs[s]?.[0] ?? '');
    const rowOf = (key: string) => {
      const shared = [...xml['xl/sharedStrings.xml']!.matchAll(/<si><t[^>]*>([^<]*)<\/t><\/si>/g)].map((m) => m[1]);
      const index = shared.indexOf(key);
      const row = [...sheet.matchAll(/<row r="(\d+)"[^>]*>([\s\S]*?)<\/row>/g)].find((r) =>
        new RegExp(`<c r="A${r[1]}"[^>]*t="s"[^>]*><v>${index}</v>`).test(r[2]!),
      );
      return [...row![2]!.matchAll(/<c r="([A-Z]+)\d+"[^>]*s="(\d+)"/g)].map((m) => [m[1], unlocked(Number(m[2]))]);
    };
    for (const key of ['1', '2', '3'])
      expect(rowOf(key)).toEqual([
        ['A', false],
        ['B', false],
        ['C', false],
        ['D', false],
        ['E', true],
        ['F', true],
        ['G', true],
        ['H', true],
        ['I', true],
      ]);
    // The hidden sheet is there and hidden.
    expect(xml['xl/workbook.xml']).toMatch(/<sheet [^>]*name="台账信息"[^>]*state="hidden"/);
  });

  it('lists only the tasks naming the unit when asked, and still carries the whole plan', async () => {
    const { files } = await handout([request('江头街道', 'named')]);
    const [name, bytes] = Object.entries(files)[0]!;
    const [unit] = await readUnitFiles([{ name, bytes }]);
    const meta = unit!.parsed.meta!;
    expect(meta).toMatchObject({ unit: '江头街道', period: '半年', form: 'handout', dueDate: '2021-07-05' });
    expect(meta.planVersion).toBe(planVersion(district));
    expect(meta.rows.map((r) => r.key)).toEqual(['3']);
    expect(meta.tasks.map((t) => t.key)).toEqual(['1', '2', '3']);
    expect(unit!.parsed.rows.map((r) => r.key)).toEqual(['3']);
  });
});

describe('汇总 of returned 填报表', () => {
  it('reads what each unit typed, lists rows changed against the rules, and refuses other plans and periods', async () => {
    const { files } = await handout([request('禾山街道'), request('金山街道'), request('江头街道', 'named')]);
    const [heshan, jinshan, jiangtou] = Object.values(files) as [Uint8Array, Uint8Array, Uint8Array];
    const filledHeshan = await fillAsExcel(heshan, (_, row) => {
      row('1').getCell(PERCENT).value = 100;
      row('1').getCell(STATUS).value = '已完成';
      row('1').getCell(PROGRESS).value = '禾山：已完成全部入户走访。';
      row('2').getCell(PERCENT).value = 40;
      row('2').getCell(STATUS).value = '推进中';
      row('2').getCell(PROBLEMS).value = '禾山：人手不足。';
      row('2').getCell(NEXT).value = '禾山：下半年补齐。';
    });
    // 金山 retitles task 1, deletes task 3's row and adds a row of its own.
    const filledJinshan = await fillAsExcel(jinshan, (ws, row) => {
      row('1').getCell(2).value = '金山自己的标题';
      row('1').getCell(PERCENT).value = 50;
      row('1').getCell(STATUS).value = '推进中';
      ws.spliceRows(row('3').number, 1, ['9', '自加任务', '', '', 10, '推进中', '自加的进展']);
    });
    const otherPlan = await exportHandouts(
      { ...district, name: '2021年思明区民政工作要点', plan: { ...district.plan, title: '2021年思明区民政工作要点' } },
      [request('莲前街道')],
    );
    const otherPeriod = await exportHandouts(district, [request('殿前街道', 'all', '全年')]);
    const units = await readUnitFiles([
      { name: '禾山.xlsx', bytes: filledHeshan },
      { name: '金山.xlsx', bytes: filledJinshan },
      {
        name: '江头.xlsx',
        bytes: await fillAsExcel(jiangtou, (_, row) => {
          row('3').getCell(PERCENT).value = 50;
          row('3').getCell(STATUS).value = '推进中';
        }),
      },
      { name: '思明.xlsx', bytes: Object.values(unzipSync(otherPlan.bytes))[0]! },
      { name: '全年.xlsx', bytes: Object.values(unzipSync(otherPeriod.bytes))[0]! },
    ]);
    const result = consolidateReports(units, { plan: district, period: '半年' });
    expect(result.units.map((u) => u.unit)).toEqual(['禾山街道', '金山街道', '江头街道']);
    expect(result.rejected.map((r) => [r.unit, r.reason])).toEqual([
      ['莲前街道', '属于“2021年思明区民政工作要点”，不是本次汇总的“2021年湖里区民政工作要点”，未汇总'],
      ['殿前街道', '是全年报表，本次汇总的是半年，未汇总'],
    ]);
    // Tasks 1, 2, 3 (4 is archived) × 禾山, 金山, 江头.
    expect(result.tasks.map((t) => t.key)).toEqual(['1', '2', '3']);
    expect(result.cells[0]).toEqual([
      { status: '已完成', percent: 100, progress: '禾山：已完成全部入户走访。' },
      { status: '推进中', percent: 50 },
      null,
    ]);
    expect(result.cells[1]?.[0]).toEqual({
      status: '推进中',
      percent: 40,
      problems: '禾山：人手不足。',
      nextSteps: '禾山：下半年补齐。',
    });
    // 禾山 left task 3 blank; 金山 deleted its row (未填); 江头 was given task 3 only.
    expect(result.cells[2]).toEqual([{ status: null, percent: null }, null, { status: '推进中', percent: 50 }]);
    // 江头 answers for task 3 alone: 50 %, not 50 % of three tasks.
    expect(result.units[2]?.rate).toBeCloseTo(0.5, 10);
    // 金山: task 1 at 50 %, task 2 blank, task 3's row deleted (counted as not reported): 0.5 / 3.
    expect(result.units[1]?.rate).toBeCloseTo(0.5 / 3, 10);
    // 禾山: task 1 done (1), task 2 at 40 % (0.4), task 3 not started (0): 1.4 / 3.
    expect(result.units[0]?.rate).toBeCloseTo(1.4 / 3, 10);
    expect(result.taskSummaries[0]).toMatchObject({ reported: 2, done: 1, mean: 0.75 });
    expect(result.problems.filter((p) => p.code === 'form-changed').map((p) => p.message)).toEqual([
      '金山街道：删除了第 3 项任务（任务3）的行，该任务按未填报汇总',
      '金山街道：第 1 项任务的“工作任务”被改为“金山自己的标题”（原为“任务1”），已按序号汇总',
      '金山街道：增加了序号为“9”的行（不在下发的任务中），未汇总',
    ]);
  });
});

describe('导入填报表 on the home page', () => {
  it('makes the unit a workbook of the same plan and revision, with the entries already in the file', async () => {
    const { files } = await handout([request('江头街道', 'named')]);
    const filled = await fillAsExcel(Object.values(files)[0]!, (_, row) => {
      row('3').getCell(STATUS).value = '推进中';
      row('3').getCell(PROGRESS).value = '已召开推进会。';
    });
    const grid = await readGrid(filled, '江头.xlsx');
    const made = workbookFromReport(readReportGrid(grid.sheets, '江头.xlsx'), 'new-id', '2021-06-25T00:00:00.000Z');
    expect(made.problems).toEqual([]);
    const wb = made.workbook!;
    expect(wb).toMatchObject({ id: 'new-id', unit: '江头街道', year: 2021, name: district.name });
    expect(planId(wb)).toBe(planId(district));
    expect(planVersion(wb)).toBe(planVersion(district));
    expect(wb.sections).toEqual(district.sections);
    expect(wb.tasks.map((t) => [t.key, t.leadUnit, t.partnerUnits, t.deadline])).toEqual([
      ['1', '禾山街道', '金山街道', '2021-06-30'],
      ['2', '金山街道', '', '2021-12-31'],
      ['3', '区民政局', '禾山街道、江头街道', '2021-12-31'],
    ]);
    expect(wb.tasks[1]?.indicators).toEqual([indicator(4)]);
    expect(made.period).toBe('半年');
    expect(made.filled).toBe(2);
    expect(wb.tasks[2]?.periods.半年).toMatchObject({ status: '推进中', progress: '已召开推进会。' });
  });

  it('refuses a file without the hidden sheet, with a message', () => {
    const made = workbookFromReport(readReportGrid([{ name: 'Sheet1', rows: [] }], 'x.xlsx'), 'id', 'now');
    expect(made.workbook).toBeNull();
    expect(made.problems[0]?.message).toContain('没有台账信息');
  });
});
