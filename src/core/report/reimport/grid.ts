/**
 * A spreadsheet as the reader hands it to the pure core: sheets of plain cells, whatever the
 * file format was. Dates arrive as ISO text; `format` is the number format when the file had one.
 */
export interface GridCell {
  value: string | number | boolean | null;
  /** What the cell shows (formatted), '' when empty. */
  text: string;
  format?: string;
}

export interface GridSheet {
  name: string;
  /** rows[r][c], 0-based; ragged. */
  rows: (GridCell | undefined)[][];
}

/** The cell's text with surrounding whitespace removed; '' for an empty or missing cell. */
export function cellText(cell: GridCell | undefined): string {
  if (!cell || cell.value === null) return '';
  return (cell.text || String(cell.value)).trim();
}

/** `H12` for 0-based row and column, for messages. */
export function cellAddress(row: number, column: number): string {
  let n = column + 1;
  let name = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    name = String.fromCharCode(65 + rem) + name;
    n = Math.floor((n - 1) / 26);
  }
  return `${name}${row + 1}`;
}
