/**
 * Continuation rows: a text longer than a row may hold continues in the rows below, cut between
 * paragraphs, else after a sentence, else where a line ends, and joins back exactly.
 * Column width 12.5 at 11 pt holds (12.5 − 1.5) × 0.92 = 10.1 units: five CJK characters a line.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinParts, splitText } from '../../../../src/core/report/build/continuation';
import { continuationKey, SheetBuilder } from '../../../../src/core/report/build/sheet-builder';
import { textCell } from '../../../../src/core/report/build/cell-text';
import { wrappedLines } from '../../../../src/core/report/build/text-measure';

describe('splitText', () => {
  it('cuts between paragraphs when the next one does not fit', () => {
    // Three paragraphs of six characters, two lines each; parts of at most 3, then 4 lines.
    const [p1, p2, p3] = ['一二三四五六', '七八九十甲乙', '丙丁戊己庚辛'];
    expect(splitText(`${p1}\n${p2}\n${p3}`, 12.5, 11, [3, 4])).toEqual({ parts: [p1, `${p2}\n${p3}`], joins: ['\n'] });
  });

  it('cuts a paragraph longer than the room after a sentence that ends in its second half', () => {
    // 16 characters, four lines; two lines hold ten, and 。 is the seventh.
    expect(splitText('甲乙丙丁戊己。庚辛壬癸子丑寅卯辰', 12.5, 11, [2, 3])).toEqual({
      parts: ['甲乙丙丁戊己。', '庚辛壬癸子丑寅卯辰'],
      joins: [''],
    });
  });

  it('cuts where the line ends when no sentence ends late enough', () => {
    expect(splitText('民'.repeat(23), 12.5, 11, [2])).toEqual({
      parts: ['民'.repeat(10), '民'.repeat(10), '民'.repeat(3)],
      joins: ['', ''],
    });
  });

  it('leaves a text that fits as it is', () => {
    expect(splitText('短\n句', 12.5, 11, [2])).toEqual({ parts: ['短\n句'], joins: [] });
  });

  it('always joins back to the same text, each part within its room', () => {
    const text = fc
      .array(fc.constantFrom('民', '政', '。', '，', 'a', '1', '\n', ' '), { maxLength: 400 })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 9 }), (t, first, rest) => {
        const { parts, joins } = splitText(t, 12.5, 11, [first, rest]);
        expect(joinParts(parts, joins)).toBe(t);
        parts.forEach((p, k) => expect(wrappedLines(p, 12.5, 11)).toBeLessThanOrEqual(k === 0 ? first : rest));
      }),
    );
  });
});

describe('SheetBuilder.task', () => {
  // At 10.5 pt, 12.5 units hold (12.5 − 1.5) × 0.92 × 11 / 10.5 = 10.6 units: five characters a line.
  // A 409 pt row holds 26 lines: (26 × 10.5 × 1.45 + 6) = 401.85 → 402 pt; 27 lines would be 417.25.
  it('continues a 300-character text in rows of 26 lines, each on a page of its own', () => {
    const b = new SheetBuilder('推进情况', [6, 12.5, 12.5]);
    const first = b.task('3', [textCell('3', 'center'), textCell('任务三'), textCell('民'.repeat(300))], '任务三');
    const sheet = b.build();
    expect(first).toBe(1);
    expect(sheet.rows.map((r) => r.cells.map((c) => c.value))).toEqual([
      ['3', '任务三', '民'.repeat(130)],
      [continuationKey('3'), '任务三', '民'.repeat(130)],
      [continuationKey('3'), '任务三', '民'.repeat(40)],
    ]);
    // 26, 26 and 8 lines: 8 × 15.225 + 6 = 127.8 → 128 pt.
    expect(sheet.rows.map((r) => r.height)).toEqual([402, 402, 128]);
    // A4 landscape holds 516.1 pt: 402 + 402 does not fit, nor does 402 + 128.
    expect(sheet.pageBreaks).toEqual([1, 2]);
    expect(b.continuations).toEqual([
      { key: '3', row: 2, joins: { 2: '' } },
      { key: '3', row: 3, joins: { 2: '' } },
    ]);
  });

  it('fills what is left of the current page with the first part', () => {
    const b = new SheetBuilder('推进情况', [6, 12.5, 12.5]);
    // 300 pt used: 216.1 pt left hold 13 lines (13 × 15.225 + 6 = 203.9 → 204 pt), 65 characters.
    b.add([textCell('x'), textCell(''), textCell('')], 300);
    // 40 lines: more than a row may hold (a text that fits on a fresh page would move there whole).
    b.task('3', [textCell('3', 'center'), textCell('任务三'), textCell('民'.repeat(200))], '任务三');
    const sheet = b.build();
    expect(sheet.rows.slice(1).map((r) => [String(r.cells[2]?.value).length, r.height])).toEqual([
      [65, 204],
      [130, 402],
      // Five characters, one line; but 序号 `3\n（续）` takes three in a 6-unit column (4.3 units a line).
      [5, heightFor(3)],
    ]);
    // 300 + 204 fills page 1; 402 + 51.75 fit page 2.
    expect(sheet.pageBreaks).toEqual([2]);
  });

  it('moves a task that fits on a fresh page there whole', () => {
    const b = new SheetBuilder('推进情况', [6, 12.5, 12.5]);
    b.add([textCell('x'), textCell(''), textCell('')], 300);
    // 20 lines, 310.5 pt: not continued, on page 2.
    b.task('3', [textCell('3', 'center'), textCell('任务三'), textCell('民'.repeat(100))], '任务三');
    const sheet = b.build();
    expect(sheet.rows.map((r) => r.height)).toEqual([300, heightFor(20)]);
    expect(sheet.pageBreaks).toEqual([1]);
  });
});

function heightFor(lines: number): number {
  return Math.ceil((lines * 10.5 * 1.45 + 6) * 4) / 4;
}
