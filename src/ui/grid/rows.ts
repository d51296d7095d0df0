/**
 * Grid rows from a workbook: a full-width band per section (and per middle-level group), then
 * its tasks. Task rows are keyed by the plan's own number; bands get a prefixed id that can
 * never collide with a task key.
 */
import type { TaskRecord, Workbook } from '../../core/workbook/types';

export interface BandRow {
  kind: 'band';
  id: string;
  level: 'section' | 'group';
  sectionKey: string;
  title: string;
}

export interface TaskRow {
  kind: 'task';
  id: string;
  task: TaskRecord;
}

export type GridRow = BandRow | TaskRow;

export const BAND_PREFIX = '§';

export function buildRows(workbook: Workbook): GridRow[] {
  const rows: GridRow[] = [];
  const sectionTitles = new Map(workbook.sections.map((s) => [s.key, s.title]));
  const groupTitles = new Map(workbook.groups.map((g) => [g.key, g.title]));
  let section: string | null | undefined;
  let group: string | undefined;
  for (const task of workbook.tasks) {
    if (task.archived) continue;
    if (task.section !== section && task.section !== null) {
      const title = sectionTitles.get(task.section) ?? '';
      rows.push({
        kind: 'band',
        id: `${BAND_PREFIX}${task.section}`,
        level: 'section',
        sectionKey: task.section,
        title: `${task.section}、${title}`,
      });
      group = undefined;
    }
    section = task.section;
    if (task.group && task.group !== group) {
      const title = groupTitles.get(task.group) ?? '';
      const own = /\(([^)]+)\)$/.exec(task.group)?.[1] ?? task.group;
      rows.push({
        kind: 'band',
        id: `${BAND_PREFIX}${task.group}`,
        level: 'group',
        sectionKey: task.section ?? '',
        title: `（${own}）${title}`,
      });
    }
    group = task.group;
    rows.push({ kind: 'task', id: task.key, task });
  }
  return rows;
}
