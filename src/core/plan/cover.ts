/**
 * The plan inside its cover. A plan often arrives inside the notice that issues it
 * (`X关于印发《Y》的通知`, a salutation, a paragraph, an attachment list, a signature and date,
 * sometimes the notice's own 一、二、三). The plan's name is the 《…》 of that notice; the plan
 * starts after its own title line, which may be broken over two lines. A notice that names no
 * plan (`关于印发《清单》推动整改的通知`, `关于加强…工作的通知`) is itself the plan.
 */
import { isHeaderCell } from './flat-table';
import { isDateLine, isOrgLine } from './lines';
import { isNoiseLine } from './noise';

export interface Cover {
  /** The plan's name, or null when neither a notice nor a title line gives one. */
  name: string | null;
  /** The issuer named before 关于 in the notice title. */
  noticeIssuer: string | null;
  /** The notice is itself the plan (it issues no separate document). */
  noticeIsPlan: boolean;
  /** Index of the first line of the plan body. */
  bodyStart: number;
  /** Names in the cover's attachment list (附件：1.…), which may come again as annex headings. */
  attachments: string[];
}

const TITLE_SUFFIX =
  /(?:要点|要點|目标|目標|计划|計劃|方案|安排|任务|任務|重点|重點|清单|清單|分工|通报|通報|(?:进度|分解|任务|项目|计划|推进|责任|目标)表|意见|意見|办法|辦法|细则|細則|规划|規劃|措施)$/;
// A title's trailing period in parentheses: `（2025—2027年）`, `(2025-2027年)`.
// Or its cut-off date: `…进度表(截至10月31日)`.
// `（试行）`, `（暂行）`, `（修订）` stand where a period would.
const PERIOD_PAREN =
  /[（(](?:[^（()）]{0,20}\d{4}[^（()）]{0,20}|(?:截至|截止)[^（()）]{1,20}|试行|暂行|修订|試行|暫行|修訂)[)）]$/;
// A title line saved as a file name: `XX市教育局2024年工作要点.docx`.
const FILE_EXTENSION = /\.(?:docx?|wps|pdf|txt)$/i;
const ATTACHMENT_LIST = /^附\s*[件表]\s*\d*\s*[:：]\s*/;
const SCAN = 80;

/** Compares names the way a reader does: brackets, dashes, spaces and 年 do not matter. */
export function loose(text: string): string {
  return text.replace(/[^\p{Script=Han}\p{L}\d]|年/gu, '');
}

/** A name as written, without the stray spaces web copies leave between Chinese characters. */
export function tidyName(text: string): string {
  return text
    .replace(FILE_EXTENSION, '')
    .replace(/(?<=[\p{Script=Han}）》”])\s+(?=[\p{Script=Han}（《“])|(?<=\d)\s+(?=[年月日])/gu, '')
    .trim();
}

// Table header cells (序号, 工作任务) are short and plain too, but never a title.
function isPlainShort(line: string): boolean {
  return (
    line.length >= 2 && line.length <= 60 && !/[。:：，,；;、]/.test(line) && !isNoiseLine(line) && !isHeaderCell(line)
  );
}

export function isTitleLike(line: string): boolean {
  const bare = line.replace(FILE_EXTENSION, '');
  return bare.length >= 4 && isPlainShort(bare) && TITLE_SUFFIX.test(bare.replace(PERIOD_PAREN, '').trim());
}

function isPeriodOnly(line: string): boolean {
  return PERIOD_PAREN.test(line) && line.replace(PERIOD_PAREN, '').trim() === '';
}

export interface Notice {
  /** The plan the notice issues, or the notice's own title when it is the plan. */
  name: string | null;
  issuer: string | null;
  /** `quoted`: 印发《Y》的通知; `bare`: 印发Y的通知 (Y only helps find the title); `self`: the notice is the plan. */
  kind: 'quoted' | 'bare' | 'self';
}

/** What a notice title such as `X关于印发《Y》的通知` says, or null when `text` is not one. */
export function noticeIn(text: string): Notice | null {
  // `标题: X关于印发…的通知`: a crawled page's header names the notice.
  const title = text
    .replace(/^(?:#+|[•·●▪])\s*/, '')
    .replace(/^(?:标题|標題)\s*[:：]\s*/, '')
    .trim();
  // A page title may drop the 的通知: `X印发《Y》`.
  const truncated = /(?:印发|转发|批转|下发|印發|轉發|批轉|下發)《[^《》]{2,80}》$/.test(title);
  if ((!/通知$/.test(title) && !truncated) || title.length > 160) return null;
  // `X关于印发《Y》的通知`, or without 关于: `X转发Z制定的《Y》的通知`.
  // Before the first 《: `X印发《关于…的若干意见》` quotes a 关于 that is the plan's, not the notice's.
  const about = /关于|關於|關于/.exec(title.split('《')[0] ?? '');
  const verb = about ? null : /(?:印发|转发|批转|下发|印送|印發|轉發|批轉|下發)(?=[^《》]{0,30}《)/.exec(title);
  const at = about ?? verb;
  if (!at) {
    // `X印发平潭综合实验区2016年度旅游工作要点的通知`: no 关于, no 《》, a plan's name after the verb.
    const plain = /^(.{2,40}?)(?:印发|转发|批转|下发|印發|轉發|批轉|下發)(.{4,80}?)的?通知$/.exec(title);
    if (plain && TITLE_SUFFIX.test((plain[2] ?? '').replace(PERIOD_PAREN, '').trim()))
      return { name: tidyName(plain[2] ?? ''), issuer: (plain[1] ?? '').trim(), kind: 'bare' };
    return null;
  }
  // `X印发关于建立…机制实施意见的通知`: the verb before 关于 issues the 关于… that follows.
  const verbFirst = about ? /(?:印发|转发|批转|下发|印發|轉發|批轉|下發)$/.exec(title.slice(0, at.index).trim()) : null;
  const prefix = title.slice(0, verbFirst ? at.index - verbFirst[0].length : at.index).trim();
  const issuer = prefix.length >= 2 && prefix.length <= 40 ? prefix : null;
  if (verbFirst) {
    const plan = /^(关于.{2,80}?)的?通知$/.exec(title.slice(at.index))?.[1] ?? '';
    if (TITLE_SUFFIX.test(plan.replace(PERIOD_PAREN, '').trim())) return { name: tidyName(plan), issuer, kind: 'bare' };
  }
  // `关于 印发《…》`: a page title may keep a line break of the document as a space.
  const after = title.slice(at.index + (about ? 2 : 0)).trimStart();
  const issued = /^(?:印发|转发|批转|下发|印送|发布|印發|轉發|批轉|下發|發佈|發布)/.exec(after);
  if (issued) {
    // `印发《Y》等的通知`, `印发《Y》《Z》的通知`, `印发《Y》和《Z》的通知`: the notice issues Y and others
    // after it; the workbook is Y's.
    const quoted =
      /^[^《》]{0,30}《([^》]{2,80})》(?:\s*(?:[和及、与]\s*)?《[^》]{2,80}》){0,3}\s*等?\s*(?:的?\s*通知)?$/.exec(
        after.slice(issued[0].length),
      );
    if (quoted) return { name: tidyName(quoted[1] ?? ''), issuer, kind: 'quoted' };
    // `印发贯彻《条例》推进…实施方案的通知` names a plan; `印发《清单》推动整改的通知` does not.
    const bare = /^(.{2,80}?)的?通知$/.exec(after.slice(issued[0].length));
    // `转发X局制定的本县…计划（2015—2017年）的通知`: the plan is what X drew up, period and all.
    const plan = (bare?.[1] ?? '').replace(/^.{2,30}?(?:制定|制订|起草|拟定)的/, '');
    if (bare && TITLE_SUFFIX.test(plan.replace(PERIOD_PAREN, '').trim()))
      return { name: tidyName(plan), issuer, kind: 'bare' };
  }
  // `X关于农村人居环境整治提升五年行动实施方案的通知`: a notice about a plan, without 印发, issues it.
  const named = about ? (/^(.{4,80}?)的?通知$/.exec(after)?.[1] ?? '') : '';
  if (
    named &&
    TITLE_SUFFIX.test(named.replace(PERIOD_PAREN, '').trim()) &&
    !/^(?:开展|做好|进一步|加强|推进)/.test(named)
  )
    return { name: tidyName(named), issuer, kind: 'bare' };
  return about ? { name: tidyName(title), issuer, kind: 'self' } : null;
}

/** The first notice title among the opening lines; a title broken after 印发 is joined with the next line. */
function findNotice(lines: readonly string[]): (Notice & { end: number }) | null {
  for (let i = 0; i < Math.min(lines.length, SCAN); i++) {
    const line = lines[i] ?? '';
    if (line.length > 160 || !/关于|關於|關于|印发|转发|批转|下发|印送|印發|轉發|批轉|下發/.test(line)) continue;
    const one = noticeIn(line);
    if (one) return { ...one, end: i + 1 };
    const two = /通知$/.test(lines[i + 1] ?? '') ? noticeIn(line + (lines[i + 1] ?? '')) : null;
    if (two) return { ...two, end: i + 2 };
    // `关于印发《X` / `Y〉` / `Z》的通知`: a name broken over three lines.
    const three = /通知$/.test(lines[i + 2] ?? '')
      ? noticeIn(line + (lines[i + 1] ?? '') + (lines[i + 2] ?? ''))
      : null;
    if (three?.kind === 'quoted') return { ...three, end: i + 3 };
  }
  return null;
}

// `现将《Y》印发给你们`, `《Y》已经…会议研究同意，现印发你们`: the cover sentence names the plan.
// `我委编制了《X》。现印发给你们`: the plan named in the sentence before the one that issues it.
const COVER_QUOTE =
  /(?:^|现将|現將|将|將|编制了|制定了|編制了)《([^《》]{2,80})》(?:[^。《》]{0,60}?|。\s*现)(?:印发|印發|下发|下發|转发|轉發)(?:给|給)?(?:你们|你們)/;
const TITLE_FIELD = /^(?:标题|標題|名称|名稱)\s*[:：]\s*(.+)$/;

/** The plan named by the cover sentence among the opening lines, or null. */
function coverQuote(lines: readonly string[]): string | null {
  for (let i = 0; i < Math.min(lines.length, SCAN); i++) {
    const m = COVER_QUOTE.exec(lines[i] ?? '');
    // `《上海关于贯彻落实<“十四五”…规划>的实施意见》`: a title quoted inside the name, in ASCII brackets.
    const name = m ? tidyName(m[1] ?? '').replace(/<([^<>]{2,60})>/g, '《$1》') : '';
    if (name.length >= 4) return name;
  }
  return null;
}

/** `标题:南漳镇人民政府2023年工作计划` among the page's metadata (lines or `|` cells), or null. */
function titleField(lines: readonly string[]): string | null {
  for (let i = 0; i < Math.min(lines.length, SCAN); i++) {
    for (const cell of (lines[i] ?? '').split('|')) {
      const value = TITLE_FIELD.exec(cell.trim())?.[1]?.trim();
      if (!value) continue;
      const notice = noticeIn(value);
      const name = notice && notice.kind !== 'self' ? notice.name : value;
      if (name && isTitleLike(name)) return tidyName(name);
    }
  }
  return null;
}

/**
 * `关于印发洋县2024年十大民生实事项目的通知` reads like a notice that is its own plan (no 《》, no
 * title word), but when its cover sentence quotes 《洋县2024年十大民生实事项目》 it issues that plan.
 */
function issuing(notice: (Notice & { end: number }) | null, quote: string | null): (Notice & { end: number }) | null {
  if (notice?.kind !== 'self' || quote === null || !/印发|印發|转发|轉發|下发|下發/.test(notice.name ?? ''))
    return notice;
  return loose(notice.name ?? '').includes(loose(quote)) ? { ...notice, name: quote, kind: 'quoted' } : notice;
}

/** Index of the next non-empty line after `i` (a title may be broken into two paragraphs). */
function nextLine(lines: readonly string[], i: number): number {
  let j = i + 1;
  while (j < lines.length && j <= i + 2 && (lines[j] ?? '').length === 0) j++;
  return j;
}

/** The end (exclusive) of the plan's own title starting at `i`, or -1; matching `name` when known. */
function titleAt(lines: readonly string[], i: number, name: string | null): number {
  const line = lines[i] ?? '';
  const j = nextLine(lines, i);
  const next = lines[j] ?? '';
  if (name !== null) {
    const want = loose(name);
    if (want.length === 0) return -1;
    if (loose(line) === want) return i + 1;
    return next.length > 0 && loose(line + next) === want ? j + 1 : -1;
  }
  if (isTitleLike(line)) return isPeriodOnly(next) ? j + 1 : i + 1;
  // `吴泾镇城镇房屋安全隐患排查整治` / `工作方案`: a title broken before its last words.
  const parts = isPlainShort(line) && isPlainShort(next) && !isDateLine(line) && !isOrgLine(line);
  const broken = parts && !isPeriodOnly(next) && isTitleLike(line + next);
  return broken ? j + 1 : -1;
}

function findTitle(lines: readonly string[], from: number, to: number, name: string | null): [number, number] {
  for (let i = from; i < to; i++) {
    // `附件` / `附件2` alone on its line heads the attachment that follows; it is not title words.
    if (
      (lines[i] ?? '').length === 0 ||
      ATTACHMENT_LIST.test(lines[i] ?? '') ||
      /^附\s*[件表]\s*\d*$/.test(lines[i] ?? '')
    )
      continue;
    const end = titleAt(lines, i, name);
    if (end > 0) return [i, end];
  }
  return [-1, -1];
}

function fullerThan(own: string, name: string | null): boolean {
  return name !== null && loose(own) !== loose(name) && loose(own).endsWith(loose(name));
}

/** `附件：1.X` / `2.Y` (or `附件：X`) among `lines[from..to)` → [X, Y]. */
function attachmentNames(lines: readonly string[], from: number, to: number): string[] {
  const names: string[] = [];
  let inList = false;
  for (let i = from; i < to; i++) {
    const line = lines[i] ?? '';
    if (line.length === 0) continue;
    const head = ATTACHMENT_LIST.exec(line);
    const item = head ? line.slice(head[0].length) : inList ? line : null;
    inList = head !== null || (inList && /^\d{1,2}\s*[.．、]/.test(line));
    if (item === null || !inList) continue;
    const name = item.replace(/^\d{1,2}\s*[.．、]\s*/, '').replace(/^《|》$/g, '');
    if (name.length >= 4) names.push(name);
  }
  return names;
}

/**
 * `firstItem` is the first numbered line of the text: without a notice, the title must come before it.
 * `skipTo`: the title is looked for from there (after a table of contents).
 */
export function findCover(lines: readonly string[], firstItem: number, skipTo = 0): Cover {
  const notice = issuing(findNotice(lines), coverQuote(lines));
  const from = Math.max(notice?.end ?? 0, skipTo);
  const to = Math.min(lines.length, notice ? from + SCAN : Math.min(firstItem, SCAN));
  const quoted = notice?.kind === 'quoted' ? notice.name : notice?.kind === 'self' ? null : coverQuote(lines);
  let [start, end] = [-1, -1];
  if (quoted) [start, end] = findTitle(lines, from, to, quoted);
  if (start < 0 && notice?.kind === 'bare') [start, end] = findTitle(lines, from, to, notice.name);
  // The title line that the cover sentence names is the plan's; another one (an attachment's) is not.
  if (start < 0 && notice?.kind !== 'self' && !quoted) [start, end] = findTitle(lines, from, to, null);
  // `上海市崇明区…工作方案` under a cover quoting 《崇明区…工作方案》, or `崇明县加强…计划` under a
  // notice issuing `本县加强…计划`: the plan's own, fuller title.
  const named = quoted ?? (notice?.kind === 'bare' ? (notice.name ?? '').replace(/^本[市区县镇]/, '') : null);
  if (start < 0 && named) {
    const [s, e] = findTitle(lines, from, to, null);
    if (s >= 0 && loose(lines.slice(s, e).join('')).endsWith(loose(named))) [start, end] = [s, e];
  }
  const found = start >= 0 ? tidyName(lines.slice(start, end).join('')) : null;
  // The page's heading may drop the quoted title's 《》 that the cover sentence keeps.
  const own = found !== null && quoted && loose(found) === loose(quoted) && /《/.test(quoted) ? quoted : found;
  const bodyStart = end >= 0 ? end : from;
  // `印发《十一旅游品质提升整治方案》` over its own `苏平片区十一旅游品质提升整治方案`: the fuller one.
  const fuller = notice?.kind === 'quoted' && own !== null && fullerThan(own, notice.name);
  // `标题: 芦洋乡关于开展…工作方案` over a title line that lost its first words: the page's fuller one.
  const field = titleField(lines);
  const byField = own !== null && field !== null && fullerThan(field, own) ? field : own;
  return {
    name: fuller
      ? own
      : notice?.kind === 'quoted' || notice?.kind === 'self'
        ? notice.name
        : (byField ?? quoted ?? notice?.name ?? field),
    noticeIssuer: notice?.issuer ?? null,
    noticeIsPlan: notice?.kind === 'self',
    bodyStart,
    attachments: attachmentNames(lines, 0, bodyStart),
  };
}
