/**
 * Map a pasted block onto the grid from the focused cell: rows onto the task rows below it (in
 * displayed order), columns onto the displayed columns to its right. Every cell is validated by
 * the model's own parser; accepted cells become one operation, rejected ones are listed.
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

export function planPaste(block: readonly (readonly string[])[], target: PasteTarget): PastePlan {
  const changes: CellChange[] = [];
  const rejected: PasteRejection[] = [];
  block.forEach((cells, r) => {
    const key = target.rowKeys[r];
    if (key === undefined) return;
    cells.forEach((raw, c) => {
      const field = target.fields[c];
      const header = target.headers[c] ?? `第${c + 1}列`;
      if (field === undefined) return;
      if (field === null) {
        if (raw.trim() !== '') rejected.push({ key, header, value: raw, message: `“${header}”列不可编辑` });
        return;
      }
      const parsed = parseFieldValue(field, raw);
      if (parsed.ok) changes.push({ key, field, value: parsed.value as CellValue });
      else rejected.push({ key, header, value: raw, message: parsed.message });
    });
  });
  return { changes, rejected, overflowRows: Math.max(0, block.length - target.rowKeys.length) };
}
