/**
 * Column widths chosen for the paper: fixed columns get what their content needs on one or two
 * lines; the text columns share what is left of the width that prints at 100 %, each at least a
 * readable minimum. Only when the minimums alone are wider does the print scale drop below 100 %.
 */
import type { ColumnId } from '../../workbook/vocabulary';
import { unitsAcross, type PageLayout } from './page-setup';

export type ReportContent = 'title' | 'text';

type WidthSpec = { fixed: number } | { min: number; weight: number };

const SPECS: Partial<Record<ColumnId, WidthSpec>> = {
  // 序号, and （续） under it on a continuation row.
  key: { fixed: 6 },
  leadUnit: { fixed: 8 },
  partnerUnits: { fixed: 8 },
  owner: { fixed: 6 },
  // 12月31日 on one line.
  deadline: { fixed: 10 },
  percent: { fixed: 7 },
  status: { fixed: 7 },
  // 序时推进 on one line.
  light: { fixed: 8 },
  progress: { min: 22, weight: 6 },
  problems: { min: 11, weight: 2.5 },
  nextSteps: { min: 11, weight: 2.5 },
  notes: { min: 7, weight: 1 },
};

function specOf(column: ColumnId, content: ReportContent): WidthSpec {
  if (column === 'title') return content === 'text' ? { min: 18, weight: 6 } : { min: 14, weight: 3 };
  return SPECS[column] ?? { fixed: 10 };
}

/** Units of width a table may take on this paper and still print at 100 % (with some slack). */
export function widthBudget(layout: PageLayout): number {
  return Math.floor(unitsAcross(layout) - 1.5);
}

/** Widths for these columns (in order; a column may repeat, e.g. per period), within `budget` where possible. */
export function columnWidths(columns: readonly ColumnId[], budget: number, content: ReportContent): number[] {
  const specs = columns.map((c) => specOf(c, content));
  let fixed = 0;
  let minimum = 0;
  let weights = 0;
  for (const s of specs) {
    if ('fixed' in s) fixed += s.fixed;
    else [minimum, weights] = [minimum + s.min, weights + s.weight];
  }
  const extra = Math.max(0, budget - fixed - minimum);
  // Half units, rounded down, so the total never passes the budget.
  return specs.map((s) => ('fixed' in s ? s.fixed : s.min + Math.floor((2 * extra * s.weight) / weights) / 2));
}
