/**
 * The number that opens a line, in every scheme plans use: `一、`, `（一）`, `1.`/`1、`/`1．`,
 * `（1）`/`1）`, `①`, `第一条`/`第一章`/`第一部分`, and word markers `——任务1：`, `任务1：`,
 * `行动一：`. A leading `★`/`☆` (a key task) is allowed before any of them. Each marker reports
 * its level id, its number, the numeral as written and the rest of the line.
 */
import { CHINESE_NUMERAL_CHARS, CIRCLED_CHARS, chineseToNumber, circledToNumber } from './numerals';

export interface Marker {
  /** Level id: `cn`, `cn-paren`, `num`, `num-paren`, `circled`, `article`, `chapter`, `part`, `word:<word>`, `shi` (一是). */
  level: string;
  n: number;
  /** The numeral as written, ASCII for Arabic numbers: `十三`, `3`. */
  label: string;
  /** The marker as written, trimmed: `一、`, `（一）`, `——任务1：`. */
  marker: string;
  /** Text after the marker. */
  rest: string;
  /** Offset of `rest` in the line, so titles stay substrings of the line. */
  restStart: number;
  /** The line opened with ★ or ☆. */
  starred: boolean;
}

/**
 * Conventional depth in Chinese official documents (第一部分 › 第一章 › 第一条 › 一、 › （一） › 1. ›
 * （1） › ①). Word markers have none: their depth comes from where they stand.
 */
export const LEVEL_RANK: Record<string, number> = {
  part: -3,
  chapter: -2,
  article: -1,
  cn: 0,
  'cn-paren': 1,
  num: 2,
  'num-paren': 3,
  circled: 4,
  dec1: 0,
  dec2: 1,
  dec3: 1.5,
  dec4: 1.75,
};

/** `1 总则`, `2.2 工作职责`, `3.2.1 Ⅲ级响应措施`: the decimal outline of 应急预案 and technical plans. */
export function isDecimalLevel(level: string): boolean {
  return /^dec\d$/.test(level);
}

// `2.2 工作职责` (space) or `2.2工作职责` as a heading line; never `1.5亿元…` or `2.3万户`.
const DECIMAL = /^(\d{1,2}(?:[.．]\d{1,2}){1,3})(?![.．]?\d)(\s*)(?=[\p{Script=Han}\p{Nl}])/u;
// `1 总则`: a chapter number, a space and a short heading with no punctuation at all.
const CHAPTER = /^(\d{1,2})\s+(?=\p{Script=Han})/u;
const MEASURE_START = /^[亿万千百十个倍元米吨户人家项次余多年月日号天周时分秒%％]/;

function decimalMarker(line: string): Marker | null {
  const m = DECIMAL.exec(line) ?? CHAPTER.exec(line);
  if (!m) return null;
  const rest = line.slice(m[0].length);
  const label = (m[1] ?? '').replace(/．/g, '.');
  const parts = label.split('.');
  const heading = rest.length <= 30 && !/[。；;，,：:]/.test(rest);
  if (MEASURE_START.test(rest)) return null;
  if (parts.length === 1 ? rest.length > 15 || /[^\p{Script=Han}、]/u.test(rest) : !heading && m[2] === '') return null;
  const n = Number(parts[parts.length - 1]);
  if (n < 1 || parts.some((p) => Number(p) < 1)) return null;
  return {
    level: `dec${parts.length}`,
    n,
    label,
    marker: line.slice(0, m[0].length).trim(),
    rest,
    restStart: m[0].length,
    starred: false,
  };
}

const CN = `[${CHINESE_NUMERAL_CHARS}]{1,4}`;
const WORDS = '重点任务|专项行动|任务|行动|工程|举措|项目|专项';

const PATTERNS: { level: string; re: RegExp }[] = [
  // `一是` (essay subtasks) and `一年` never match: punctuation is required.
  { level: 'cn', re: new RegExp(`^(${CN})\\s*[、.．](?![\\d])\\s*`) },
  { level: 'cn-paren', re: new RegExp(`^[（(]\\s*(${CN})\\s*[)）]\\s*[、.．]?\\s*`) },
  { level: 'num-paren', re: /^[（(]\s*(\d{1,3})\s*[)）]\s*[、.．]?\s*/ },
  { level: 'num-paren', re: /^(\d{1,3})\s*[)）]\s*/ },
  // `1.`, `1、`, `1．`; the digit lookahead keeps `1.5亿元` and `2.3万` out, but not a date the
  // item starts with (`1.2024年8月底前…`, `2.11月中旬前…`).
  { level: 'num', re: /^(\d{1,3})\s*[.．、](?:(?!\d)|(?=\d{4}\s*年|(?:1[0-2]|0?[1-9])\s*月))\s*/ },
  { level: 'circled', re: new RegExp(`^([${CIRCLED_CHARS}])\\s*[、.．]?\\s*`) },
  // `l.` / `I.`: a letter typed for the digit 1.
  { level: 'typed-one', re: /^([lI])\s*[.．、](?=\p{Script=Han})\s*/u },
  // `⒈`…`⒛` (one character each, digit and full stop): the same level as `1.`.
  { level: 'dotted', re: /^([\u2488-\u249b])\s*/ },
  { level: 'ordinal', re: new RegExp(`^第\\s*(${CN}|\\d{1,3})\\s*(条|章|部分)\\s*[、.．:：]?\\s*`) },
  { level: 'word', re: new RegExp(`^(?:[—–-]{1,2}\\s*)?(${WORDS})\\s*(${CN}|\\d{1,3})\\s*[:：、.．]\\s*`) },
  // `一是…` opening a paragraph: the task level only where a section has no other numbers.
  { level: 'shi', re: /^([一二三四五六七八九十]{1,3})是(?=[\p{Script=Han}“"])/u },
];

const ORDINAL_LEVEL: Record<string, string> = { 条: 'article', 章: 'chapter', 部分: 'part' };

function numberOf(label: string): number | null {
  if (/^\d+$/.test(label)) return Number(label);
  return circledToNumber(label) ?? chineseToNumber(label);
}

function levelOf(base: string, m: RegExpExecArray): { level: string; label: string } {
  if (base === 'ordinal') return { level: ORDINAL_LEVEL[m[2] ?? ''] ?? 'article', label: m[1] ?? '' };
  if (base === 'word') return { level: `word:${m[1] ?? ''}`, label: m[2] ?? '' };
  if (base === 'typed-one') return { level: 'num', label: '1' };
  if (base === 'dotted') return { level: 'num', label: String((m[1] ?? '').charCodeAt(0) - 0x2487) };
  return { level: base, label: m[1] ?? '' };
}

// Text must follow a marker: a lone `2` or `1.` (page numbers, table cells) is not an item.
const TEXT_START = /^[\p{L}“"《「『【〈]|^\d{4}\s*年|^\d{1,2}\s*月/u;

/** The marker opening `line`, or null. */
export function readMarker(line: string): Marker | null {
  const star = /^[★☆]\s*/.exec(line);
  const offset = star ? star[0].length : 0;
  const body = offset > 0 ? line.slice(offset) : line;
  for (const { level: base, re } of PATTERNS) {
    const m = re.exec(body);
    if (!m) continue;
    const { level, label } = levelOf(base, m);
    const n = numberOf(label);
    const restStart = offset + m[0].length;
    const rest = line.slice(restStart);
    // `第一条（目的依据）`: an article may open with its subject in parentheses.
    const bracketed = base === 'ordinal' && /^[（(]\p{Script=Han}/u.test(rest);
    // `（1）2个计划新开工项目…`: after a number in brackets a digit cannot be a decimal's.
    const countAfterBrackets = /^[（(]/.test(body) && /^\d+\s*[个项家座条处]/.test(rest);
    if (n === null || n < 1 || (!TEXT_START.test(rest) && !bracketed && !countAfterBrackets)) return null;
    const marker = line.slice(0, restStart).trim();
    return { level, n, label: /^\d+$/.test(label) ? String(n) : label, marker, rest, restStart, starred: offset > 0 };
  }
  return decimalMarker(line);
}

/** How a level's number is written in a key or a group number: `(一)`, `行动1`, `3`. */
export function numberAsWritten(marker: Pick<Marker, 'level' | 'label'>): string {
  if (marker.level.startsWith('word:')) return `${marker.level.slice(5)}${marker.label}`;
  if (marker.level === 'cn-paren' || marker.level === 'num-paren') return `(${marker.label})`;
  return marker.label;
}
