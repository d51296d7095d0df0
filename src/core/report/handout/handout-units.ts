/** Who a 填报表 goes to: the units the plan names as 牵头/配合单位, and the tasks naming each. */
import type { TaskRecord, Workbook } from '../../workbook/types';

/** How offices join several units in one cell: 、 , ； / or spaces. */
const SEPARATORS = /[、,，;；/／\s]+/;

export function splitUnits(text: string): string[] {
  return text
    .split(SEPARATORS)
    .map((u) => u.trim())
    .filter(Boolean);
}

/** Every unit named in the plan's 牵头单位 and 配合单位, once each, in plan order. */
export function planUnits(workbook: Pick<Workbook, 'tasks'>): string[] {
  const units = new Set<string>();
  for (const task of workbook.tasks) {
    if (task.archived) continue;
    for (const unit of [...splitUnits(task.leadUnit), ...splitUnits(task.partnerUnits)]) units.add(unit);
  }
  return [...units];
}

/** The unit is named as lead or partner (also inside a longer name such as `殿前街道等`). */
export function namesUnit(task: Pick<TaskRecord, 'leadUnit' | 'partnerUnits'>, unit: string): boolean {
  return unit !== '' && `${task.leadUnit}、${task.partnerUnits}`.includes(unit);
}

/** The 下发单位 textarea: one unit per line; blank lines and repeats dropped. */
export function unitLines(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean),
    ),
  ];
}
