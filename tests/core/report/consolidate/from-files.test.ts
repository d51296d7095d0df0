/**
 * 汇总多个单位 from the files alone gives what it gives with the district's plan open: the hidden
 * sheet carries sections and indicators. Rates worked out by hand; the summary's rounding is the
 * on-screen view's.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPeriodReport } from '../../../../src/core/report/build/build-report';
import { displayText, percentCell } from '../../../../src/core/report/build/cell-text';
import { consolidateReports, type UnitFile } from '../../../../src/core/report/consolidate/consolidate';
import { readReportGrid } from '../../../../src/core/report/reimport/read-report-grid';
import { emptyPeriod } from '../../../../src/core/workbook/fields';
import type { PeriodEntry, Status, Workbook } from '../../../../src/core/workbook/types';
import { rateText } from '../../../../src/ui/reports/consolidation-tables';
import { indicator, task, workbook } from '../../workbook/builders';
import { reportToGrid } from '../reimport/report-to-grid';

function half(status: Status, percent: number | null, actuals: (number | null)[] = []): { 半年: PeriodEntry } {
  return { 半年: { ...emptyPeriod(actuals.length), status, percent, actuals } };
}

/** 1 (section 一, target ≥ 10 个), 2 (一), 3 (二). */
function unit(
  name: string,
  periods: [ReturnType<typeof half>, ReturnType<typeof half>, ReturnType<typeof half>],
): Workbook {
  return workbook(
    [
      task('1', { indicators: [indicator(10)], periods: periods[0] }),
      task('2', { periods: periods[1] }),
      task('3', { section: '二', periods: periods[2] }),
    ],
    { id: `wb-${name}`, unit: name },
  );
}

// 禾山: task 1 at 50 % with its indicator met (10 of 10): (0.5 + 1) / 2 = 0.75; 2 done; 3 at 20 %.
const heshan = unit('禾山街道', [half('推进中', 50, [10]), half('已完成', 100), half('推进中', 20)]);
// 金山: 1 done; 2 does not apply (不涉及, not counted); 3 at 40 %.
const jinshan = unit('金山街道', [half('已完成', 100, [null]), half('不涉及', null), half('推进中', 40)]);
const plan = unit('湖里区民政局', [half('推进中', null, [null]), half('推进中', null), half('推进中', null)]);

function file(wb: Workbook): UnitFile {
  const report = buildPeriodReport(wb, '半年', '2021-07-05');
  return { fileName: report.fileName, parsed: readReportGrid(reportToGrid(report), report.fileName) };
}

const files = [file(heshan), file(jinshan)];

describe('consolidation from the files alone', () => {
  const own = consolidateReports(files);

  it('rebuilds sections and indicators from the hidden sheets, so rates count the indicators', () => {
    expect(own.sections).toEqual([
      { key: '一', title: '兜底保障' },
      { key: '二', title: '养老服务' },
    ]);
    // 禾山 (0.75 + 1 + 0.2) / 3 = 0.65; 金山 (1 + 0.4) / 2 = 0.7.
    expect(own.units.map((u) => [u.unit, u.rate])).toEqual([
      ['禾山街道', expect.closeTo(0.65, 10)],
      ['金山街道', expect.closeTo(0.7, 10)],
    ]);
    // 禾山 一: (0.75 + 1) / 2, 二: 0.2; 金山 一: task 1 alone, 二: 0.4.
    expect(own.units.map((u) => u.sectionRates)).toEqual([
      [expect.closeTo(0.875, 10), expect.closeTo(0.2, 10)],
      [1, expect.closeTo(0.4, 10)],
    ]);
  });

  it('adds per task the units done and their mean completion (不涉及 not counted)', () => {
    expect(own.taskSummaries).toEqual([
      { reported: 2, done: 1, mean: expect.closeTo(0.875, 10) },
      { reported: 2, done: 1, mean: 1 },
      { reported: 2, done: 0, mean: expect.closeTo(0.3, 10) },
    ]);
  });

  it('is exactly what the plan open gives', () => {
    expect(own).toEqual(consolidateReports(files, { plan }));
  });

  it('falls back to keys and titles for files whose hidden sheet carries no plan (version 1)', () => {
    const old = files.map((f) => ({
      ...f,
      parsed: { ...f.parsed, meta: { ...f.parsed.meta!, version: 1, tasks: [], sections: [] } },
    }));
    const result = consolidateReports(old);
    expect(result.tasks.map((t) => t.key)).toEqual(['1', '2', '3']);
    // Without its indicator, 禾山's task 1 counts 0.5: (0.5 + 1 + 0.2) / 3.
    expect(result.units[0]?.rate).toBeCloseTo(1.7 / 3, 10);
  });

  it('notes a unit that reported on another revision of the plan', () => {
    const revised = { ...heshan, tasks: [...heshan.tasks, task('4', { section: '二' })] };
    const result = consolidateReports([file(revised), files[1]!], { plan });
    expect(result.problems.map((p) => p.message)).toEqual([
      '禾山街道：按另一版本的工作要点填报（任务清单不同），已按序号汇总',
    ]);
  });
});

describe('rounding', () => {
  it('prints every rate as the on-screen view shows it', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1.5, noNaN: true }), (rate) => {
        expect(displayText(percentCell(rate))).toBe(rateText(rate));
      }),
    );
    expect(displayText(percentCell(0.168))).toBe('16.8%');
    expect(displayText(percentCell(0.18))).toBe('18%');
  });
});
