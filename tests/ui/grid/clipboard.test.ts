/** Clipboard text as Excel and WPS write it, both ways. */
import { describe, expect, it } from 'vitest';
import { parseTsv, toTsv } from '../../../src/ui/grid/clipboard';

describe('parseTsv', () => {
  it.each([
    ['one cell', '推进中', [['推进中']]],
    [
      'Excel’s trailing newline is not an extra row',
      'a\tb\r\nc\td\r\n',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    ['an empty cell between tabs', 'a\t\tc', [['a', '', 'c']]],
    ['a trailing tab keeps its empty last cell', 'a\t', [['a', '']]],
    [
      'a quoted cell with a line break (Alt+Enter in Excel)',
      '"第一行\n第二行"\t下一格',
      [['第一行\n第二行', '下一格']],
    ],
    ['doubled quotes inside a quoted cell', '"他说""好"""', [['他说"好"']]],
    ['a quote in the middle of a cell is plain text', '6"寸', [['6"寸']]],
    ['old Mac line ends', 'a\rb', [['a'], ['b']]],
    ['nothing', '', []],
  ])('%s', (_, text, rows) => {
    expect(parseTsv(text)).toEqual(rows);
  });
});

describe('toTsv', () => {
  it.each([
    ['plain cells', [['1', '推进中']], '1\t推进中'],
    ['rows joined with CRLF', [['a'], ['b']], 'a\r\nb'],
    [
      'a cell with a tab, newline or quote is quoted, quotes doubled',
      [['a\tb', '两\n行', '"引"']],
      '"a\tb"\t"两\n行"\t"""引"""',
    ],
  ])('%s', (_, rows, text) => {
    expect(toTsv(rows)).toBe(text);
  });

  it('reads back what it writes', () => {
    const rows = [
      ['含"引号"', '含\t制表符', '含\n换行'],
      ['', '普通', ''],
    ];
    expect(parseTsv(toTsv(rows))).toEqual(rows);
  });
});
