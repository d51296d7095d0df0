/**
 * Continuation rows read back: a row whose 序号 is `12（续）` carries on task 12's texts, so its
 * cells are appended to the row above, joined as the hidden sheet says (a line break by default,
 * for files that lost it). The result is the one text that was exported, plus any edits.
 */
import type { MetaContinuation } from '../meta-sheet';
import type { ParsedCell, ParsedRow } from './read-report-grid';
import { cellText } from './grid';

/** The task a continuation row continues (`12(续)` after normalizeKey), or null. */
export function continuedKey(key: string): string | null {
  const m = /^(.+?)\(续\)$/.exec(key);
  return m?.[1] ?? null;
}

/** Joins by sheet and 1-based row, from the hidden sheet. */
export function joinsBySheetRow(continuations: readonly MetaContinuation[]): Map<string, MetaContinuation['joins']> {
  return new Map(continuations.map((c) => [`${c.sheet}\u0000${c.row}`, c.joins]));
}

/** Append the continuation row's texts to `row` (same columns). Numbers and dates are not continued. */
export function appendContinuation(
  row: ParsedRow,
  cells: readonly ParsedCell[],
  joins: MetaContinuation['joins'] = {},
): void {
  for (const cell of cells) {
    const more = cell.cell?.value;
    if (typeof more !== 'string' || !cellText(cell.cell)) continue;
    const target = row.cells.find((c) => c.column === cell.column);
    if (!target) continue;
    const before = target.cell?.value;
    if (before !== null && before !== undefined && typeof before !== 'string') continue;
    const text = before ? `${before}${joins[cell.column] ?? '\n'}${more}` : more;
    target.cell = { value: text, text };
  }
}
