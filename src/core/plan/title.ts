/**
 * Headings of sections, tasks and subtasks: the text up to the first `。`, tidied. Written with
 * plain scans instead of `…+$` regexes: those retry from every start position and are quadratic on
 * a line with tens of thousands of spaces.
 */
import { leadingSectionWord } from './bare-sections';

const UNIT_WORD = /牵头|責任|责任|配合|协办|協辦|主办|主辦|支撑|支撐/;
// Glued to the heading: after a comma (`技能培训提升,牵头单位:…`) the label is part of a heading line as written.
// `城镇燃气（含管道燃气）牵头领导:李平牵头处室:…`: a leader's label opens the units too.
const RUN_IN_UNIT_LABEL =
  /(?<![（(,，、；;\s])(?:责任|牵头|配合|主责|責任|牽頭)(?:单位|部门|处室|科室|领导|單位|部門|處室|領導)\s*[:：]/;
// `梳理整改任务清单、责任清单（9月5日至9月8日）根据…`: one or two clauses before the period.
const STAGE_HEAD =
  /^(?:[^，,。；;：:、（()）]{2,16}[，,、])?[^，,。；;：:、（()）]{2,16}[（(][^（）()]{0,12}\d{1,2}\s*[月日][^（）()]{0,20}[）)](?=\s?[\p{Script=Han}]|\s\d)/u;
const RUN_IN_CONTENT_LABEL =
  /(?<=[\p{Script=Han}）)])(?:工作目标|工作任务|工作内容|主要内容|工作措施|具体措施|整治内容|治理指标)[:：]/u;
const REPEATED_HEAD = /^([\p{Script=Han}]{4,16}?)\1/u;
const TRAILING = new Set([' ', '\t', '\n', '，', ',', '、', '；', ';', '：', ':']);

/** `text` without trailing spaces and clause punctuation. */
export function trimTrailing(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING.has(text[end - 1] ?? '')) end--;
  return text.slice(0, end);
}

function trimEndSpaces(text: string): string {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1] ?? '')) end--;
  return text.slice(0, end);
}

// Unit assignments in a closing parenthesis belong to leadUnit/partnerUnits, not to the heading.
function withoutUnitParen(title: string): string {
  const trimmed = trimEndSpaces(title);
  const last = trimmed[trimmed.length - 1];
  if (last !== ')' && last !== '）') return title;
  const open = Math.max(trimmed.lastIndexOf('('), trimmed.lastIndexOf('（'));
  if (open < 0) return title;
  const inside = trimmed.slice(open + 1, -1);
  if (/[()（）]/.test(inside) || !UNIT_WORD.test(inside)) return title;
  return trimmed.slice(0, open);
}

/** Heading of an item whose text is `rest`, cut at the first of `stops`; always a substring of `rest`. */
export function headingOf(rest: string, stops: readonly string[] = ['。']): string {
  let stop = rest.length;
  for (const s of stops) {
    const at = rest.indexOf(s);
    if (at >= 0 && at < stop) stop = at;
  }
  // `习近平法治思想责任单位：局机关党委…`: with no 。 before it, a unit label ends the heading.
  const label = RUN_IN_UNIT_LABEL.exec(rest);
  if (label && label.index >= 2 && label.index < stop) stop = label.index;
  // `摸排阶段（2023年9月18日-22日）各网格长抽调…`: a stage's name and period, its text run in.
  const stage = STAGE_HEAD.exec(rest);
  if (stage && stage[0].length < stop) stop = stage[0].length;
  // `…环境提升工作目标：①…`: the label of the paragraph that followed the heading on the page.
  const content = RUN_IN_CONTENT_LABEL.exec(rest);
  if (content && content.index >= 4 && content.index < stop) stop = content.index;
  // `重点路段重点路段主要包括…`: the heading, then its paragraph opening with the same words.
  const repeated = REPEATED_HEAD.exec(rest);
  if (repeated && (repeated[1]?.length ?? 0) < stop) stop = repeated[1]?.length ?? stop;
  return trimTrailing(withoutUnitParen(rest.slice(0, stop))).trim();
}

/**
 * `开展旅游安全专项整治一是深化…。二是…`: a heading with no 。 of its own runs into the 一是 of its
 * subtasks; it ends there. A later 二是 shows the 一是 is a marker (not the 一是 of `统一是`).
 */
export function beforeOrdinals(title: string, text: string): string {
  const at = title.search(/一[是要]/);
  const marker = title.slice(at, at + 2);
  if (at < 4 || !text.includes(`二${marker[1] ?? ''}`, at)) return title;
  return trimTrailing(title.slice(0, at));
}

/** Section and group headings are whole lines; a trailing `。` is dropped. */
export function sectionHeading(rest: string): string {
  const heading = headingOf(rest);
  // `一、总体要求全面贯彻落实…为核心，…`: a one-line copy ran the heading word into the first sentence.
  const word = heading.length > 24 ? leadingSectionWord(heading) : null;
  return word ?? heading;
}
