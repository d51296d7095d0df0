/**
 * Parsers for what people type (or paste from Excel) into a cell. Each returns a value or a
 * Chinese message: errors are values, the grid shows the message and keeps the old value.
 */
import { STATUSES, type Status } from './types';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** Full-width digits, ％ and ／ as typed with a Chinese IME become ASCII; spaces go. */
export function normalizeInput(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/g, '');
}

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

export function parsePercent(raw: string): Parsed<number | null> {
  const text = normalizeInput(raw).replace(/%$/, '');
  if (text === '') return { ok: true, value: null };
  const value = Number(text);
  if (!NUMBER.test(text) || value < 0 || value > 100) {
    return { ok: false, message: `“${raw.trim()}”不是有效的完成进度：请填写 0–100 之间的数字，如 85 或 85%` };
  }
  return { ok: true, value };
}

const MULTIPLIERS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000, 万: 10_000, 亿: 100_000_000 };

/** `83`, `83个`, `1.2万` (12000), `1,234`, `3亿元`, `95%`: the number in plain units. */
export function parseAmount(raw: string): Parsed<number | null> {
  const text = normalizeInput(raw).replace(/,/g, '');
  if (text === '') return { ok: true, value: null };
  const match = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))([十百千万亿]*)(\D{0,4})$/.exec(text);
  if (!match) return { ok: false, message: `“${raw.trim()}”不是数字：请填写数值，如 83 或 1.2万` };
  let value = Number(match[1]);
  for (const ch of match[2] ?? '') value *= MULTIPLIERS[ch] ?? 1;
  // 1.2万 is 12000 exactly, not 12000.000000000002.
  return { ok: true, value: Number(value.toPrecision(12)) };
}

const STATUS_ALIASES: Readonly<Record<string, Status>> = {
  未开始: '未启动',
  未开展: '未启动',
  进行中: '推进中',
  正在推进: '推进中',
  在推进: '推进中',
  完成: '已完成',
  已办结: '已完成',
  暂停: '暂缓',
  不适用: '不涉及',
};

export function parseStatus(raw: string): Parsed<Status> {
  const text = normalizeInput(raw);
  if (text === '') return { ok: true, value: '未启动' };
  if ((STATUSES as readonly string[]).includes(text)) return { ok: true, value: text as Status };
  const alias = STATUS_ALIASES[text];
  if (alias) return { ok: true, value: alias };
  return { ok: false, message: `“${raw.trim()}”不是有效状态：只能是${STATUSES.join('、')}` };
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// Arithmetic, not a Date: opening a workbook checks every task's dates.
function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] ?? 31);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Real calendar date as ISO, or a message saying what is wrong with it. */
export function isoDate(year: number, month: number, day: number | 'end'): Parsed<string> {
  if (month < 1 || month > 12) return { ok: false, message: `没有${month}月` };
  const last = daysInMonth(year, month);
  const d = day === 'end' ? last : day;
  if (d < 1 || d > last) return { ok: false, message: `${year}年${month}月没有${d}日` };
  return { ok: true, value: `${year}-${pad(month)}-${pad(d)}` };
}

export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m !== null && isoDate(Number(m[1]), Number(m[2]), Number(m[3])).ok;
}
