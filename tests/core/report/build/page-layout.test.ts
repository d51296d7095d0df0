/** The paper and the widths chosen for it, worked out by hand from LibreOffice's 7.02 pt per unit. */
import { describe, expect, it } from 'vitest';
import { columnWidths, widthBudget } from '../../../../src/core/report/build/column-widths';
import {
  pageCapacity,
  printableHeight,
  printableWidth,
  printScale,
  unitsAcross,
} from '../../../../src/core/report/build/page-setup';
import { chartAreas } from '../../../../src/core/report/build/stats-charts';

const A4 = { paper: 'A4', landscape: true } as const;
const A3 = { paper: 'A3', landscape: true } as const;

describe('page setup', () => {
  it('knows the printable area of A4 and A3 landscape', () => {
    // A4: 841.9 × 595.3 pt less 0.4 in (28.8 pt) each side and 0.55 in (39.6 pt) top and bottom.
    expect(printableWidth(A4)).toBeCloseTo(784.3, 6);
    expect(printableHeight(A4)).toBeCloseTo(516.1, 6);
    expect(printableWidth(A3)).toBeCloseTo(1133, 6);
    // 784.3 / 7.02 = 111.72 → 111.7 units; 1133 / 7.02 = 161.40 → 161.3.
    expect(unitsAcross(A4)).toBe(111.7);
    expect(unitsAcross(A3)).toBe(161.3);
    expect([widthBudget(A4), widthBudget(A3)]).toEqual([110, 159]);
  });

  it('prints at 100 % what fits, else at the largest whole percent that does', () => {
    expect(printScale([110], A4)).toBe(100);
    // 125 × 7.02 = 877.5 pt: 784.3 / 877.5 = 89.4 %.
    expect(printScale([60, 65], A4)).toBe(89);
    // A page at 89 % holds 516.1 / 0.89 = 579.9 pt of rows.
    expect(pageCapacity([125], A4)).toBeCloseTo(579.89, 2);
  });
});

describe('column widths', () => {
  it('gives fixed columns their width and shares the rest by weight', () => {
    // key 6; 工作任务 14 (weight 3) and 进展情况 22 (weight 6): 60 − 6 − 36 = 18 more, 6 and 12.
    expect(columnWidths(['key', 'title', 'progress'], 60, 'title')).toEqual([6, 20, 34]);
    // 任务全文: 工作任务 18 (weight 6): 60 − 6 − 40 = 14, 7 each.
    expect(columnWidths(['key', 'title', 'progress'], 60, 'text')).toEqual([6, 25, 29]);
  });

  it('keeps the minimums when the budget is smaller, and rounds down to half units', () => {
    expect(columnWidths(['key', 'title', 'progress'], 30, 'title')).toEqual([6, 14, 22]);
    // 3 more, shared 3 : 6: 1 and 2.
    expect(columnWidths(['key', 'title', 'progress'], 45, 'title')).toEqual([6, 15, 24]);
    // 1 more: 0.33 → 0 and 0.67 → 0.5.
    expect(columnWidths(['key', 'title', 'progress'], 43, 'title')).toEqual([6, 14, 22.5]);
  });
});

describe('chart areas of 统计', () => {
  it('puts two charts a row in one page, a last odd one across the page', () => {
    // 516.1 − 21.25 (heading) − 8 = 486.85: one row 486 pt, two rows 243, three 162; 6 pt below each.
    expect(chartAreas(2)).toEqual([
      { width: 270, height: 480 },
      { width: 270, height: 480 },
    ]);
    expect(chartAreas(4).map((a) => a.height)).toEqual([237, 237, 237, 237]);
    expect(chartAreas(5).map((a) => [a.width, a.height])).toEqual([
      [270, 156],
      [270, 156],
      [270, 156],
      [270, 156],
      [560, 156],
    ]);
  });
});
