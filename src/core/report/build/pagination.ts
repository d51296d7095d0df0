/**
 * Where pages end, decided row by row as a sheet is built, so a long task can be continued to fill
 * the page it starts on. Rows never split across pages (a spreadsheet cannot), a section band is
 * never the last row of a page (it moves to the next page with the row it heads), and a row that
 * must stay with the one before it (the sign-off line) takes that row along.
 */

export interface PageFrame {
  /** Sheet points one page holds (the printable height at the sheet's print scale). */
  height: number;
}

export interface Placement {
  /** Keep on the same page as the next row (section and group bands, a task's indicator rows). */
  keepWithNext?: boolean;
  /** Keep on the same page as the row before (the sign-off line under the table). */
  keepWithPrevious?: boolean;
}

interface Placed {
  row: number;
  height: number;
  keepWithNext: boolean;
}

export class Paginator {
  /** Rows (1-based) after which a page ends. */
  readonly breaks: number[] = [];
  /** Height of the rows repeated at the top of every page after the first. */
  private repeated = 0;
  private used = 0;
  private page: Placed[] = [];

  constructor(private readonly frame: PageFrame) {}

  /** The rows printed again at the top of every later page (info line and column header). */
  repeatRows(height: number): void {
    this.repeated = height;
  }

  /** Points left on the current page. */
  get room(): number {
    return this.frame.height - this.used;
  }

  /** Points a page after the first offers to its own rows. */
  get pageRoom(): number {
    return this.frame.height - this.repeated;
  }

  /** Points the rows at the end of the page that would move along with the next row take. */
  get carried(): number {
    return this.moving(false).reduce((sum, p) => sum + p.height, 0);
  }

  /** The rows that must move to the next page together with the row being placed. */
  private moving(withPrevious: boolean): Placed[] {
    let start = this.page.length;
    while (start > 0 && this.page[start - 1]?.keepWithNext) start -= 1;
    if (withPrevious && start === this.page.length && start > 0) start -= 1;
    // Moving everything on the page gains nothing: the page would be empty.
    return start === 0 ? [] : this.page.slice(start);
  }

  place(row: number, height: number, how: Placement = {}): void {
    if (this.page.length > 0 && this.used + height > this.frame.height) {
      let moved = this.moving(how.keepWithPrevious === true);
      const movedHeight = moved.reduce((sum, p) => sum + p.height, 0);
      if (this.repeated + movedHeight + height > this.frame.height) moved = [];
      this.newPage((moved[0]?.row ?? row) - 1, moved);
    }
    this.used += height;
    this.page.push({ row, height, keepWithNext: how.keepWithNext === true });
  }

  /** End the page after the rows placed so far (nothing happens on an empty page). */
  breakAfter(row: number): void {
    if (this.page.length > 0) this.newPage(row, []);
  }

  private newPage(lastRow: number, moved: Placed[]): void {
    this.breaks.push(lastRow);
    this.page = [...moved];
    this.used = this.repeated + moved.reduce((sum, p) => sum + p.height, 0);
  }
}
