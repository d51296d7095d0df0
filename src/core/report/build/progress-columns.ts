/**
 * The columns of a period report, in order; their headers come from the vocabulary. Apart from
 * the sheet builder so the grid (which shows them in the same order) can import the list
 * without the report code.
 */
import { IDENTITY_COLUMNS, type ColumnId } from '../../workbook/vocabulary';

export const PROGRESS_COLUMNS: readonly ColumnId[] = [
  ...IDENTITY_COLUMNS,
  'percent',
  'status',
  'light',
  'progress',
  'problems',
  'nextSteps',
  'notes',
];
