/** Chinese numerals as written in plans (一 … 九十九, 〇/零, 两), simplified and traditional. */

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  壹: 1,
  贰: 2,
  貳: 2,
  叁: 3,
  參: 3,
  肆: 4,
  伍: 5,
  陆: 6,
  陸: 6,
  柒: 7,
  捌: 8,
  玖: 9,
};

const TENS = new Set(['十', '拾']);

/** Characters that may appear in a Chinese ordinal; used to build recognisers. */
export const CHINESE_NUMERAL_CHARS = '零〇一二两兩三四五六七八九十壹贰貳叁參肆伍陆陸柒捌玖拾百';

/** `十三` → 13, `二十` → 20, `一百零五` → 105; null when the string is not a numeral below 1000. */
export function chineseToNumber(text: string): number | null {
  if (text.length === 0 || text.length > 6) return null;
  let total = 0;
  let pending: number | null = null;
  let seenTen = false;
  for (const ch of text) {
    if (ch in DIGITS) {
      if (pending !== null) return null;
      pending = DIGITS[ch] ?? 0;
    } else if (TENS.has(ch)) {
      if (seenTen) return null;
      seenTen = true;
      total += (pending ?? 1) * 10;
      pending = null;
    } else if (ch === '百') {
      if (pending === null || total > 0) return null;
      total += pending * 100;
      pending = null;
    } else {
      return null;
    }
  }
  return total + (pending ?? 0);
}

const SMALL = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 13 → `十三`, 20 → `二十`; used to key sections synthesised from markdown headings. */
export function numberToChinese(n: number): string {
  if (n < 10) return SMALL[n] ?? String(n);
  if (n < 20) return `十${n % 10 === 0 ? '' : SMALL[n % 10]}`;
  if (n < 100) return `${SMALL[Math.floor(n / 10)]}十${n % 10 === 0 ? '' : SMALL[n % 10]}`;
  return String(n);
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** ① → 1 … ⑳ → 20; null otherwise. */
export function circledToNumber(ch: string): number | null {
  const i = CIRCLED.indexOf(ch);
  return i < 0 ? null : i + 1;
}

export const CIRCLED_CHARS = CIRCLED;
