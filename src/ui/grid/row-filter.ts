/**
 * Which rows the grid shows: the filters of the toolbar (and a chart click) applied to tasks, and
 * a section band shown only while it has a visible task. Quick search is AG Grid's own.
 */
import type { IRowNode } from 'ag-grid-community';
import type { Light } from '../../core/workbook/traffic-light';
import type { Status, TaskRecord, Workbook } from '../../core/workbook/types';
import type { GridRow } from './rows';

export interface GridFilter {
  text: string;
  section: string;
  status: Status | '';
  light: Light | '无' | '';
  /** Task keys picked elsewhere (a chart bar); empty = no restriction. */
  keys: readonly string[];
}

export const NO_FILTER: GridFilter = { text: '', section: '', status: '', light: '', keys: [] };

export function isEmptyFilter(f: GridFilter): boolean {
  return !f.text && !f.section && !f.status && !f.light && f.keys.length === 0;
}

/** How the filter sees a task: its light, 状态 and searchable text in the period shown. */
export interface TaskView {
  lightOf(t: TaskRecord): Light | null;
  statusOf(t: TaskRecord): Status;
  /** The words a search looks through: number, title, full text, units, the period's reports. */
  textOf(t: TaskRecord): string;
}

/** What a typed search and a task key are compared as: 二（三） and 二(三) alike, spaces ignored. */
export function searchForm(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

export function taskPasses(t: TaskRecord, filter: GridFilter, view: TaskView): boolean {
  if (filter.text && !searchForm(view.textOf(t)).includes(searchForm(filter.text))) return false;
  if (filter.section && t.section !== filter.section) return false;
  if (filter.status && view.statusOf(t) !== filter.status) return false;
  if (filter.keys.length > 0 && !filter.keys.includes(t.key)) return false;
  if (filter.light && (view.lightOf(t) ?? '无') !== filter.light) return false;
  return true;
}

/** AG Grid's doesExternalFilterPass for the current workbook and filter. */
export function rowPasses(node: IRowNode<GridRow>, workbook: Workbook, filter: GridFilter, view: TaskView): boolean {
  const row = node.data;
  if (!row) return false;
  if (row.kind === 'task') return taskPasses(row.task, filter, view);
  return workbook.tasks.some((t) => !t.archived && t.section === row.sectionKey && taskPasses(t, filter, view));
}

/** The task whose number is exactly what was searched for (`12`, `二(三)`): the grid goes to it. */
export function taskWithKey(workbook: Workbook, text: string): TaskRecord | null {
  const wanted = searchForm(text).replace(/[.、]$/, '');
  if (!wanted) return null;
  return workbook.tasks.find((t) => !t.archived && searchForm(t.key) === wanted) ?? null;
}
