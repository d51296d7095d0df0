/** The consolidated tasks in plan order, each section opened by its band row (汇总 and 汇编 alike). */
import type { SheetBuilder } from '../build/sheet-builder';
import type { ConsolidationResult } from './consolidate';

type Task = ConsolidationResult['tasks'][number];

export function eachTaskUnderBands(
  b: SheetBuilder,
  result: ConsolidationResult,
  row: (task: Task, index: number) => void,
): void {
  let section: string | null | undefined;
  result.tasks.forEach((task, t) => {
    if (task.section !== section) {
      section = task.section;
      const s = result.sections.find((x) => x.key === task.section);
      if (s && s.key !== null) b.band(`${s.key}、${s.title}`, 'band', { keepWithNext: true });
    }
    row(task, t);
  });
}
