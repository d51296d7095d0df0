/**
 * Page 2 of the 统计 sheet: the charts, two to a row, each in an area of its own that one sheet
 * row holds, so no chart is ever split across pages. The browser draws each chart at its area's
 * size (chartAreas), so labels print at the size they were drawn.
 */
import { chineseDate } from '../labels';
import type { PictureSlot } from '../model';
import { emptyCell } from './cell-text';
import { pageCapacity } from './page-setup';
import type { SheetBuilder } from './sheet-builder';
import { BODY_FONT_SIZE, heightForLines } from './text-measure';

/** The 统计 sheet's columns: two tables of label, count and share with a gap between. */
export const STATS_WIDTHS: readonly number[] = [34, 10, 10, 4, 28, 12, 12];

/**
 * Chart areas start at columns A and E. Excel prints the sheet 592 pt wide (column E at 320 pt),
 * LibreOffice here 772 pt (E at 407 pt): 270 pt wide areas fit both, and 560 pt for a last,
 * lonely chart across the page.
 */
const AREA_COLUMNS = [0, 4];
const AREA_WIDTH = 270;
const WIDE_AREA_WIDTH = 560;
/** Below each chart, room for rounding between programs. */
const AREA_MARGIN = 6;

function areaRowHeight(count: number): number {
  const page = pageCapacity(STATS_WIDTHS, { paper: 'A4', landscape: true });
  const heading = heightForLines(1, BODY_FONT_SIZE);
  return Math.floor((page - heading - 8) / Math.max(1, Math.ceil(count / 2)));
}

/** Width and height, in points, of the area of each of `count` charts, in order. */
export function chartAreas(count: number): { width: number; height: number }[] {
  const height = areaRowHeight(count) - AREA_MARGIN;
  return Array.from({ length: count }, (_, i) => ({
    width: i === count - 1 && count % 2 === 1 ? WIDE_AREA_WIDTH : AREA_WIDTH,
    height,
  }));
}

/** Page 2: a heading, then one sheet row per row of charts. Returns the areas as picture slots. */
export function addChartPage(b: SheetBuilder, count: number, asOf: string): PictureSlot[] {
  b.pageBreak();
  b.band(`统计图（截至${chineseDate(asOf)}）`, 'subtitle');
  const height = areaRowHeight(count);
  const slots: PictureSlot[] = [];
  let row = 0;
  chartAreas(count).forEach((area, i) => {
    if (i % 2 === 0)
      row = b.add(
        STATS_WIDTHS.map(() => emptyCell('plain')),
        height,
      );
    slots.push({ row: row - 1, column: AREA_COLUMNS[i % 2] ?? 0, ...area });
  });
  return slots;
}
