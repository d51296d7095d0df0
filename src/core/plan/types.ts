/**
 * The plan as parsed from a 工作要点 document. Pure data: this is what the parser
 * returns, what a workbook is created from and what `npm run parse` prints.
 * Schema documented in docs/plan-format.md.
 */

export type Comparator = '≥' | '≤' | '=';

/** A quantitative target found in a task's text, e.g. 新增社区老年助餐点83个. */
export interface Indicator {
  /** The phrase as it stands in the text, e.g. `新增社区老年助餐点(社区食堂)83个`. */
  text: string;
  /** Target value in plain units (1万户 → 10000); for a range (1-2个) the lower bound. */
  value: number;
  /** Upper bound of a range target (1-2个 → 2); absent for a single value. */
  max?: number;
  unit: string;
  comparator: Comparator;
  /** What is counted, e.g. `社区老年助餐点(社区食堂)`; may be empty when the text gives none. */
  subject: string;
}

export interface PlanSection {
  /** The section's own numeral: `一`, `十三`. */
  key: string;
  title: string;
}

/** Middle level of a three-level plan (一、 / （一） / 1.), shown as a band. */
export interface PlanGroup {
  /** Canonical key, e.g. `二(一)`, unique in the plan. */
  key: string;
  /** Section key; empty for a group outside the sections (a band row of an attached table). */
  section: string;
  title: string;
  /** The group's number as written, ASCII parentheses: `(一)`, `行动1`, `行动一`. */
  number?: string;
}

export interface PlanSubtask {
  /** `<task>.<n>`, e.g. `8.2`. */
  key: string;
  title: string;
  text: string;
}

export interface PlanTask {
  /** Canonical key from the document's own numbering: `1`, `二(三)`, `四(1)`, `二(一)1`. */
  key: string;
  /** Key of the section the task stands in; null for plans without sections. */
  section: string | null;
  /** Key of the middle-level group, when the plan has one. */
  group?: string;
  /** Heading: the text after the number up to the first 。, noise removed. */
  title: string;
  /** Full text of the task, noise removed. */
  text: string;
  subtasks: PlanSubtask[];
  indicators: Indicator[];
  /** ISO date `YYYY-MM-DD` when the text sets one (or the plan year's end). */
  deadline?: string;
  /** The phrase the deadline was read from, e.g. `11月中旬前`; absent when it is the year's end by default. */
  deadlineText?: string;
  leadUnit?: string;
  partnerUnits?: string[];
}

export interface Plan {
  /** The plan's own name: the 《…》 of 关于印发《…》的通知, else its title line. */
  title: string | null;
  /** The single year the plan covers; null for multi-year plans (see `years`) and undated ones. */
  year: number | null;
  /** First and last year of a multi-year plan (`2025年—2027年` → [2025, 2027]). */
  years?: [number, number];
  issuer: string | null;
  docNumber: string | null;
  /** ISO date `YYYY-MM-DD`. */
  date: string | null;
  /** Text before the first section or task. */
  preamble: string;
  sections: PlanSection[];
  groups: PlanGroup[];
  tasks: PlanTask[];
}

/** Errors are values: one bad line never sinks an import. */
export interface Problem {
  /** Stable machine code, e.g. `empty-input`, `duplicate-key`. */
  code: string;
  /** For the user, in Simplified Chinese. */
  message: string;
  /** For developers: what exactly was seen. */
  detail?: string;
  /** 1-based line of the cleaned input, when the problem has one. */
  line?: number;
}

/** A task as the parser returns it: where it stands in the cleaned lines and at which level. */
export interface ParsedTask extends PlanTask {
  /** 1-based index into `ParseResult.lines` of the task's first line. */
  line: number;
  /** Id of the numbering level the task was read at (one of `ParseResult.levels[].id`), `paragraph` in essays, `table` for table rows. */
  level: string;
}

export interface ParsedPlan extends Plan {
  groups: (PlanGroup & { number: string })[];
  tasks: ParsedTask[];
}

/** One numbering level found in the plan, for the 任务层级 choice. */
export interface PlanLevel {
  /** Stable id: `cn` 一、, `cn-paren` （一）, `num` 1., `num-paren` （1）, `circled` ①, `article` 第一条, `word:任务` 任务1：… */
  id: string;
  /** The first marker of the level as it appears in the text: `一、`, `（一）`, `1.`, `——任务1：`. */
  marker: string;
  /** Numbered lines at this level in the plan body. */
  count: number;
}

/**
 * A user's correction of the structure. Identified by the line's cleaned text (as in
 * `ParseResult.lines`) and, when the same text occurs more than once, by its occurrence
 * (`nth`, 1-based, default 1), so the same choice applies to a revised plan.
 */
export interface Correction {
  /** `not-task` drops a task, `merge-up` appends it to the task before, `make-task` reads a left-out line as a task. */
  kind: 'not-task' | 'merge-up' | 'make-task';
  line: string;
  nth?: number;
}

export interface PlanReadOptions {
  /** Level id (one of `levels[].id`) read as the tasks everywhere; absent or `auto` = automatic. */
  taskLevel?: string;
  /** Per-section override, section key → level id (本部分任务层级). */
  sectionLevels?: Record<string, string>;
  /** The user's corrections, applied after the structure is read, in order. */
  corrections?: Correction[];
}

export interface ParseResult {
  plan: ParsedPlan;
  problems: Problem[];
  /** Numbering levels found in the plan body, outermost first. */
  levels: PlanLevel[];
  /** The cleaned lines that `ParsedTask.line` and `Problem.line` refer to. */
  lines: string[];
}
