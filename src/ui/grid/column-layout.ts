/**
 * Which columns are hidden and how wide they are: UI state, kept apart from the workbook (it is
 * never saved into the document or exported). Period columns are named without their period
 * (`progress`, not `progress@半年`) so a choice survives switching 一季度 → 半年.
 */
import { columnLabel, UNIT_FIELDS, type ColumnId } from '../../core/workbook/vocabulary';

export interface ColumnLayout {
  hidden: string[];
  widths: Record<string, number>;
}

export const EMPTY_LAYOUT: ColumnLayout = { hidden: [], widths: {} };

const HIDEABLE: readonly ColumnId[] = [
  ...UNIT_FIELDS,
  'status',
  'percent',
  'light',
  'progress',
  'problems',
  'nextSteps',
  'indicators',
  'notes',
];

/** Columns the user may hide; 编号 and 工作任务 always stay. */
export const HIDEABLE_COLUMNS: readonly { id: string; label: string }[] = HIDEABLE.map((id) => ({
  id,
  label: columnLabel(id),
}));

export function layoutId(colId: string): string {
  return colId.split('@')[0]!;
}

/** Read a stored layout defensively: UI state may be from an older version or damaged. */
export function readLayout(value: unknown): ColumnLayout {
  if (typeof value !== 'object' || value === null) return EMPTY_LAYOUT;
  const v = value as Partial<ColumnLayout>;
  const hidden = Array.isArray(v.hidden) ? v.hidden.filter((x): x is string => typeof x === 'string') : [];
  const widths: Record<string, number> = {};
  if (typeof v.widths === 'object' && v.widths !== null) {
    for (const [k, w] of Object.entries(v.widths)) if (typeof w === 'number' && w >= 30 && w <= 2000) widths[k] = w;
  }
  return { hidden, widths };
}
