/**
 * The workbook: one plan, one reporting unit, one year, and the progress typed into it.
 * This is the document — the only state that is saved and exported (UI state lives apart).
 */
import type { Indicator, PlanGroup, PlanReadOptions, PlanSection, PlanSubtask } from '../plan/types';

export const STATUSES = ['未启动', '推进中', '已完成', '暂缓', '不涉及'] as const;
export type Status = (typeof STATUSES)[number];

export const PERIODS = ['一季度', '半年', '三季度', '全年'] as const;
export type Period = (typeof PERIODS)[number];

/**
 * What was reported for one task in one reporting period. 状态 and 完成进度 belong to the period:
 * null means "not set in this period", and the period then shows the previous period's value as
 * carried over (period-values.ts) until the user edits it.
 */
export interface PeriodEntry {
  /** 状态 as of this period; null: carried over from an earlier period (else 未启动). */
  status: Status | null;
  /** % done as of this period, 0–100; null: carried over from an earlier period (else none). */
  percent: number | null;
  /** 进展情况 */
  progress: string;
  /** 存在问题 */
  problems: string;
  /** 下步打算 */
  nextSteps: string;
  /** Actual value per indicator, aligned with `TaskRecord.indicators`; null when not reported. */
  actuals: (number | null)[];
}

export interface TaskRecord {
  /** The plan's own number — the row id everywhere (grid, reports, re-import). */
  key: string;
  section: string | null;
  group?: string;
  title: string;
  text: string;
  subtasks: PlanSubtask[];
  indicators: Indicator[];
  /** 牵头单位 */
  leadUnit: string;
  /** 配合单位, as typed (several joined with 、). */
  partnerUnits: string;
  /** 责任人 */
  owner: string;
  /** 完成时限, ISO `YYYY-MM-DD`, or '' when none. */
  deadline: string;
  /** What was reported, per period; 状态 and 完成进度 carry over from one period to the next. */
  periods: Partial<Record<Period, PeriodEntry>>;
  /** 备注 */
  notes: string;
  /** Set when a revised plan no longer has this task, or the user deleted it: kept, never lost. */
  archived?: boolean;
  /** A task the unit added itself (插入任务): a revised plan never archives it. */
  ownTask?: boolean;
  /** Numbers the task had before the user renumbered it, so older reports still find it. */
  formerKeys?: string[];
  /**
   * Storage revision of the stored record this task was read from (absent: never stored). Set
   * only by src/storage, copied unchanged by operations; lets a save refuse to overwrite a newer
   * record written by another tab. Not content: exports may carry it, imports ignore it.
   */
  rev?: number;
}

/** Metadata of the plan the workbook was made from, with its source text. */
export interface PlanSource {
  title: string | null;
  year: number | null;
  issuer: string | null;
  docNumber: string | null;
  date: string | null;
  preamble: string;
  /** The text the plan was parsed from, so it can be re-parsed by a better parser. */
  sourceText: string;
  /** How the user had it read (任务层级, corrections): a revised plan is read the same way. */
  readOptions?: PlanReadOptions;
}

/**
 * What the unit's reports print besides the table: the sign-off line and the title. Part of the
 * document (saved, backed up, exported); absent in data written before it existed.
 */
export interface ReportSettings {
  /** 报表标题 without the period: '' prints `{填报单位}{plan}`. */
  title: string;
  /** 填报人 */
  preparer: string;
  /** 联系电话 */
  phone: string;
  /** 审核人 */
  reviewer: string;
  /** 报表内容: the plan's task titles, or each task's full text. */
  content: 'title' | 'text';
}

export interface Workbook {
  id: string;
  /** Shown in the list, e.g. `2021年湖里区民政工作要点`. */
  name: string;
  /** 填报单位, e.g. 殿前街道. */
  unit: string;
  year: number;
  plan: PlanSource;
  sections: PlanSection[];
  groups: PlanGroup[];
  /** In plan order. */
  tasks: TaskRecord[];
  /** ISO timestamps. */
  createdAt: string;
  updatedAt: string;
  /** The built-in sample (marked 示例 in the UI). */
  sample?: boolean;
  /** 台账设置: sign-off names and the report title; defaults when absent. */
  report?: ReportSettings;
  /** Storage revision of the metadata record (name, unit, plan, sections, task order); see TaskRecord.rev. */
  rev?: number;
}
