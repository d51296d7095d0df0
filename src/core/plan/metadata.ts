/**
 * Document metadata. The text decides: header fields (发布机构, 来源, 发布日期, 文号…), the
 * notice (its 《…》 names the plan, the words before 关于 name the issuer), the signature above
 * the date line, the date line. Markdown front matter only fills what the text leaves open (a
 * scraper's 发布日期 is the publication date, not the date the plan was signed).
 */
import type { Plan } from './types';
import type { Cover } from './cover';
import { findDate, isDateLine, isOrgLine, jointSignatureOrg, metadataField, signatureOrg } from './lines';
import { isNoiseLine, stripBullet } from './noise';

export type PlanMetadata = Pick<Plan, 'title' | 'year' | 'issuer' | 'docNumber' | 'date' | 'years'>;

const DOC_NUMBER = /^[\p{Script=Han}]{1,12}[〔［[【(（]\d{4}[〕］\]】)）]\s*\d{1,4}\s*[号號]$/u;
const YEAR_RANGE = /(\d{4})\s*年?\s*[-—–~～至到]+\s*(\d{4})\s*年?/;

// A page's metadata may be a table row: `| 发文机关:南漳镇人民政府 | 主题词:工作计划 |`.
function fieldValue(lines: readonly string[], end: number, names: RegExp): string | null {
  for (let i = 0; i < end; i++) {
    for (const cell of (lines[i] ?? '').split('|')) {
      const field = metadataField(cell.trim());
      if (field && names.test(field.name) && field.value) return field.value;
    }
  }
  return null;
}

function signatureIssuer(lines: readonly string[]): string | null {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const org = signatureOrg(line);
    if (org) return org;
    const signer = isOrgLine(line) ? line : jointSignatureOrg(line);
    if (signer === null) continue;
    let next = i + 1;
    while (next < lines.length && ((lines[next] ?? '').length === 0 || isNoiseLine(lines[next] ?? ''))) next++;
    if (next >= lines.length || isDateLine(lines[next] ?? '')) return firstOf(firstSigner(lines, i) ?? signer);
  }
  return null;
}

// `黄浦区发展和改革委员会黄浦区建设和管理委员会`: two signers run together on one line.
const RUN_TOGETHER =
  /^(.{4,30}?(?:委员会|局|办公室|政府))(?=(?:上海市|[\p{Script=Han}]{2,3}[区县市])\p{Script=Han}{2,}(?:委员会|局|办公室|政府)$)/u;
const firstOf = (signer: string): string => RUN_TOGETHER.exec(signer)?.[1] ?? signer;

/** Several issuers sign one under another: the first of the block (whose 文号 the notice carries). */
function firstSigner(lines: readonly string[], last: number): string | null {
  let first: string | null = null;
  for (let i = last; i >= 0; i--) {
    const line = lines[i] ?? '';
    if (line.length === 0 || isNoiseLine(line)) continue;
    const signer = isOrgLine(line) ? line : jointSignatureOrg(line);
    if (signer === null) break;
    first = signer;
  }
  return first;
}

function headerDate(lines: readonly string[], end: number): string | null {
  const field = fieldValue(
    lines,
    end,
    /^(?:发布日期|發佈日期|公文生成日期|成文日期|印发日期|发布时间|發佈時間|发文时间|發文時間)$/,
  );
  // The date under the signature is the document's own; a page's 发布日期 is when it was posted
  // (often days later), and `发布日期: 2024年1月` names no day at all.
  const signed = signedDate(lines);
  if (signed) return signed;
  const fromField = field ? findDate(field) : null;
  if (fromField) return fromField;
  const line = lines.find((l) => isDateLine(l));
  return line ? findDate(line) : null;
}

/** The date line right under the first signature (an organisation's line), or null. */
function signedDate(lines: readonly string[]): string | null {
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (!isOrgLine(line) && jointSignatureOrg(line) === null) continue;
    let next = i + 1;
    while (next < lines.length && ((lines[next] ?? '').trim().length === 0 || isNoiseLine(lines[next] ?? ''))) next++;
    const date = (lines[next] ?? '').trim();
    // Written out (`2025年7月16日`, `二〇二二年三月一日`): a garbled `2020227` is no better than the field.
    if (isDateLine(date) && /年.*月.*日/.test(date)) return findDate(date);
  }
  return null;
}

// A crawled page's share buttons run into the 文号 that follows them: `…微信微博QQ空间岚综管办〔2018〕82号…`.
// A red-header line (`平潭综合实验区管委会办公室文件`) may stand between them.
const DOC_NUMBER_AFTER_SHARE =
  /QQ空间\s*(?:[\p{Script=Han}]{2,30}文件\s*)?([\p{Script=Han}]{1,12}[〔［【]\d{4}[〕］】]\s*\d{1,4}\s*[号號])/u;

function headerDocNumber(lines: readonly string[], end: number): string | null {
  const field = fieldValue(lines, end, /(?:文号|文號|发文字号|發文字號)$/);
  // `文号: 无`: the page says there is none.
  if (field) return /^(?:无|無|-+|—+)$/.test(field) ? null : field;
  for (let i = 0; i < end; i++) {
    const line = stripBullet(lines[i] ?? '').trim();
    if (DOC_NUMBER.test(line)) return line;
    const shared = DOC_NUMBER_AFTER_SHARE.exec(line)?.[1];
    if (shared) return shared;
  }
  return null;
}

/** The one year the text names outside quoted titles, parentheses and targets (`明确2018年经济工作目标`), or null. */
function onlyYear(text: string): number | null {
  const plain = text.replace(/《[^》]*》|（[^）]*）|\([^)]*\)/g, '');
  // `到2030年，完成一批…`: a target's year is not the year the plan covers.
  const years = new Set([...plain.matchAll(/(?<![\d到])(\d{4})\s*年/g)].map((m) => Number(m[1])));
  return years.size === 1 ? ([...years][0] ?? null) : null;
}

/** The year of an annual plan, or the span of a multi-year one, from its name, else its opening words. */
// “十五五”规划: a five-year plan's name gives its years (十三五 2016–2020, 十四五 2021–2025, …).
const FIVE_YEAR = /十([三四五六七])五/;
const FIVE_YEAR_START: Record<string, number> = { 三: 2016, 四: 2021, 五: 2026, 六: 2031, 七: 2036 };

function yearsOf(title: string | null, preamble: string): Pick<PlanMetadata, 'year' | 'years'> {
  const five = title && !/\d{4}/.test(title) ? FIVE_YEAR.exec(title) : null;
  const first = five ? FIVE_YEAR_START[five[1] ?? ''] : undefined;
  if (first !== undefined) return { year: null, years: [first, first + 4] };
  const range = title ? YEAR_RANGE.exec(title) : null;
  if (range && Number(range[2]) > Number(range[1])) return { year: null, years: [Number(range[1]), Number(range[2])] };
  const single = title ? /(\d{4})\s*年/.exec(title) : null;
  if (single) return { year: Number(single[1]) };
  // Plans open with the year they cover: `2013年，全市民政系统…`, `明确2018年经济工作目标`.
  const opening = /^(\d{4})\s*年/.exec(preamble);
  return { year: opening ? Number(opening[1]) : onlyYear(preamble) };
}

// `海安市民政局2023年…进度表`: a title that opens with its issuer.
// `XX市教育局2024年…`: a template's placeholder letters count as part of the name.
const TITLE_ISSUER = /^([\p{Script=Han}A-Z]{2,20}?(?:局|厅|委员会|委|办公室|办|政府|中心))(?=\d{4}\s*年)/u;

/** `发布机构: 上海市`: the site that posted the page names only its place, not who issued the plan. */
function siteField(value: string | null): string | null {
  return value !== null && /^\p{Script=Han}{2,4}[省市区县]$|^中国\p{Script=Han}{2,4}$/u.test(value) ? null : value;
}

/** `headerEnd`: lines before it may hold header fields (the cover and the title). */
export function readMetadata(
  lines: readonly string[],
  cover: Cover,
  headerEnd: number,
  preamble: string,
  front: Partial<PlanMetadata>,
  body: string,
): PlanMetadata {
  const title = cover.name ?? front.title ?? null;
  // The notice's own words name its issuer; a page's 发布机构 may be the site that posted it.
  const withoutOthers = (s: string) => s.replace(/等\s*[一二三四五六七八九十\d]*\s*(?:个)?(?:部门|单位)$/, '');
  // `工业和信息化部等七部门关于推动…的实施意见`: a document titled as its issuer's own.
  const titled =
    /^([\p{Script=Han}]{2,40}?(?:部|局|委员会|委|办公室|厅|政府)(?:等[\p{Script=Han}\d]{1,4})?)(?:关于|關於)/u.exec(
      title ?? '',
    )?.[1];
  const noticeIssuer = cover.noticeIssuer ? withoutOthers(cover.noticeIssuer) : titled ? withoutOthers(titled) : null;
  const field = siteField(
    fieldValue(lines, headerEnd, /^(?:发布机构|發佈機構|发文机关|發文機關|来源|來源|信息来源|信息來源)$/),
  );
  const named =
    // A joint notice (`A、B、C关于印发…`) is signed by all of them: the first signature names it.
    (noticeIssuer?.includes('、') ? (signatureIssuer(lines) ?? noticeIssuer.split('、')[0]) : null) ??
    noticeIssuer ??
    field ??
    signatureIssuer(lines) ??
    (title ? TITLE_ISSUER.exec(title)?.[1] : undefined) ??
    front.issuer ??
    null;
  // `君山片区管理局党政办公室关于印发…` signed `平潭综合实验区君山片区管理局党政办公室`: the full name.
  // A page's `发布机构: 流水镇` signed `流水镇人民政府`: the signature's fuller name too.
  const signer = named && (named === noticeIssuer || named === field) ? signatureIssuer(lines) : null;
  const fuller =
    signer !== null &&
    signer.length > (named?.length ?? 0) &&
    (named === noticeIssuer ? signer.endsWith(named ?? '') : signer.startsWith(named ?? ''));
  const issuer = fuller ? signer : named;
  const date = headerDate(lines, headerEnd) ?? front.date ?? null;
  // The page's own 文号 field names the document the page is; a 文号 line in the text may be that of
  // a notice it forwards (a 转发 around a 印发).
  // `岚芦政〔2016〕58 号`: a typed space before 号 is not part of the number.
  const docNumber = (front.docNumber || headerDocNumber(lines, headerEnd))?.replace(/(?<=\d)\s+(?=号)/, '') ?? null;
  const years = front.year ? { year: front.year } : yearsOf(title, preamble);
  // `为深刻吸取2015年天津港…事故教训`: a year the opening recalls, before the plan was even dated.
  const recalled = !front.year && !(title && /\d{4}/.test(title)) && years.year !== null && date !== null;
  if (recalled && (years.year ?? 0) < Number(date.slice(0, 4))) years.year = null;
  // A notice that is itself the plan and speaks of 今年 is about the work of the year it is dated.
  const thisYear = cover.noticeIsPlan && /今年/.test(preamble + body);
  if (thisYear && years.year === null && !years.years && date) years.year = Number(date.slice(0, 4));
  return { title, issuer, docNumber, date, ...years };
}
