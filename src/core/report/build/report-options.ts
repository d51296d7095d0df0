/**
 * What the export dialog chooses: 报表内容 (task titles or full texts), the columns printed (any
 * but the five a progress report cannot do without), and the title. The columns keep the order
 * of PROGRESS_COLUMNS; leaving some out only gives the others more room.
 */
import { reportSettings } from '../../workbook/report-settings';
import type { Period, Workbook } from '../../workbook/types';
import type { ColumnId } from '../../workbook/vocabulary';
import type { ReportContent } from './column-widths';
import { PROGRESS_COLUMNS, REQUIRED_COLUMNS } from './progress-sheet';

export interface ReportOptions {
  content: ReportContent;
  /** The optional columns to print; the required ones always print. */
  columns: readonly ColumnId[];
  /** 报表标题 without the period; '' for `{填报单位}{plan}`. */
  title: string;
}

export const OPTIONAL_COLUMNS: readonly ColumnId[] = PROGRESS_COLUMNS.filter((c) => !REQUIRED_COLUMNS.includes(c));

type TextOf = (task: Workbook['tasks'][number], period: Period) => string;

const TEXTS: Partial<Record<ColumnId, TextOf>> = {
  leadUnit: (t) => t.leadUnit,
  partnerUnits: (t) => t.partnerUnits,
  owner: (t) => t.owner,
  deadline: (t) => t.deadline,
  notes: (t) => t.notes,
  problems: (t, p) => t.periods[p]?.problems ?? '',
  nextSteps: (t, p) => t.periods[p]?.nextSteps ?? '',
};

/** Optional columns nobody in the unit filled in, in these periods (序时 is never empty). */
export function emptyColumns(workbook: Workbook, periods: readonly Period[]): ColumnId[] {
  const tasks = workbook.tasks.filter((t) => !t.archived);
  return OPTIONAL_COLUMNS.filter((column) => {
    const textOf = TEXTS[column];
    return textOf !== undefined && tasks.every((t) => periods.every((p) => textOf(t, p).trim() === ''));
  });
}

/** The remembered 报表内容 and title, and every optional column that has something in it. */
export function defaultReportOptions(workbook: Workbook, periods: readonly Period[]): ReportOptions {
  const settings = reportSettings(workbook);
  const empty = emptyColumns(workbook, periods);
  return {
    content: settings.content,
    columns: OPTIONAL_COLUMNS.filter((c) => !empty.includes(c)),
    title: settings.title,
  };
}

/** `options` over the defaults; an option given as undefined keeps its default. */
export function withDefaults(defaults: ReportOptions, options: Partial<ReportOptions>): ReportOptions {
  const given = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
  return { ...defaults, ...given };
}
