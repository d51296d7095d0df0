import { describe, expect, it } from 'vitest';
import {
  charWidth,
  heightForLines,
  rowHeight,
  textWidth,
  wrappedLines,
} from '../../../../src/core/report/build/text-measure';

describe('text width', () => {
  it.each([
    ['abc', 3],
    ['民政', 4],
    ['6次，覆盖', 9],
    ['（一）', 6],
    ['𠀀', 2],
    ['', 0],
  ])('%s is %i units wide', (text, width) => {
    expect(textWidth(text)).toBe(width);
  });

  it('counts a CJK character as two units and a digit as one', () => {
    expect(charWidth('民'.codePointAt(0) ?? 0)).toBe(2);
    expect(charWidth('7'.codePointAt(0) ?? 0)).toBe(1);
  });
});

describe('wrapped lines', () => {
  it('keeps short text on one line', () => {
    expect(wrappedLines('推进中', 9)).toBe(1);
  });

  it('wraps 60 CJK characters in a 40-unit column onto more than three lines', () => {
    // 120 units of text; a 40-unit column holds at most 19 characters (38 units) per line.
    const lines = wrappedLines('民'.repeat(60), 40);
    expect(lines).toBeGreaterThanOrEqual(4);
    expect(lines).toBeLessThanOrEqual(5);
  });

  it('counts hard line breaks', () => {
    expect(wrappedLines('一\n二\n三', 40)).toBe(3);
  });
});

describe('row height', () => {
  it('grows with the tallest cell and never goes below the minimum', () => {
    const short = rowHeight(['1', '短'], [7, 40], 11);
    const tall = rowHeight(['1', '民'.repeat(200)], [7, 40], 11);
    // One line of 11 pt text: 11 × 1.45 + 6 points of padding, rounded up to a quarter point.
    expect(short).toBe(22);
    expect(rowHeight(['1'], [7], 11, 30)).toBe(30);
    // 200 characters at no more than 19 per line take at least 11 lines.
    expect(tall).toBeGreaterThanOrEqual(heightForLines(11, 11));
  });
});
