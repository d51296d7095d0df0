/**
 * Map a pasted block onto the grid from the focused cell: rows onto the task rows below it (in
 * displayed order), columns onto the displayed columns to its right. Every cell is validated by
 * the model's own parser; accepted cells become one operation, refused ones are listed.
 *
 * A block copied from an exported report lands where it came from: the grid's columns are in the
 * report's order, values over read-only columns (序号, 工作任务, 序时) are skipped rather than
 * refused, section band rows are skipped, and when the block starts at the 编号 column its rows
 * go to the tasks with those numbers. Empty trailing cells (WPS adds them) clear nothing.
 */
import { parseFieldValue, type CellValue, type FieldId } from '../../core/workbook/fields';
import type { CellChange } from '../../core/workbook/operations';

export interface PasteTarget {
  /** Task keys from the focused row down, in displayed order (bands excluded). */
  rowKeys: readonly string[];
  /** Column field ids from the focused column rightwards; null for read-only columns. */
  fields: readonly (FieldId | null)[];
  /** Column headers, for messages. */
  headers: readonly string[];
  /** The workbook's year, for dates pasted without one. */
  year?: number;
  /** Every task key of the workbook, when the block starts at the 编号 column. */
  keys?: ReadonlySet<string>;
}

export interface PasteRejection {
  key: string;
  header: string;
  value: string;
  message: string;
}

export interface PastePlan {
  changes: CellChange[];
  rejected: PasteRejection[];
  /** Pasted rows that fell below the last task. */
  overflowRows: number;
}

export interface PasteOptions {
  /** Empty cells clear what they land on (Delete, fill); a pasted block's trailing empties do not. */
  clearEmpty?: boolean;
}

/** 一、加强党的建设 with nothing after it: a section band of the report, not a task row. */
function isBandRow(cells: readonly string[]): boolean {
  const [first = '', ...rest] = cells;
  return (
    /^[一二三四五六七八九十百]+、|^[（(][一二三四五六七八九十]+[)）]/.test(first.trim()) && rest.every((c) => !c.trim())
  );
}

/** Rows of the block paired with the task each lands on. */
function rowsOf(block: readonly (readonly string[])[], target: PasteTarget): [readonly string[], string | undefined][] {
  const rows = block.filter((cells) => !isBandRow(cells));
  const byKey = target.keys && rows.every((cells) => target.keys!.has((cells[0] ?? '').trim()));
  return rows.map((cells, r) => [cells, byKey ? (cells[0] ?? '').trim() : target.rowKeys[r]]);
}

function lastFilled(cells: readonly string[]): number {
  for (let c = cells.length - 1; c >= 0; c--) if ((cells[c] ?? '').trim() !== '') return c;
  return -1;
}

export function planPaste(
  block: readonly (readonly string[])[],
  target: PasteTarget,
  options: PasteOptions = {},
): PastePlan {
  const changes: CellChange[] = [];
  const rejected: PasteRejection[] = [];
  const rows = rowsOf(block, target);
  for (const [cells, key] of rows) {
    if (key === undefined) continue;
    const end = options.clearEmpty ? cells.length - 1 : lastFilled(cells);
    cells.slice(0, end + 1).forEach((raw, c) => {
      const field = target.fields[c];
      if (field === undefined || field === null) return;
      const parsed = parseFieldValue(field, raw, target.year === undefined ? {} : { year: target.year });
      if (parsed.ok) changes.push({ key, field, value: parsed.value as CellValue });
      else rejected.push({ key, header: target.headers[c] ?? `第${c + 1}列`, value: raw, message: parsed.message });
    });
  }
  return { changes, rejected, overflowRows: rows.filter(([, key]) => key === undefined).length };
}
