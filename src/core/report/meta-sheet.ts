/**
 * The hidden sheet that lets a filled-in report come back and be consolidated from the files
 * alone: who, which plan (its id and revision, sections, groups, tasks and indicators), which
 * period, which rows, and how continuation rows join the rows above. Read by meta-read.ts.
 */
import type { Indicator, PlanGroup, PlanSection } from '../plan/types';
import type { Period, Workbook } from '../workbook/types';
import { numberCell, textCell } from './build/cell-text';
import { planLabel } from './labels';
import { REPORT_META, type ReportCell, type ReportKind, type ReportSheet } from './model';
import { planId, planVersion } from './plan-identity';

/** What the plan says about one task: enough to rebuild the plan for a consolidation. */
export interface MetaTask {
  key: string;
  section: string | null;
  group?: string;
  title: string;
  indicators: Indicator[];
  /** Who and by when, so a workbook made from the file alone (导入填报表 on the home page) has them. */
  leadUnit?: string;
  partnerUnits?: string;
  deadline?: string;
  /** The task's full text, when short enough for one cell with the rest of the JSON. */
  text?: string;
}

/** The plan document as the district's workbook has it, so a unit's workbook made from a file is the same plan. */
export interface MetaPlanSource {
  name: string;
  title: string | null;
  issuer: string | null;
  docNumber: string | null;
  date: string | null;
}

/** A continuation row (序号 marked （续）): which task, and how its texts join the part above. */
export interface MetaContinuation {
  sheet: string;
  /** 1-based. */
  row: number;
  key: string;
  /** 0-based column → '\n' (the cut fell between paragraphs) or ''. */
  joins: Record<number, '\n' | ''>;
}

export interface ReportMeta {
  type: typeof REPORT_META.type;
  version: number;
  kind: ReportKind;
  workbookId: string;
  unit: string;
  /** `2021年湖里区民政工作要点`: identifies the plan across units' workbooks. */
  plan: string;
  /** The plan document and its revision ('' in version-1 files). */
  planId: string;
  planVersion: string;
  year: number;
  /** Null for the full ledger. */
  period: Period | null;
  /** 填报日期, ISO. */
  asOf: string;
  /** Empty in version-1 files, which carried no plan structure. */
  sections: PlanSection[];
  groups: PlanGroup[];
  tasks: MetaTask[];
  /** Task key → 1-based row on the main sheet, in plan order. */
  rows: { key: string; row: number }[];
  continuations: MetaContinuation[];
  /** Present in files of this version: the plan's name, title, issuer, 文号 and date. */
  planSource?: MetaPlanSource;
  /** A 填报表 handed out by the district (下发填报表), not a unit's own report. */
  form?: 'handout';
  /** 报送截止日期 set when the 填报表 was handed out, ISO. */
  dueDate?: string;
}

export interface MetaInput {
  kind: ReportKind;
  period: Period | null;
  asOf: string;
  /** Task key → its first row on the main sheet. */
  taskRows: Map<string, number>;
  continuations: readonly MetaContinuation[];
  form?: 'handout';
  dueDate?: string;
}

/** Excel holds at most 32,767 characters per cell: longer JSON goes on several rows of one name. */
const PIECE = 30_000;

function text(value: string): ReportCell {
  return textCell(value, 'plain');
}

function jsonRows(name: string, value: unknown): ReportCell[][] {
  const json = JSON.stringify(value);
  const rows: ReportCell[][] = [];
  for (let i = 0; i === 0 || i < json.length; i += PIECE) rows.push([text(name), text(json.slice(i, i + PIECE))]);
  return rows;
}

/** A task's text is left out above this: the task's JSON must stay within one cell (32,767 characters). */
const MAX_TEXT = 4000;

function metaTask(task: Workbook['tasks'][number]): MetaTask {
  const t: MetaTask = { key: task.key, section: task.section, title: task.title, indicators: task.indicators };
  if (task.group) t.group = task.group;
  if (task.leadUnit) t.leadUnit = task.leadUnit;
  if (task.partnerUnits) t.partnerUnits = task.partnerUnits;
  if (task.deadline) t.deadline = task.deadline;
  if (task.text && task.text.length <= MAX_TEXT) t.text = task.text;
  return t;
}

function planSourceOf(workbook: Workbook): MetaPlanSource {
  const { plan } = workbook;
  return { name: workbook.name, title: plan.title, issuer: plan.issuer, docNumber: plan.docNumber, date: plan.date };
}

/** Pairs only a 填报表 carries: that it is one, its 报送截止日期, and the whole plan when it lists part of it. */
function handoutRows(workbook: Workbook, input: MetaInput): ReportCell[][] {
  if (input.form !== 'handout') return [];
  const active = workbook.tasks.filter((t) => !t.archived);
  return [
    [text('form'), text('handout')],
    [text('dueDate'), text(input.dueDate ?? '')],
    ...(input.taskRows.size < active.length ? jsonRows('planTasks', active.map(metaTask)) : []),
  ];
}

export function buildMetaSheet(workbook: Workbook, input: MetaInput): ReportSheet {
  const pairs: [string, string | number][] = [
    ['type', REPORT_META.type],
    ['version', REPORT_META.version],
    ['kind', input.kind],
    ['workbookId', workbook.id],
    ['unit', workbook.unit],
    ['plan', planLabel(workbook)],
    ['planId', planId(workbook)],
    ['planVersion', planVersion(workbook)],
    ['year', workbook.year],
    ['period', input.period ?? ''],
    ['asOf', input.asOf],
  ];
  const tasks = new Map(workbook.tasks.map((t) => [t.key, t]));
  const rows: ReportCell[][] = [
    ...pairs.map(([k, v]) => [text(k), typeof v === 'number' ? numberCell(v, 'plain') : text(v)]),
    ...jsonRows('sections', workbook.sections),
    ...jsonRows('groups', workbook.groups),
    ...jsonRows('planSource', planSourceOf(workbook)),
    ...handoutRows(workbook, input),
    ['taskKey', 'row', 'task'].map(text),
    ...[...input.taskRows].map(([key, row]) => {
      const task = tasks.get(key);
      return [text(key), numberCell(row, 'plain'), text(task ? JSON.stringify(metaTask(task)) : '')];
    }),
    ['continuedKey', 'row', 'sheet', 'joins'].map(text),
    ...input.continuations.map((c) => [
      text(c.key),
      numberCell(c.row, 'plain'),
      text(c.sheet),
      text(JSON.stringify(c.joins)),
    ]),
  ];
  return {
    name: REPORT_META.sheetName,
    hidden: true,
    columnWidths: [14, 40, 40, 20],
    // No heights: nobody prints this sheet, and a computed height for long JSON would pass Excel's cap.
    rows: rows.map((cells) => ({ cells })),
    merges: [],
    frozenRows: 0,
    landscape: true,
    paper: 'A4',
    scale: 100,
    pageBreaks: [],
    validations: [],
  };
}
