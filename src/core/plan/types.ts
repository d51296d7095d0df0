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
  /** Canonical key, e.g. `二(一)`. */
  key: string;
  section: string;
  title: string;
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
  leadUnit?: string;
  partnerUnits?: string[];
}

export interface Plan {
  title: string | null;
  year: number | null;
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

export interface ParseResult {
  plan: Plan;
  problems: Problem[];
}
