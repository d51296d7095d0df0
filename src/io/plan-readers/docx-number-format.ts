/**
 * Word `w:numFmt` values rendered as LibreOffice shows them. LibreOffice maps chineseCounting,
 * chineseCountingThousand, ideographDigital, japaneseCounting and taiwaneseCounting all to the
 * same lower-case Chinese numbers (一 … 十 … 十一), and chineseLegalSimplified to 壹贰叁.
 */

const LOWER = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const LEGAL = ['', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const LEGAL_TRADITIONAL = ['', '壹', '貳', '參', '肆', '伍', '陸', '柒', '捌', '玖'];
const STEMS = '甲乙丙丁戊己庚辛壬癸';
const BRANCHES = '子丑寅卯辰巳午未申酉戌亥';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

function chinese(n: number, digits: readonly string[], ten: string, hundred: string): string {
  if (n <= 0 || n >= 1000) return String(n);
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  let out = h > 0 ? `${digits[h]}${hundred}` : '';
  if (t > 0) out += `${t === 1 && h === 0 ? '' : digits[t]}${ten}`;
  else if (h > 0 && u > 0) out += '零';
  return out + (u > 0 ? digits[u] : '');
}

function letters(n: number, upper: boolean): string {
  let out = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) out = String.fromCharCode(97 + ((k - 1) % 26)) + out;
  return upper ? out.toUpperCase() : out;
}

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let out = '';
  let k = n;
  for (const [value, glyph] of table) {
    while (k >= value) {
      out += glyph;
      k -= value;
    }
  }
  return out;
}

export function formatNumber(n: number, numFmt: string): string {
  switch (numFmt) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'ideographDigital':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return chinese(n, LOWER, '十', '百');
    case 'chineseLegalSimplified':
      return chinese(n, LEGAL, '拾', '佰');
    case 'ideographLegalTraditional':
      return chinese(n, LEGAL_TRADITIONAL, '拾', '佰');
    case 'ideographTraditional':
      return STEMS[(n - 1) % 10] ?? String(n);
    case 'ideographZodiac':
      return BRANCHES[(n - 1) % 12] ?? String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return CIRCLED[n - 1] ?? String(n);
    case 'decimalZero':
      return String(n).padStart(2, '0');
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    case 'lowerLetter':
      return letters(n, false);
    case 'upperLetter':
      return letters(n, true);
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    case 'bullet':
    case 'none':
      return '';
    default:
      return String(n);
  }
}
