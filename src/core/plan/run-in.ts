/**
 * Text that lost its line structure, as PDFs copy: page-number lines (`- 3 -`, `第3页`), lines
 * hard-wrapped at a fixed width in mid-sentence, or the whole plan on one line with its numbers run
 * in (`…工作要点一、加强党建1.深化学习。…`) and page numbers stuck into words (`聚力增效2二、`).
 * Wrapped lines are joined back into paragraphs; a plan on one line is split again before each
 * number that continues its level's count. Ordinary text passes through unchanged.
 */
import { CHINESE_NUMERAL_CHARS, chineseToNumber } from './numerals';
import { readMarker } from './markers';
import { leadingSectionWord, opensWithSectionWord } from './bare-sections';
import { gluedHeading, SENTENCE_OPENS, subjectOpens } from './glued-heading';
import { annexPieces } from './one-line-annexes';

const PAGE_NUMBER =
  /^(?:[-—–－]\s*\d{1,4}\s*[-—–－]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})$/;

/** `- 3 -`, `第3页 共9页`, `3/9`. */
export function isPageNumber(line: string): boolean {
  return PAGE_NUMBER.test(line);
}

/** The width lines were wrapped at: a length most long lines share, or null. */
function wrapWidth(lines: readonly string[]): number | null {
  const counts = new Map<number, number>();
  let long = 0;
  for (const line of lines) {
    if (line.length < 16) continue;
    long++;
    counts.set(line.length, (counts.get(line.length) ?? 0) + 1);
  }
  let best: [number, number] = [0, 0];
  for (const [width, count] of counts) if (count > best[1]) best = [width, count];
  return best[1] >= 8 && best[1] >= long * 0.4 ? best[0] : null;
}

// A wrapped line that ends a sentence (or a closing bracket) before a number ends its paragraph.
const SENTENCE_END = /[。！？；：:!?;）)”"]$/;

/** Joins lines that were cut at the wrap width with the line after them. */
function unwrap(lines: readonly string[], width: number): string[] {
  // Paragraphs are collected as parts and joined once: appending to one growing string and testing
  // its end each time would be quadratic on a long wrapped paragraph.
  const paragraphs: string[][] = [];
  let previous = '';
  for (const line of lines) {
    const cut = previous.length >= width - 1 && previous.length <= width + 1;
    const glue = cut && line.length > 0 && !(SENTENCE_END.test(previous) && readMarker(line));
    if (glue) paragraphs[paragraphs.length - 1]?.push(line);
    else paragraphs.push([line]);
    previous = line;
  }
  return paragraphs.map((p) => p.join(''));
}

const CN = `[${CHINESE_NUMERAL_CHARS}]{1,3}`;
// One alternative per level; the group that matched tells the level.
const RUN_IN = new RegExp(
  [
    `(${CN})、`,
    `[（(](${CN})[)）]`,
    `(?<!\\d)(\\d{1,2}) ?[.．、](?!\\d)`,
    `第(${CN})条`,
    `(?:——)?(?:任务|行动)(\\d{1,3})[:：]`,
    `[（(](\\d{1,2})[)）]`,
  ].join('|'),
  'gu',
);
const NUMERAL = new RegExp(`[${CHINESE_NUMERAL_CHARS}]`);
const LISTED = new RegExp(`^[${CHINESE_NUMERAL_CHARS}][、，,）)]`);
const LEVELS = ['cn', 'cn-paren', 'num', 'article', 'word', 'num-paren'] as const;
const RANK: Record<(typeof LEVELS)[number], number> = {
  article: -1,
  cn: 0,
  'cn-paren': 1,
  word: 1,
  num: 2,
  'num-paren': 3,
};

interface Cut {
  at: number;
  level: (typeof LEVELS)[number];
  /** Digits before the number that are a page number stuck into the text. */
  strip: number;
}

function matchOf(m: RegExpMatchArray): { level: (typeof LEVELS)[number]; n: number } | null {
  const index = m.slice(1).findIndex((g) => g !== undefined);
  const level = LEVELS[index];
  const label = m[index + 1] ?? '';
  const n = /^\d+$/.test(label) ? Number(label) : chineseToNumber(label);
  return level === undefined || n === null ? null : { level, n };
}

// `责任处室（单位）:各村居`: the label may carry a note in brackets.
const UNIT_CLAUSE_END =
  /(?:责任|牵头|配合|主责)(?:单位|部门|处室|科室)(?:[（(][^（）()]{1,6}[）)])?\s*[:：][^。：:]{2,80}$/;

/**
 * `1.` runs in after a sentence, right after the heading of a higher number (`一、加强党建1.`), or
 * when it continues the count after a whole sentence of the item before (`…体系。责任科室:组织科等2 .`).
 */
function numFits(line: string, at: number, previous: Cut | undefined, continues: boolean): boolean {
  if (/[。！？][）)”"]?$/.test(line.slice(Math.max(0, at - 3), at).trimEnd())) return true;
  // `…（责任单位：区农发局） 2.推进…`: the item before closed with its units.
  if (
    /[（(][^（）()]{0,60}(?:责任|牵头|配合)[^（）()]{0,60}[）)]$/.test(line.slice(Math.max(0, at - 124), at).trimEnd())
  )
    return true;
  // `工作任务： 1.加强…`: a list opened by a label and its colon.
  if (/[\p{Script=Han}][：:]$/u.test(line.slice(Math.max(0, at - 3), at).trimEnd())) return true;
  if (continues && previous?.level === 'num' && line.slice(previous.at, at).includes('。')) return true;
  // `1.习近平法治思想责任单位：局机关党委2.《宪法》…`: an item closed by its units, without a 。.
  if (continues && previous?.level === 'num' && UNIT_CLAUSE_END.test(line.slice(previous.at, at))) return true;
  if (!previous || RANK[previous.level] >= RANK.num || at - previous.at > 40) return false;
  return !line.slice(previous.at, at).includes('。');
}

/**
 * `（2）` inside a sentence cites an item; one that opens an item follows a sentence's end, the short
 * heading of the item above it (`1.加强产地环境保护 （1）做好…`), or the units that closed the item
 * before (`…牵头单位：交通与建设处责任单位：各村（2）经营安全性排查`).
 */
function opensParenItem(line: string, at: number, before: string, cuts: readonly Cut[]): boolean {
  if (/[。！？；：:）)]\s*$/.test(before) || underHeading(line, at, cuts)) return true;
  return UNIT_CLAUSE_END.test(line.slice(Math.max(0, at - 100), at));
}

/** Right after a short heading of a higher level: nothing but a few words since its number. */
function underHeading(line: string, at: number, cuts: readonly Cut[]): boolean {
  const previous = cuts[cuts.length - 1];
  if (!previous || RANK[previous.level] >= RANK['num-paren'] || at - previous.at > 30) return false;
  return !/[。；;：:]/.test(line.slice(previous.at, at));
}

const ATTACHMENT_LABEL = /附\s*件\s*[:：]\s*$/;

/** Positions where a number continues its level's count, or starts it again under a higher number. */
function runInCuts(line: string): Cut[] {
  const last = new Map<string, number>();
  const restartable = new Set<string>(LEVELS);
  const cuts: Cut[] = [];
  for (const m of line.matchAll(RUN_IN)) {
    const found = matchOf(m);
    const at = m.index ?? 0;
    if (!found || at === 0) continue;
    const before = line.slice(Math.max(0, at - 4), at);
    // `…负责）（二十二）`: a heading right after a sentence may skip one number the source left out.
    // So may a section whose heading is a part's usual word (`…12月5日前五、工作要求`, no 四 before it).
    const named = found.level === 'cn' && opensWithSectionWord(line.slice(at + m[0].length));
    // `…并跟踪整改。 5、中小学…` after `3、`: an item after a paragraph break may skip one too.
    const skipOne = found.n === (last.get(found.level) ?? 0) + 2;
    const skips = skipOne && (found.level === 'num' ? /。\s+$/.test(before) : /[。）)]\s*$/.test(before) || named);
    const next =
      found.n === (last.get(found.level) ?? 0) + 1 || (found.n === 1 && restartable.has(found.level)) || skips;
    const after = line.slice(at + m[0].length, at + m[0].length + 2);
    // `按“一、三、四”模式`: a numeral list inside a sentence, not a heading; `（二）一以贯之狠抓落实` is one.
    const listed = found.level === 'cn' ? NUMERAL.test(after[0] ?? '') : LISTED.test(after);
    if (!next || /[、“"]$/.test(before) || listed) continue;
    const continues = found.n === (last.get(found.level) ?? 0) + 1;
    if (found.level === 'num' && !numFits(line, at, cuts[cuts.length - 1], continues)) continue;
    if (found.level === 'num-paren' && !opensParenItem(line, at, before, cuts)) continue;
    last.set(found.level, found.n);
    restartable.delete(found.level);
    for (const l of LEVELS) if (RANK[l] > RANK[found.level]) restartable.add(l);
    const stuck = found.level !== 'num' && /[\p{Script=Han}）)。]\d{1,3}$/u.test(before);
    // `…。 附件：1.清单2.情况表`: the attachment list starts at its label, which then marks it.
    const label = found.n === 1 ? (ATTACHMENT_LABEL.exec(line.slice(Math.max(0, at - 8), at))?.[0].length ?? 0) : 0;
    if (label > 0) {
      cuts.push({ at: at - label, level: found.level, strip: 0 });
      continue;
    }
    cuts.push({ at, level: found.level, strip: stuck ? (/\d+$/.exec(before)?.[0].length ?? 0) : 0 });
  }
  return cuts;
}

// The plan's title run into its first sentence: `2024年某局工作要点为做好今年工作…`. Where a space
// ends it (`…任务分工实施方案 为全面…`), that space wins over an earlier title word.
const RUN_IN_TITLE = /^(.{4,60}?(?:要点|方案|计划|意见|安排|清单|分工))(?=\s?[\p{Script=Han}\d])/u;
const SPACED_TITLE = /^(.{4,60}?(?:要点|方案|计划|意见|安排|清单|分工))(?=\s[\p{Script=Han}\d])/u;

/** A PDF's line breaks become spaces in a one-line copy: `社会 主义` is `社会主义`. */
function withoutWrapSpaces(part: string): string {
  return part.replace(/(?<=\p{Script=Han}) (?=\p{Script=Han})/gu, '');
}

// The cover's signature and date run in after its sentence: `…贯彻执行。 武汉市民政局 2024 年 3 月 7 日`.
// Several signers stand one after another, a space between them; a seal's note (`（…代章）`) may follow.
const SIGNER = String.raw`[\p{Script=Han}]{2,30}?(?:局|厅|廳|委员会|委員會|管委会|委|办公室|辦公室|政府|中心|领导小组|部)`;
const SIGNED = new RegExp(
  String.raw`[。》]\s*((?:${SIGNER}\s)*?${SIGNER})\s*(?:[（(][^（）()]{2,30}[）)]\s*)?(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*`,
  'u',
);

const SIGNED_AT_END = new RegExp(
  String.raw`[。》]\s*((?:${SIGNER}\s)*?${SIGNER})\s*(?:[（(][^（）()]{2,30}[）)]\s*)?(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*$`,
  'u',
);

/** The text before the first number: the cover sentence, its signature and date, the title, the rest. */
function opening(head: string): string[] {
  const pieces: string[] = [];
  let rest = head;
  const signed = SIGNED.exec(rest);
  if (signed) {
    pieces.push(rest.slice(0, signed.index + 1), ...(signed[1] ?? '').split(/\s+/), signed[2] ?? '');
    rest = rest.slice(signed.index + signed[0].length);
  }
  // `附件 平潭…工作要点`: the plan follows its cover as the cover's attachment.
  const attached = /^附\s*件\s*\d{0,2}\s+/.exec(rest)?.[0];
  if (attached) {
    pieces.push(attached);
    rest = rest.slice(attached.length);
  }
  const spaced = SPACED_TITLE.exec(rest);
  const title = spaced && !/[。，；：]/.test(spaced[1] ?? '') ? spaced : RUN_IN_TITLE.exec(rest);
  if (title && !/[。，；：]/.test(title[1] ?? '')) {
    pieces.push(title[1] ?? '');
    rest = rest.slice(title[1]?.length ?? 0);
  }
  pieces.push(rest);
  return pieces.map((p) => p.trim());
}

// `（一）完成消防规章制度编制工作 做好芦洋乡…`: on a one-line page the paragraph break after a short
// heading is a space. A PDF's wrap spaces recur along the paragraph; a paragraph break stands alone.
// A heading of two clauses (`加快医社保自助结算，逐步实施“多卡融合” 进一步…`) ends there too, and a
// stage's before the days that open its paragraph (`自查阶段 4月15日前，企业…`).
const SPACED_HEADING =
  /^(?:[^\s，,。；;：:、]{2,16}[，,])?[^\s，,。；;：:、]{4,20}(?=\s(?:[\p{Script=Han}“"《]|\d{1,2}月\d{1,2}日|\d{4}年))/u;

function spacedHeading(rest: string): string | null {
  const heading = SPACED_HEADING.exec(rest)?.[0];
  if (!heading) return null;
  const after = rest.slice(heading.length + 1, heading.length + 81);
  // `…中国特色社会 主义思想。`: a wrap space inside the heading leaves a stub of it before the 。.
  const clause = /^[^，,。；;]*/.exec(after)?.[0] ?? '';
  // `非执法工作日（2845 个工作日，…）`: a space inside brackets is not where the heading ends.
  const open = (heading.match(/[（(]/g) ?? []).length > (heading.match(/[）)]/g) ?? []).length;
  return !open && clause.length >= 6 && !/\p{Script=Han}\s\p{Script=Han}/u.test(after) ? heading : null;
}

/** `一、指导思想以习近平…`: a section's heading word and the text run into it, apart. */
function sectionParts(part: string, level: Cut['level']): string[] {
  const marker = level === 'cn' ? /^[^、]{1,3}、\s*/.exec(part)?.[0] : undefined;
  const rest = marker ? part.slice(marker.length) : '';
  // `二、主要任务及责任分工` before its `（一）`: a heading alone, whatever word it starts with.
  const alone = rest.length <= 20 && !/[。，,；;：:]/.test(rest);
  // `二、主题：讲究卫生 清脏治乱`: a label and its colon, then what the section says.
  const label = /^[\p{Script=Han}]{2,6}[：:]/u.exec(rest)?.[0];
  if (marker && label && rest.length > label.length) {
    return [part.slice(0, marker.length + label.length - 1), part.slice(marker.length + label.length)];
  }
  const word = marker
    ? ((alone ? null : (spacedHeading(rest) ?? leadingSectionWord(rest))) ?? gluedHeading(rest))
    : null;
  if (!marker || !word) return [part];
  return [part.slice(0, marker.length + word.length), part.slice(marker.length + word.length).trim()];
}

// `（一）种植养殖环节 治理指标：本地产…`: a heading, a space, then the next paragraph's label.
const HEADING_THEN_LABEL = /^[（(][^）)]{1,3}[）)]\s*[^\s，,。：:；;、]{2,20}(?=\s[\p{Script=Han}]{2,8}[：:])/u;
// `（一）打造城市完整社区实施项目：潭城镇…`: with no space, only a field's own label says where it starts.
const HEADING_THEN_FIELD =
  /^[（(][^）)]{1,3}[）)]\s*[^\s，,。：:；;、]{2,20}?(?=(?:实施项目|建设内容|工作目标|工作内容|主要内容|工作措施|责任单位|牵头单位|完成时限|时间安排)[：:])/u;
// `（一）开展安全生产综合监管（400个工作日）依据…`: a heading closed by its count in brackets.
const HEADING_THEN_COUNT =
  /^(?:[（(][^）)]{1,3}[）)]|\d{1,3}\s*[.．、])\s*[^\s，,。：:；;、（()）]{2,20}[（(]\s*\d[^（）()]{0,12}[）)](?=\p{Script=Han})/u;

// `（三） 大招商阶段（3-12月份）采取…` over `1.…6.`: a stage's name and period, then its paragraph.
const STAGE_THEN_TEXT =
  /^[（(][^）)]{1,3}[）)]\s*[^\s，,。：:；;、（()）]{2,16}[（(][^（）()]{0,12}\d{1,2}\s*[月日][^（）()]{0,20}[）)](?=[\p{Script=Han}])/u;

// `（二）第二阶段(2021年11月中旬前)，集中整治阶段由区社会事业局牵头…`: the stage's number, period and name.
const NAMED_STAGE =
  /^[（(][^）)]{1,3}[）)]\s*第[一二三四五六七八九十]{1,3}阶段\s*[（(][^（）()]{2,30}[）)]\s*[，,：:]?\s*[^\s，,。；;：:（()）]{2,12}?阶段(?=[\p{Script=Han}])/u;

/**
 * A group's short heading apart from the labelled paragraph run into it. `holds`: numbered items of
 * a lower level follow (a stage with its own items is their group; one without keeps its sentence).
 */
function headingParts(part: string, level: Cut['level'], holds: boolean): string[] {
  if (level === 'num') return numParts(part);
  if (level !== 'cn-paren') return [part];
  const labelled = (HEADING_THEN_LABEL.exec(part) ??
    HEADING_THEN_FIELD.exec(part) ??
    HEADING_THEN_COUNT.exec(part))?.[0];
  if (labelled) return [labelled, part.slice(labelled.length)];
  const stage = holds ? STAGE_THEN_TEXT.exec(part)?.[0] : undefined;
  if (stage) return [stage, part.slice(stage.length)];
  const named = NAMED_STAGE.exec(part)?.[0];
  if (named) return [named, part.slice(named.length)];
  const marker = /^[（(][^）)]{1,3}[）)]\s*/.exec(part)?.[0] ?? '';
  // `（二）基本原则坚持生态优先、绿色发展。`: a part's heading word, however short its sentence.
  const rest = part.slice(marker.length);
  const word = leadingSectionWord(rest);
  const glued = marker
    ? (spacedHeading(rest) ?? (word && rest.length - word.length >= 6 ? word : gluedHeading(rest)))
    : null;
  return glued ? [marker + glued, part.slice(marker.length + glued.length).trim()] : [part];
}

// `6、宗教场所排查整治小组 组长：翁绳武 成员由…`: an item's heading, a space, then a labelled line.
const NUM_HEADING_THEN_LABEL = /^\d{1,3}\s*[.．、]\s*[^\s，,。：:；;、]{2,20}(?=\s[\p{Script=Han}]{2,8}[：:])/u;

/**
 * `2. 片区资源调查由招商小分队牵头，…`: an item's heading glued to its paragraph, cut only where a
 * sentence's opening follows (a heading word is too common inside a `1.` item's first sentence).
 */
function numParts(part: string): string[] {
  const labelled = (NUM_HEADING_THEN_LABEL.exec(part) ?? HEADING_THEN_COUNT.exec(part))?.[0];
  if (labelled) return [labelled, part.slice(labelled.length).trim()];
  const marker = /^\d{1,3}\s*[.．、]\s*/.exec(part)?.[0] ?? '';
  // `1.强化工矿企业环境监管 加强日常环境监管。…`: the paragraph break after its heading, as for `（一）`.
  const spaced = marker ? spacedHeading(part.slice(marker.length)) : null;
  if (spaced) return [marker + spaced, part.slice(marker.length + spaced.length).trim()];
  const sentence = part.slice(marker.length).split('。')[0] ?? '';
  const opened = marker && sentence.length > 24 ? (SENTENCE_OPENS.exec(sentence)?.[0] ?? null) : null;
  // `各学校需根据…`: a subject and its modal verb start the sentence; there is no heading.
  const glued = opened && !subjectOpens(opened, sentence) ? opened : null;
  return glued ? [marker + glued, part.slice(marker.length + glued.length).trim()] : [part];
}

function split(line: string, cuts: readonly Cut[]): string[] {
  const first = cuts[0];
  const parts = opening(line.slice(0, first ? first.at - first.strip : line.length));
  for (const [k, cut] of cuts.entries()) {
    const next = cuts[k + 1];
    const part = line.slice(cut.at, next ? next.at - next.strip : line.length).trim();
    const holds = next !== undefined && RANK[next.level] > RANK[cut.level];
    parts.push(...(cut.level === 'cn' ? sectionParts(part, cut.level) : headingParts(part, cut.level, holds)));
  }
  // `…区农业农村中心 来源：平潭综合实验区农业农村局 附件下载`: the page's trailer, not the last item's.
  const last = parts.length > 1 ? (parts[parts.length - 1] ?? '') : '';
  const trailer = PAGE_TRAILER.exec(last);
  if (trailer) parts.splice(parts.length - 1, 1, last.slice(0, trailer.index), trailer[0]);
  // `…依法予以处理。 平潭综合实验区财政金融局2023年6月29日`: the signature and date closing the page.
  // (before the trailer, when there was one)
  const at = parts.length - (trailer ? 2 : 1);
  const closing = at > 0 ? (parts[at] ?? '') : '';
  const signed = SIGNED_AT_END.exec(closing);
  if (signed) {
    const pieces = [closing.slice(0, signed.index + 1), ...(signed[1] ?? '').split(/\s+/), signed[2] ?? ''];
    parts.splice(at, 1, ...pieces);
  }
  return parts
    .flatMap(unitsClauseApart)
    .filter((p) => p.length > 0)
    .map(withoutWrapSpaces);
}

// `责任单位：X牵头，Y等参与 鼓励农民增施有机肥…`: the units clause ends its paragraph; the space after its
// last role is the page's paragraph break, and the next paragraph is the task's too.
const UNITS_THEN_TEXT =
  /(?<=(?:责任|牵头|主责)(?:单位|部门)\s*[:：][^。；;]{1,120}?(?:牵头|参与|参加|配合|协助|负责|落实))\s+(?=\p{Script=Han})/gu;

function unitsClauseApart(part: string): string[] {
  return part.split(UNITS_THEN_TEXT);
}

// `…2017年3月10日Power by YOZOSOFT 来源：流水镇 附件下载`: an online viewer's mark before it.
const PAGE_TRAILER =
  /(?:Power(?:ed)? by YOZOSOFT\s*)?(?<=\s|YOZOSOFT\s*)(?:来源|來源)[:：]\s*\S{2,40}(?:\s*附件下载)?\s*$|Power(?:ed)? by YOZOSOFT\s*$/i;

const CHUNK = /^(\d{1,3})、/;
const CHUNK_LENGTH = 150;

/**
 * Document-sharing sites cut a text into numbered chunks, each on its own line and often in mid-word
 * (`…坚决禁用高度` / `2、高残农药…`): long lines numbered 1、2、3、… in order, not all ending a
 * sentence. Their numbers are dropped and the chunks joined again.
 */
function joinChunks(lines: readonly string[]): readonly string[] {
  const full = lines.filter((l) => l.length > 0);
  if (full.length < 2) return lines;
  const numbered = full.every((l, i) => CHUNK.exec(l)?.[1] === String(i + 1));
  const long = full.slice(0, -1).every((l) => l.length >= CHUNK_LENGTH);
  const cut = full.slice(0, -1).some((l) => !SENTENCE_END.test(l));
  return numbered && long && cut ? [full.map((l) => l.replace(CHUNK, '')).join('')] : lines;
}

/** Lines as a reader sees them: page numbers dropped, wrapped lines joined, run-in numbers split. */
export function splitRunIn(lines: readonly string[]): string[] {
  const kept = joinChunks(lines.filter((l) => !isPageNumber(l)));
  const width = wrapWidth(kept);
  const joined = width === null ? [...kept] : unwrap(kept, width);
  // Only a text whose numbers do not start lines has lost its structure.
  let starts = 0;
  for (const l of joined) if (readMarker(l) !== null && ++starts >= 3) return joined;
  return joined.flatMap(annexPieces).flatMap((l) => {
    const cuts = l.length < 100 ? [] : runInCuts(l);
    return cuts.length < 2 ? [l] : split(l, cuts);
  });
}
