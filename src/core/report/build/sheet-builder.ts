/**
 * Accumulates rows and merges for one sheet, sizes every row from its text, continues a task that
 * is too long for one row, and decides where printed pages end.
 */
import { displayText, emptyCell, textCell } from './cell-text';
import type { Merge, ReportCell, ReportSheet } from '../model';
import { splitText } from './continuation';
import { MAX_ROW_HEIGHT, pageCapacity, printScale, type Paper } from './page-setup';
import { Paginator, type Placement } from './pagination';
import { BODY_FONT_SIZE, heightForLines, linesWithin, rowHeight, wrappedLines } from './text-measure';

export const TITLE_FONT_SIZE = 16;

/** A continuation row: which task it continues, and how each continued text joins the part above. */
export interface Continuation {
  key: string;
  /** 1-based row on the sheet. */
  row: number;
  /** 0-based column → '\n' or ''. */
  joins: Record<number, '\n' | ''>;
}

/** A long task starts on the current page only when it gets at least this many lines there. */
const MIN_FIRST_LINES = 4;

export interface BandOptions extends Placement {
  fontSize?: number;
  minimumHeight?: number;
}

export interface SheetOptions {
  hidden?: boolean;
  landscape?: boolean;
  paper?: Paper;
}

/** 序号 of a continuation row: the task's own number, marked （续）. */
export function continuationKey(key: string): string {
  return `${key}\n（续）`;
}

export class SheetBuilder {
  readonly sheet: ReportSheet;
  readonly continuations: Continuation[] = [];
  private readonly pager: Paginator;

  constructor(name: string, columnWidths: number[], options: SheetOptions = {}) {
    const layout = { paper: options.paper ?? 'A4', landscape: options.landscape ?? true };
    this.sheet = {
      name,
      columnWidths,
      rows: [],
      merges: [],
      frozenRows: 0,
      landscape: layout.landscape,
      paper: layout.paper,
      scale: printScale(columnWidths, layout),
      pageBreaks: [],
      validations: [],
    };
    if (options.hidden) this.sheet.hidden = true;
    this.pager = new Paginator({ height: pageCapacity(columnWidths, layout) });
  }

  get width(): number {
    return this.sheet.columnWidths.length;
  }

  /** 1-based number of the next row to be added. */
  get nextRow(): number {
    return this.sheet.rows.length + 1;
  }

  private push(cells: ReportCell[], height: number, how: Placement = {}): number {
    this.sheet.rows.push({ cells, height });
    const row = this.sheet.rows.length;
    this.pager.place(row, height, how);
    return row;
  }

  /** A row of cells; its height fits the tallest wrapped text. Returns its 1-based number. */
  add(cells: ReportCell[], minimumHeight = 20, how: Placement = {}): number {
    const height = rowHeight(cells.map(displayText), this.sheet.columnWidths, BODY_FONT_SIZE, minimumHeight);
    return this.push(cells, height, how);
  }

  /** An empty row of exactly this height (space between two tables). */
  spacer(height: number): number {
    return this.push(
      this.sheet.columnWidths.map(() => emptyCell('plain')),
      height,
    );
  }

  /** One text merged across the whole width (title, info line, section band, sign-off line). */
  band(text: string, style: ReportCell['style'], options: BandOptions = {}): number {
    const fontSize = options.fontSize ?? BODY_FONT_SIZE;
    const cells: ReportCell[] = [textCell(text, style)];
    for (let i = 1; i < this.width; i++) cells.push(textCell('', style));
    const total = this.sheet.columnWidths.reduce((a, b) => a + b, 0);
    const lines = heightForLines(wrappedLines(text, total, fontSize), fontSize);
    const row = this.push(cells, Math.max(options.minimumHeight ?? 20, lines), options);
    if (this.width > 1) this.merge({ top: row, left: 1, bottom: row, right: this.width });
    return row;
  }

  /** Rows `first`–`last` print again at the top of every page. */
  repeatRows(first: number, last: number): void {
    this.sheet.printTitleRows = [first, last];
    const rows = this.sheet.rows.slice(first - 1, last);
    this.pager.repeatRows(rows.reduce((sum, r) => sum + (r.height ?? 20), 0));
  }

  /**
   * One task's row, `cells[0]` being its 序号 and `cells[1]` its 工作任务. When its text needs more
   * than a row may hold, the first part fills what is left of the current page and continuation
   * rows follow, repeating `title` unless the 工作任务 cell itself continues. Returns the first row.
   */
  task(key: string, cells: ReportCell[], title = '', minimumHeight = 20): number {
    const widths = this.sheet.columnWidths;
    const height = rowHeight(cells.map(displayText), widths, BODY_FONT_SIZE, minimumHeight);
    const maxRow = Math.min(MAX_ROW_HEIGHT, this.pager.pageRoom);
    if (height <= maxRow) return this.push(cells, height);
    const starts = this.pager.room >= heightForLines(MIN_FIRST_LINES, BODY_FONT_SIZE);
    const firstRoom = starts
      ? Math.min(this.pager.room, maxRow)
      : Math.min(maxRow, this.pager.pageRoom - this.pager.carried);
    const capacities = [linesWithin(firstRoom, BODY_FONT_SIZE), linesWithin(maxRow, BODY_FONT_SIZE)];
    const splits = cells.map((cell, i) =>
      cell.type === 'text' && typeof cell.value === 'string'
        ? splitText(cell.value, widths[i] ?? 10, BODY_FONT_SIZE, capacities)
        : null,
    );
    const count = Math.max(1, ...splits.map((s) => s?.parts.length ?? 1));
    const first = this.nextRow;
    for (let k = 0; k < count; k++) {
      const joins: Record<number, '\n' | ''> = {};
      const row = cells.map((cell, i) => {
        const split = splits[i];
        if (k === 0) return split ? { ...cell, value: split.parts[0] ?? '' } : cell;
        if (i === 0) return textCell(continuationKey(key), cell.style);
        const part = split?.parts[k];
        if (part === undefined)
          return i === 1 && split?.parts.length === 1 ? textCell(title, cell.style) : emptyCell(cell.style);
        joins[i] = split?.joins[k - 1] ?? '\n';
        return { ...cell, value: part };
      });
      const texts = row.map(displayText);
      const r = this.push(row, rowHeight(texts, widths, BODY_FONT_SIZE, k === 0 ? minimumHeight : 20));
      if (k > 0) this.continuations.push({ key, row: r, joins });
    }
    return first;
  }

  /** The next row starts a new page. */
  pageBreak(): void {
    this.pager.breakAfter(this.sheet.rows.length);
  }

  merge(merge: Merge): void {
    this.sheet.merges.push(merge);
  }

  build(): ReportSheet {
    if (!this.sheet.hidden) this.sheet.pageBreaks = [...this.pager.breaks];
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
