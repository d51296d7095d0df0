/** Recognisers for whole lines that are never tasks: signatures, dates, metadata fields. */
import { chineseToNumber } from './numerals';
import { stripBullet } from './noise';

const ORG_SUFFIX =
  '(?:局|厅|廳|委员会|委員會|委|办公室|辦公室|办|辦|政府|部|中心|院|会|會|处|處|署|司|所|站|领导小组|領導小組)';

/** A line that is only an organisation name, as a signature above a date: `常州市民政局`. */
const ORG_LINE = new RegExp(`^[\\p{Script=Han}（）()]{2,30}${ORG_SUFFIX}$`, 'u');
const SIGNATURE = new RegExp(
  `^[（(]([\\p{Script=Han}]{2,30}?${ORG_SUFFIX})(?:党组|党委|黨組|黨委|[、，,]|局长|厅长|主任|书记)`,
  'u',
);

export function isOrgLine(line: string): boolean {
  return line.length <= 34 && ORG_LINE.test(line);
}

/** `上海市民政局         上海市消防救援局`: a joint signature; returns the first organisation. */
export function jointSignatureOrg(line: string): string | null {
  if (line.length > 80 || !/\S\s{2,}\S/.test(line)) return null;
  const orgs = line.split(/\s{2,}/);
  return orgs.length >= 2 && orgs.every((o) => isOrgLine(o)) ? (orgs[0] ?? null) : null;
}

/** `（咸宁市民政局党组书记、局长陈红卫）`: an author signature; returns the organisation. */
export function signatureOrg(line: string): string | null {
  const m = SIGNATURE.exec(line);
  return m && /[)）]$/.test(line) ? (m[1] ?? null) : null;
}

const CN_DIGIT: Record<string, string> = {
  〇: '0',
  零: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};

function chineseYear(text: string): number | null {
  const digits = [...text].map((ch) => CN_DIGIT[ch]);
  return digits.every((d) => d !== undefined) && digits.length === 4 ? Number(digits.join('')) : null;
}

function isoDate(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * `2024327`: a signature date whose 年/月/日 a web copy lost, read only when one split of the digits
 * is a date (`2020111` could be 1 Nov or 11 Jan and is not read).
 */
function compactDate(text: string): string | null {
  const m = /^(\d{4})(\d{3,4})$/.exec(text.trim());
  if (!m) return null;
  const [y, rest] = [Number(m[1]), m[2] ?? ''];
  const readings = [1, 2]
    .map((cut) => isoDate(y, Number(rest.slice(0, cut)), Number(rest.slice(cut))))
    .filter((d): d is string => d !== null);
  const unique = [...new Set(readings)];
  return unique.length === 1 ? (unique[0] ?? null) : null;
}

/** Finds a date written `2021-05-10`, `2021年5月10日` or `二〇二一年五月十日` anywhere in `text`. */
export function findDate(text: string): string | null {
  const compact = compactDate(text);
  if (compact) return compact;
  const iso = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/.exec(text);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const cn = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(text);
  if (cn) return isoDate(Number(cn[1]), Number(cn[2]), Number(cn[3]));
  const han = /([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/.exec(
    text,
  );
  if (han) {
    const y = chineseYear(han[1] ?? '');
    const m = chineseToNumber(han[2] ?? '');
    const d = chineseToNumber(han[3] ?? '');
    return y !== null && m !== null && d !== null ? isoDate(y, m, d) : null;
  }
  return null;
}

/** A line that is only a date: `2024年2月23日`. */
export function isDateLine(line: string): boolean {
  const bare = line.replace(/\s+/g, '');
  if (compactDate(bare) !== null) return true;
  return (
    bare.length <= 16 &&
    /^[\d〇零一二三四五六七八九十]{4}年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日$/.test(bare)
  );
}

const FIELD = /^([\p{Script=Han}/\s]{1,12}?)\s*[:：]\s*(.*)$/u;

/** `发布机构:湖里区民政局` → {name: '发布机构', value: '湖里区民政局'}; spaces in names dropped. */
export function metadataField(line: string): { name: string; value: string } | null {
  const m = FIELD.exec(stripBullet(line));
  if (!m) return null;
  return { name: (m[1] ?? '').replace(/\s+/g, ''), value: (m[2] ?? '').trim() };
}

const METADATA_NAMES =
  /^(?:索引号|主题分类|发布机构|發佈機構|发文机关|發文機關|公文生成日期|成文日期|发布日期|發佈日期|发布时间|發佈時間|发文时间|發文時間|印发日期|备注\/文号|文号|文號|发文字号|發文字號|来源|來源|信息来源|信息來源|作者|编辑|編輯|责任编辑|責任編輯|分类|主题词|主題詞|有效性|效力状态)$/;

export function isMetadataLine(line: string): boolean {
  const field = metadataField(line);
  return field !== null && METADATA_NAMES.test(field.name);
}
