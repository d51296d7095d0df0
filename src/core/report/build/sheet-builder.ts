/** Accumulates rows and merges for one sheet and sizes every row from its text. */
import { displayText, textCell } from './cell-text';
import type { Merge, ReportCell, ReportSheet } from '../model';
import { heightForLines, rowHeight, wrappedLines } from './text-measure';

export const BODY_FONT_SIZE = 11;
export const TITLE_FONT_SIZE = 18;

export class SheetBuilder {
  readonly sheet: ReportSheet;

  constructor(name: string, columnWidths: number[], options: { hidden?: boolean; landscape?: boolean } = {}) {
    this.sheet = {
      name,
      columnWidths,
      rows: [],
      merges: [],
      frozenRows: 0,
      landscape: options.landscape ?? true,
      validations: [],
    };
    if (options.hidden) this.sheet.hidden = true;
  }

  get width(): number {
    return this.sheet.columnWidths.length;
  }

  /** 1-based number of the next row to be added. */
  get nextRow(): number {
    return this.sheet.rows.length + 1;
  }

  /** A row of cells; its height fits the tallest wrapped text. Returns its 1-based number. */
  add(cells: ReportCell[], minimumHeight = 20): number {
    const texts = cells.map(displayText);
    this.sheet.rows.push({ cells, height: rowHeight(texts, this.sheet.columnWidths, BODY_FONT_SIZE, minimumHeight) });
    return this.sheet.rows.length;
  }

  /** One text merged across the whole width (title, info line, section band). */
  band(text: string, style: ReportCell['style'], fontSize = BODY_FONT_SIZE): number {
    const cells: ReportCell[] = [textCell(text, style)];
    for (let i = 1; i < this.width; i++) cells.push(textCell('', style));
    const total = this.sheet.columnWidths.reduce((a, b) => a + b, 0);
    const lines = wrappedLines(text, total * (BODY_FONT_SIZE / fontSize));
    this.sheet.rows.push({ cells, height: Math.max(20, heightForLines(lines, fontSize)) });
    const row = this.sheet.rows.length;
    if (this.width > 1) this.merge({ top: row, left: 1, bottom: row, right: this.width });
    return row;
  }

  merge(merge: Merge): void {
    this.sheet.merges.push(merge);
  }

  build(): ReportSheet {
    return this.sheet;
  }
}

/** `A`, `B`, … `AA` for a 1-based column number. */
export function columnLetter(column: number): string {
  let n = column;
  let name = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    name = String.fromCharCode(65 + rem) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}
