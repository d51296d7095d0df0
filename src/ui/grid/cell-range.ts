/**
 * A rectangular cell selection as plain data: an anchor (where it started) and a focus (where it
 * ends), in displayed row and column indices. AG Grid Community has no range selection; this is
 * the model of ours, kept pure so its rules are unit-tested.
 */

export interface CellPos {
  row: number;
  col: number;
}

export interface CellRange {
  anchor: CellPos;
  focus: CellPos;
}

export interface Rect {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface Bounds {
  rows: number;
  cols: number;
}

export function single(pos: CellPos): CellRange {
  return { anchor: pos, focus: pos };
}

export function rectOf(range: CellRange): Rect {
  return {
    top: Math.min(range.anchor.row, range.focus.row),
    bottom: Math.max(range.anchor.row, range.focus.row),
    left: Math.min(range.anchor.col, range.focus.col),
    right: Math.max(range.anchor.col, range.focus.col),
  };
}

export function isSingle(range: CellRange): boolean {
  return range.anchor.row === range.focus.row && range.anchor.col === range.focus.col;
}

export function contains(rect: Rect, row: number, col: number): boolean {
  return row >= rect.top && row <= rect.bottom && col >= rect.left && col <= rect.right;
}

export function size(rect: Rect): { rows: number; cols: number; cells: number } {
  const rows = rect.bottom - rect.top + 1;
  const cols = rect.right - rect.left + 1;
  return { rows, cols, cells: rows * cols };
}

function clamp(value: number, max: number): number {
  return Math.max(0, Math.min(max - 1, value));
}

/** Shift+Arrow: the focus moves, the anchor stays; never past the grid's edge. */
export function extendBy(range: CellRange, dRow: number, dCol: number, bounds: Bounds): CellRange {
  const focus = { row: clamp(range.focus.row + dRow, bounds.rows), col: clamp(range.focus.col + dCol, bounds.cols) };
  return { anchor: range.anchor, focus };
}

/** Shift+click, or a drag reaching `pos`. */
export function extendTo(range: CellRange, pos: CellPos): CellRange {
  return { anchor: range.anchor, focus: pos };
}

/** Whole rows, as a click on the 编号 column selects them (Excel's row header). */
export function wholeRows(fromRow: number, toRow: number, bounds: Bounds): CellRange {
  return { anchor: { row: fromRow, col: 0 }, focus: { row: toRow, col: Math.max(0, bounds.cols - 1) } };
}

/**
 * Ctrl+D: every column's top value copied down the rows below it, as Excel fills a selection.
 * `values[r][c]` are the selected cells' texts; the result has the same shape.
 */
export function fillDown(values: readonly (readonly string[])[]): string[][] {
  const first = values[0] ?? [];
  return values.map((row) => row.map((_, c) => first[c] ?? ''));
}
