/** A built report as the reader would see it, so the pure re-import can be tested without a file. */
import type { GridSheet } from '../../../../src/core/report/reimport/grid';
import type { Report } from '../../../../src/core/report/model';

export function reportToGrid(report: Report): GridSheet[] {
  return report.sheets.map((sheet) => ({
    name: sheet.name,
    rows: sheet.rows.map((row) =>
      row.cells.map((cell) => {
        if (cell.value === null) return undefined;
        if (cell.type === 'percent') return { value: cell.value, text: `${Number(cell.value) * 100}%`, format: '0%' };
        return { value: cell.value, text: String(cell.value) };
      }),
    ),
  }));
}

/** Set one cell (0-based) of a grid sheet to text. */
export function setText(sheets: GridSheet[], sheet: string, row: number, column: number, text: string): void {
  const target = sheets.find((s) => s.name === sheet);
  if (!target) throw new Error(`no sheet ${sheet}`);
  const line = (target.rows[row] ??= []);
  line[column] = { value: text, text };
}

/** 0-based column under the header `text` on a sheet (the header row starts with 序号). */
export function columnOf(sheets: GridSheet[], sheet: string, text: string): number {
  const target = sheets.find((s) => s.name === sheet);
  const header = target?.rows.find((r) => r[0]?.text === '序号') ?? [];
  const column = header.findIndex((c) => c?.text === text);
  if (column < 0) throw new Error(`no column ${text} on ${sheet}`);
  return column;
}
