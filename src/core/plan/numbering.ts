/**
 * Recognisers for the numbers that open a line: `一、` sections, `（一）` items, `1.` / `1、` /
 * `１．` items, `（1）` / `1）` items and circled `①`. Each returns the number, the numeral as
 * written (for keys such as `二(三)`) and the rest of the line.
 */
import { CHINESE_NUMERAL_CHARS, CIRCLED_CHARS, chineseToNumber, circledToNumber } from './numerals';

/** Conventional rank in Chinese official documents: 一、 › （一） › 1. › （1） › ①. */
export type ItemKind = 'section' | 'paren-cn' | 'arabic' | 'paren-arabic' | 'circled';
export const KIND_RANK: Record<ItemKind, number> = {
  section: 0,
  'paren-cn': 1,
  arabic: 2,
  'paren-arabic': 3,
  circled: 4,
};

export interface NumberedLine {
  kind: ItemKind;
  n: number;
  /** The numeral as written, ASCII for Arabic numbers: `十三`, `3`. */
  label: string;
  /** Text after the number and its punctuation. */
  rest: string;
  /** Offset of `rest` in the line, so titles stay substrings of the line. */
  restStart: number;
}

const CN = `[${CHINESE_NUMERAL_CHARS}]{1,4}`;
const PATTERNS: { kind: ItemKind; re: RegExp }[] = [
  // `一、` and `一．`; `一是` (essay subtasks) and `一年` never match because punctuation is required.
  { kind: 'section', re: new RegExp(`^(${CN})\\s*[、.．]\\s*`) },
  { kind: 'paren-cn', re: new RegExp(`^[（(]\\s*(${CN})\\s*[)）]\\s*[、.．]?\\s*`) },
  { kind: 'paren-arabic', re: /^[（(]\s*(\d{1,3})\s*[)）]\s*[、.．]?\s*/ },
  { kind: 'paren-arabic', re: /^(\d{1,3})\s*[)）]\s*/ },
  // `1.`, `1、`, `1．`; the digit lookahead keeps `1.5亿元` and `2.3万` out.
  { kind: 'arabic', re: /^(\d{1,3})\s*[.．、](?!\d)\s*/ },
  { kind: 'circled', re: new RegExp(`^([${CIRCLED_CHARS}])\\s*[、.．]?\\s*`) },
];

function numberOf(kind: ItemKind, label: string): number | null {
  if (kind === 'section' || kind === 'paren-cn') return chineseToNumber(label);
  if (kind === 'circled') return circledToNumber(label);
  return Number(label);
}

/** The numbered item opening `line`, or null. A lone number or a number before nothing textual is not an item. */
export function recogniseNumber(line: string): NumberedLine | null {
  for (const { kind, re } of PATTERNS) {
    const m = re.exec(line);
    if (!m) continue;
    const label = m[1] ?? '';
    const n = numberOf(kind, label);
    const rest = line.slice(m[0].length);
    if (n === null || n < 1 || !/^[\p{L}“"《「『【]/u.test(rest)) return null;
    return { kind, n, label, rest, restStart: m[0].length };
  }
  return null;
}
