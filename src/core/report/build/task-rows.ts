/** The body of every task table: section and group bands in plan order, then each task's row(s). */
import type { TaskRecord, Workbook } from '../../workbook/types';
import type { ReportCell } from '../model';
import type { SheetBuilder } from './sheet-builder';

/** `（三）` from a group key like `二(三)`: the band shows the group's own number. */
function groupLabel(key: string, title: string): string {
  return `${key.replace(/^[^(（]*[(（]/, '（').replace(/[)）].*$/, '）')}${title}`;
}

/**
 * Section and group bands in plan order (each kept on the page of the row it heads), then the
 * task rows, continued where a task is too long for one; returns each task's first row.
 */
export function addTaskRows(
  builder: SheetBuilder,
  workbook: Workbook,
  cellsFor: (task: TaskRecord) => ReportCell[],
): Map<string, number> {
  const rows = new Map<string, number>();
  let section: string | null | undefined;
  let group: string | undefined;
  for (const task of workbook.tasks.filter((t) => !t.archived)) {
    if (task.section !== section) {
      section = task.section;
      group = undefined;
      const s = workbook.sections.find((x) => x.key === task.section);
      if (s) builder.band(`${s.key}、${s.title}`, 'band', { keepWithNext: true });
    }
    if (task.group && task.group !== group) {
      group = task.group;
      const g = workbook.groups.find((x) => x.key === task.group);
      if (g) builder.band(groupLabel(g.key, g.title), 'band', { keepWithNext: true });
    }
    rows.set(task.key, builder.task(task.key, cellsFor(task), task.title));
  }
  return rows;
}
