/** Where pages end: rows never split, bands go with the row they head, the sign-off with the last row. */
import { describe, expect, it } from 'vitest';
import { Paginator, type Placement } from '../../../../src/core/report/build/pagination';

/** Place rows 1, 2, … of these heights on pages 100 pt tall; the rows after which pages end. */
function breaks(rows: (number | [number, Placement])[], repeated = 0, repeatAfter = 0): number[] {
  const pager = new Paginator({ height: 100 });
  rows.forEach((row, i) => {
    const [height, how] = typeof row === 'number' ? [row, {}] : row;
    pager.place(i + 1, height, how);
    if (i + 1 === repeatAfter) pager.repeatRows(repeated);
  });
  return pager.breaks;
}

const band = (height: number): [number, Placement] => [height, { keepWithNext: true }];

describe('Paginator', () => {
  it('ends a page before the row that would pass its end', () => {
    // 30 + 30 + 30 = 90; a fourth row would make 120.
    expect(breaks([30, 30, 30, 30, 30, 30, 30])).toEqual([3, 6]);
    // Exactly full is not over.
    expect(breaks([50, 50, 50])).toEqual([2]);
  });

  it('counts the rows repeated at the top of later pages', () => {
    // Row 1 (20) is repeated: page 2 holds 20 + 40 + 40, page 1 holds 20 + 40 + 40.
    expect(breaks([20, 40, 40, 40, 40, 40], 20, 1)).toEqual([3, 5]);
  });

  it('never leaves a section band last on a page: it moves on with the row it heads', () => {
    // 40 + 40 + band 10 = 90; the 30 pt row does not fit, so the band goes with it.
    expect(breaks([40, 40, band(10), 30])).toEqual([2]);
    // A section band and a group band move together.
    expect(breaks([60, band(10), band(10), 40])).toEqual([1]);
  });

  it('leaves the band where it is when it and its row would not fit a fresh page either', () => {
    // Band 30 + row 80 = 110 > 100: moving gains nothing.
    expect(breaks([20, band(30), 80])).toEqual([2]);
  });

  it('keeps the sign-off line with the row above it', () => {
    // 50 + 40 = 90; the 20 pt sign-off takes the 40 pt row to the next page.
    expect(breaks([50, 40, [20, { keepWithPrevious: true }]])).toEqual([1]);
  });

  it('reports the room left, a later page’s room and the rows that would move', () => {
    const pager = new Paginator({ height: 100 });
    pager.place(1, 20);
    pager.repeatRows(20);
    pager.place(2, 30);
    pager.place(3, 10, { keepWithNext: true });
    expect([pager.room, pager.pageRoom, pager.carried]).toEqual([40, 80, 10]);
    pager.breakAfter(3);
    expect([pager.breaks, pager.room]).toEqual([[3], 80]);
  });
});
