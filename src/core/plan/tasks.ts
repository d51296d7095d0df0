/** Turns drafts into ParsedTasks: text, title, subtasks, indicators, deadline and units. */
import type { ParsedTask } from './types';
import { readDeadline, type Deadline, type DeadlineContext } from './deadline';
import type { TaskDraft } from './drafts';
import { findIndicators } from './indicators';
import { ordinalSubtasks } from './subtasks';
import { beforeOrdinals, headingOf } from './title';
import { findUnits, saysSameBelow, splitUnits } from './units';
import { isUnitList } from './flat-table';

/** The task's full text: its first line after the marker, then its other lines. */
export function draftText(draft: TaskDraft, lines: readonly string[]): string {
  const parts = [draft.head];
  for (let i = 1; i < draft.lines.length; i++) parts.push(lines[draft.lines[i] ?? 0] ?? '');
  return parts.join('\n');
}

// `区城管执法局：负责…`: a duty item names its unit before the colon.
const DUTY_UNIT =
  /^((?:各|区|市|县|镇|街道)?[\p{Script=Han}（）()]{1,20}?(?:局|委|办|中心|支队|大队|队|所|街道|镇|政府|公司|集团|院|站|部|处|科|股|室|会|小组|专班|机构|居民区|村|街镇|街道\(镇\)|街道（镇）))[：:]/u;

// `区民政局负责…`, `区建设管理委、区住房保障房屋管理局负责…`: a 职责分工 item opens with its units.
const DUTY_VERB =
  /^((?:各|区|市|县|镇|街道)[\p{Script=Han}（）()、]{1,40}?(?:局|委|办|中心|支队|大队|所|政府|公司|集团|院|站|部|处|室|社|会))(?:具体负责|负责|牵头|会同|结合|指导|督促|做好|加强)/u;

const DUTIES = /(?:主要)?(?:工作)?职责$/;
const DUTY_LABEL = /^([^：:。；;，,]{2,24}?)(?:主要)?(?:工作)?职责\s*[：:]/;

function unitHeading(text: string): string | undefined {
  return text.length > 0 && isUnitList(text) ? text : undefined;
}

function applyUnits(task: ParsedTask, draft: TaskDraft, text: string): void {
  const cells = draft.cells;
  const found = findUnits(text);
  // `（一）区绿化市容局`: in a 责任分工 section the heading is the unit and the text its duties.
  const dutyHeading = !cells && isUnitList(draft.head.trim()) ? draft.head.trim() : undefined;
  // `（1）…` under `3．物业公司：…`: the duties of the unit its group names.
  // A group headed by a unit's name (`（一）街道消防安全委员会`) leads its items too.
  // So does one headed by a unit's duties (`1.乡镇消防安全委员会职责`).
  const groupUnit = draft.groupHeads
    .map((h) => DUTY_UNIT.exec(h.trim())?.[1] ?? unitHeading(h.trim()) ?? unitHeading(h.trim().replace(DUTIES, '')))
    .find((u) => u !== undefined);
  // `（一）区建管委（区水务局）。负责制定…`: a duty item whose run-in head is its units.
  // `2.游客服务中心。新建或改建…`, `3.旅游厕所。`: a facility to build, named like a 中心 or 所 of no place.
  const facility = /(?:中心|所|站)$/.test(task.title) && !/^(?:区|县|市|省|镇|乡|街道|各)/.test(task.title);
  const titleUnits = !cells && task.title !== draft.head.trim() && !facility ? unitHeading(task.title) : undefined;
  // `1.区直责任单位职责：区教育局、医保局…要…`: the label names the unit whose duties follow.
  const dutyLabel = cells ? undefined : DUTY_LABEL.exec(draft.head.trim())?.[1];
  const lead =
    cells?.lead ??
    (dutyLabel && isUnitList(dutyLabel) ? dutyLabel : undefined) ??
    found.leadUnit ??
    DUTY_UNIT.exec(task.title)?.[1] ??
    DUTY_VERB.exec(task.title)?.[1] ??
    dutyHeading ??
    titleUnits ??
    groupUnit;
  const partners = cells?.partner !== undefined ? splitUnits(cells.partner) : found.partnerUnits;
  if (lead) task.leadUnit = lead;
  // A unit named in two clauses of one task is one partner.
  if (partners && partners.length > 0) task.partnerUnits = [...new Set(partners)];
}

// `完成时限：6月底前` (a table column written as a line by the .docx and .html readers).
const DEADLINE_LABEL =
  /(?:完成时限|完成時限|时间节点|時間節點|完成时间|完成時間|完成期限)\s*[:：]\s*([^\n；;。]{1,40})/;

/**
 * A labelled 完成时限 wins; else the deadline its heading states, else the latest its text states, else one stated in the heading
 * of its stage (group); a group's body text is about the group and is not used.
 */
function taskDeadline(draft: TaskDraft, title: string, text: string, when: DeadlineContext): Deadline | undefined {
  // A phrase without a year takes the plan's, else (not in a multi-year plan) its date's.
  const phrases = { ...when, year: when.year ?? (when.years ? null : (when.dateYear ?? null)) };
  const labelled = draft.cells?.deadline ?? DEADLINE_LABEL.exec(text)?.[1];
  if (labelled !== undefined) return readDeadline(labelled, phrases, false, true) ?? readDeadline('', when);
  for (const source of [title, text, ...draft.groupHeads.map((h) => headingOf(h))]) {
    const found = readDeadline(source, phrases, false);
    if (found) return found;
  }
  return readDeadline('', when);
}

export function finishTask(draft: TaskDraft, lines: readonly string[], when: DeadlineContext): ParsedTask {
  const text = draftText(draft, lines);
  // `第一条（目的依据）`: the article's subject in parentheses is its title.
  const subject = draft.level === 'article' ? /^\s*[（(]([^（()）]{1,40})[)）]/.exec(draft.head)?.[1] : undefined;
  const title = subject ?? beforeOrdinals(headingOf(draft.head), draft.head);
  const task: ParsedTask = {
    key: draft.key,
    section: draft.section,
    title,
    text,
    subtasks: ordinalSubtasks(draft.key, text),
    indicators: findIndicators(text),
    line: (draft.lines[0] ?? 0) + 1,
    level: draft.level,
  };
  if (draft.group !== undefined) task.group = draft.group;
  const deadline = taskDeadline(draft, title, text, when);
  if (deadline?.date !== undefined) task.deadline = deadline.date;
  if (deadline?.text !== undefined) task.deadlineText = deadline.text;
  applyUnits(task, draft, text);
  return task;
}

// `(责任单位：区交通委、各街镇)` on a line of its own.
const CLOSING_PAREN =
  /。\s*[（(](?:[^（）()]{2,120}(?:负责|牵头|配合)|\s*(?:责任|牵头)(?:单位|部门)\s*[:：])[^（）()]{0,120}[）)]\s*$/;
const CLOSING_LABEL = /。\s*(?:牵头|责任)(?:单位|部门|处室|科室)\s*[:：][^。（）()]{1,120}$/;
const UNITS_LINE = /^[（(]?\s*(?:责任|牵头|配合|主责)(?:单位|部门)\s*[:：][^。]{1,120}?[）)]?\s*。?$/;

/**
 * `2.落实属地主体责任` over `(1)…(3)` then `(责任单位：…)`: the units closing a group's last item,
 * on a line of their own, are the group's when none of its other items names any.
 */
export function shareClosingUnits(drafts: readonly TaskDraft[], tasks: ParsedTask[], lines: readonly string[]): void {
  let start = 0;
  for (let i = 1; i <= drafts.length; i++) {
    const first = drafts[start];
    const same =
      i < drafts.length &&
      first?.group !== undefined &&
      drafts[i]?.group === first.group &&
      drafts[i]?.section === first.section;
    if (same) continue;
    const last = drafts[i - 1];
    const closing =
      last && last.group !== undefined && i - start >= 2 ? (lines[last.lines[last.lines.length - 1] ?? -1] ?? '') : '';
    const owner = tasks[i - 1];
    const others = tasks.slice(start, i - 1);
    // On a page that lost its line breaks the units line runs on after the last sentence.
    const closes =
      UNITS_LINE.test(closing.trim()) ||
      (others.length >= 1 && [CLOSING_PAREN, CLOSING_LABEL].some((re) => re.test(owner?.text ?? '')));
    if (owner?.leadUnit && closes && others.every((t) => !t.leadUnit && !t.partnerUnits)) {
      for (const t of others) {
        t.leadUnit = owner.leadUnit;
        if (owner.partnerUnits) t.partnerUnits = [...owner.partnerUnits];
      }
    }
    start = i;
  }
}

/**
 * `（…，B、C为实施单位，下同）`: the partners named once stand for the later tasks of its section that
 * have a lead and name no partners.
 */
export function carryDownPartners(tasks: ParsedTask[]): void {
  let carried: { section: string | null; units: string[] } | null = null;
  for (const t of tasks) {
    if (carried && carried.section !== t.section) carried = null;
    if (saysSameBelow(t.text) && t.partnerUnits) carried = { section: t.section, units: t.partnerUnits };
    else if (carried && !t.partnerUnits && t.leadUnit) t.partnerUnits = [...carried.units];
  }
}
