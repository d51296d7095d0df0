/**
 * Paper, margins and print scale of the report sheets, and how much of a sheet fits on a page.
 * Measured from LibreOffice's PDFs: a column of width w prints 7.02·w pt wide where Calibri's
 * metric twin is missing (Excel with Calibri: about 5.25·w + 3.75 pt). Designing for the wider
 * of the two keeps every program's print within the page at the scale chosen here.
 */

export type Paper = 'A4' | 'A3';

/** Portrait width × height in points. */
const PAPER_POINTS: Readonly<Record<Paper, { width: number; height: number }>> = {
  A4: { width: 595.3, height: 841.9 },
  A3: { width: 841.9, height: 1190.6 },
};

/** ExcelJS / OOXML paper size codes. */
export const PAPER_CODES: Readonly<Record<Paper, number>> = { A4: 9, A3: 8 };

/** Inches, as the sheet's page setup stores them; header and footer sit inside top and bottom. */
export const MARGINS = { left: 0.4, right: 0.4, top: 0.55, bottom: 0.55, header: 0.3, footer: 0.3 } as const;

/** Points one column width unit takes on paper at 100 %, in the widest program measured. */
export const POINTS_PER_UNIT = 7.02;

/** Excel's cap on a row's height; LibreOffice prints a taller row past the page's end. */
export const MAX_ROW_HEIGHT = 409;

export interface PageLayout {
  paper: Paper;
  landscape: boolean;
}

function paperSize({ paper, landscape }: PageLayout): { width: number; height: number } {
  const { width, height } = PAPER_POINTS[paper];
  return landscape ? { width: height, height: width } : { width, height };
}

/** Points across the page between the side margins. */
export function printableWidth(layout: PageLayout): number {
  return paperSize(layout).width - (MARGINS.left + MARGINS.right) * 72;
}

/** Points down the page between the top and bottom margins. */
export function printableHeight(layout: PageLayout): number {
  return paperSize(layout).height - (MARGINS.top + MARGINS.bottom) * 72;
}

/** Column width units that print across the page at 100 %. */
export function unitsAcross(layout: PageLayout): number {
  return Math.floor((printableWidth(layout) / POINTS_PER_UNIT) * 10) / 10;
}

/**
 * The print scale in whole percent: 100 when the columns fit across the page, else the largest
 * that fits. Set as a fixed scale, not as fit-to-width, because Excel ignores manual page breaks
 * under fit-to-width, and the page breaks here are computed for this scale.
 */
export function printScale(widths: readonly number[], layout: PageLayout): number {
  const total = widths.reduce((a, b) => a + b, 0) * POINTS_PER_UNIT;
  if (total <= printableWidth(layout)) return 100;
  return Math.max(10, Math.floor((100 * printableWidth(layout)) / total));
}

/** Sheet points a page holds at the sheet's print scale. */
export function pageCapacity(widths: readonly number[], layout: PageLayout): number {
  return (printableHeight(layout) * 100) / printScale(widths, layout);
}
