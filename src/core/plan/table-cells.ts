/**
 * Where a copied table parts its cells by blank lines, a cell may still wrap over several lines
 * (`任务` / `类型`, `区建设管理委` / `（区水务局）` / `上海城投集团`). The cell view puts each cell's
 * text on its first line and blanks the others, so the table reader meets one line per cell; the
 * reader's rows are then given back all the lines of their task cells.
 */
import type { FlatTable } from './flat-table';

export interface CellView {
  /** Same indexes as the text: a cell's text on its first line, '' on the others. */
  lines: string[];
  /** First line of a multi-line cell → all its lines. */
  cellLines: Map<number, number[]>;
}

// Lines that each name units are separate units (`上海城投集团` / `杨浦城投集团`), unless a line goes
// on the one before (`（区水务局）` after `区建设管理委`, or a line ending in 、); other wrapped text
// is one text (`海绵城市` / `建设管理`).
function joinCell(parts: readonly string[], isUnits: (text: string) => boolean): string {
  let text = parts[0] ?? '';
  for (let k = 1; k < parts.length; k++) {
    const part = parts[k] ?? '';
    const goesOn = /^[（(]/.test(part) || /[、，,；;（(]$/.test(text);
    const units = isUnits(text) && isUnits(part);
    text = goesOn || !units ? `${text}${part}` : `${text}、${part}`;
  }
  return text;
}

/** The view of `lines[start..end)`, or null when blank lines do not part the lines there. */
export function cellView(
  lines: readonly string[],
  start: number,
  end: number,
  isUnits: (text: string) => boolean,
): CellView | null {
  let blank = 0;
  for (let i = start; i < end; i++) if ((lines[i] ?? '').trim() === '') blank++;
  if (blank < (end - start - blank) * 0.5) return null;
  const out = [...lines];
  const cellLines = new Map<number, number[]>();
  for (let i = start; i < end; i++) {
    if ((lines[i] ?? '').trim() === '') continue;
    let j = i;
    while (j + 1 < end && (lines[j + 1] ?? '').trim() !== '') j++;
    if (j > i) {
      const members = Array.from({ length: j - i + 1 }, (_, k) => i + k);
      cellLines.set(i, members);
      out[i] = joinCell(
        members.map((m) => (lines[m] ?? '').trim()),
        isUnits,
      );
      for (const m of members.slice(1)) out[m] = '';
    }
    i = j;
  }
  return cellLines.size > 0 ? { lines: out, cellLines } : null;
}

/** A table read from the view, with its task cells' lines all given back. */
export function expandCells(table: FlatTable, cellLines: ReadonlyMap<number, number[]>): FlatTable {
  const rows = table.rows.map((row) => ({ ...row, task: row.task.flatMap((i) => cellLines.get(i) ?? [i]) }));
  return { ...table, rows };
}
