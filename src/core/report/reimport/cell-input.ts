/**
 * A read cell → the text `parseFieldValue` expects. Spreadsheets store 85% as 0.85 with a %
 * format, dates as serial numbers (already ISO here) and keys as numbers; this undoes that.
 */
import { parseFieldId, type FieldId } from '../../workbook/fields';
import type { GridCell } from './grid';

function isPercentField(field: FieldId): boolean {
  const ref = parseFieldId(field);
  return ref?.kind === 'period' && ref.field === 'percent';
}

export function cellInput(cell: GridCell | undefined, field: FieldId): string {
  if (!cell || cell.value === null) return '';
  const { value } = cell;
  if (typeof value === 'number') {
    if (isPercentField(field) && cell.format?.includes('%')) return String(Number((value * 100).toPrecision(12)));
    return String(value);
  }
  if (typeof value === 'boolean') return cell.text || String(value);
  return value;
}
