/**
 * Excel report benchmarks (Node): `npx tsx bench/report.bench.ts`.
 * 1. Export a 1,000-task half-year report vs a bare ExcelJS write of the same cell values.
 * 2. Consolidate 50 unit files × 40 tasks.
 * Prints medians of several runs after a warm-up; results go to docs/performance.md.
 */
import ExcelJS from 'exceljs';
import { performance } from 'node:perf_hooks';
import { buildPeriodReport } from '../src/core/report/build/build-report';
import type { Report } from '../src/core/report/model';
import type { TaskRecord, Workbook } from '../src/core/workbook/types';
import { consolidate, exportReport, type PickedFile } from '../src/io/excel/reports';
import { fixtureWorkbook } from '../tests/helpers/workbook-fixture';

const RUNS = 5;

function workbookOf(tasks: number, unit: string): Workbook {
  const base = fixtureWorkbook('huli-2021', { unit, id: `bench-${unit}` });
  const records: TaskRecord[] = Array.from({ length: tasks }, (_, i) => {
    const template = base.tasks[i % base.tasks.length] as TaskRecord;
    const percent = (i * 37) % 101;
    return {
      ...template,
      key: String(i + 1),
      leadUnit: '民政科',
      owner: '张三',
      periods: {
        半年: {
          status: percent === 100 ? '已完成' : percent > 0 ? '推进中' : '未启动',
          progress: `第${i + 1}项任务上半年已完成调研和部署，召开推进会${i % 5}次。`,
          percent,
          problems: i % 3 ? '' : '人手不足。',
          nextSteps: '继续推进。',
          actuals: [],
        },
      },
    };
  });
  return { ...base, tasks: records };
}

async function median(fn: () => Promise<unknown>): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? NaN;
}

/** The same cells as the report's sheets, values only: what any ExcelJS export costs at least. */
async function bareWrite(report: Report): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const sheet of report.sheets) {
    const ws = book.addWorksheet(sheet.name);
    for (const row of sheet.rows) ws.addRow(row.cells.map((c) => c.value));
  }
  return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
}

async function main(): Promise<void> {
  const big = workbookOf(1000, '殿前街道');
  const ours = await median(() => exportReport(big, '半年', '2021-07-05'));
  const cells = buildPeriodReport(big, '半年', '2021-07-05');
  const bare = await median(() => bareWrite(cells));
  console.log(
    `export 1,000 tasks: ${ours.toFixed(0)} ms; bare ExcelJS write of the same cells: ${bare.toFixed(0)} ms; ratio ${(ours / bare).toFixed(2)}×`,
  );

  const files: PickedFile[] = [];
  for (let u = 0; u < 50; u++) {
    const { fileName, bytes } = await exportReport(workbookOf(40, `第${u + 1}街道`), '半年', '2021-07-05');
    files.push({ name: fileName, bytes });
  }
  const plan = workbookOf(40, '区民政局');
  let units = 0;
  const merged = await median(async () => {
    units = (await consolidate(files, { plan })).units.length;
  });
  console.log(`consolidate 50 files × 40 tasks: ${merged.toFixed(0)} ms (${units} units merged)`);
}

void main();
