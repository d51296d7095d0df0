/** The report's look: official-document fonts, thin borders everywhere in the table, wrapped text. */
import type { Alignment, Borders, Fill, Font, Style } from 'exceljs';
import { TITLE_FONT_SIZE } from '../../core/report/build/sheet-builder';
import { BODY_FONT_SIZE } from '../../core/report/build/text-measure';
import type { CellStyle, ReportCell } from '../../core/report/model';

/** 五号 宋体 for the body, the size the row heights were computed for. */
const BODY_FONT: Partial<Font> = { name: '宋体', size: BODY_FONT_SIZE };
const BOLD_FONT: Partial<Font> = { name: '黑体', size: BODY_FONT_SIZE, bold: true };

const THIN = { style: 'thin', color: { argb: 'FF000000' } } as const;
const BORDER: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Long text starts at the top, so a task continued on the next row reads on. */
const LEFT: Partial<Alignment> = { vertical: 'top', horizontal: 'left', wrapText: true };
const BAND: Partial<Alignment> = { vertical: 'middle', horizontal: 'left', wrapText: true };
const CENTER: Partial<Alignment> = { vertical: 'middle', horizontal: 'center', wrapText: true };

export const PERCENT_FORMAT = '0%';
export const DATE_FORMAT = 'yyyy"年"m"月"d"日"';

const BASE: Readonly<Record<CellStyle, Partial<Style>>> = {
  title: { font: { name: '黑体', size: TITLE_FONT_SIZE, bold: true }, alignment: CENTER },
  subtitle: { font: BODY_FONT, alignment: { vertical: 'middle', horizontal: 'left', wrapText: true } },
  header: { font: BOLD_FONT, alignment: CENTER, border: BORDER, fill: solid('#D9E1F2') },
  band: { font: BOLD_FONT, alignment: BAND, border: BORDER, fill: solid('#F2F2F2') },
  text: { font: BODY_FONT, alignment: LEFT, border: BORDER },
  label: { font: BODY_FONT, alignment: BAND, border: BORDER },
  center: { font: BODY_FONT, alignment: CENTER, border: BORDER },
  number: { font: BODY_FONT, alignment: CENTER, border: BORDER },
  percent: { font: BODY_FONT, alignment: CENTER, border: BORDER, numFmt: PERCENT_FORMAT },
  date: { font: BODY_FONT, alignment: CENTER, border: BORDER, numFmt: DATE_FORMAT },
  total: { font: BOLD_FONT, alignment: CENTER, border: BORDER },
  plain: {},
};

/** `#22c55e` → ExcelJS solid fill. */
export function solid(hex: string): Fill {
  const argb = `FF${hex.replace('#', '').toUpperCase()}`;
  return { type: 'pattern', pattern: 'solid', fgColor: { argb }, bgColor: { argb } };
}

/**
 * One style object per (style, fill, type) shared by all cells that use it: ExcelJS keys its
 * style table by content, and sharing avoids building thousands of equal objects.
 */
export class StyleCache {
  private readonly styles = new Map<string, Partial<Style>>();

  for(cell: ReportCell): Partial<Style> {
    const numFmt =
      cell.numFmt ?? (cell.type === 'percent' ? PERCENT_FORMAT : cell.type === 'date' ? DATE_FORMAT : undefined);
    const id = `${cell.style}|${cell.fill ?? ''}|${numFmt ?? ''}|${cell.unlocked ? 'u' : ''}`;
    let style = this.styles.get(id);
    if (!style) {
      style = { ...BASE[cell.style] };
      if (cell.fill) style.fill = solid(cell.fill);
      if (numFmt) style.numFmt = numFmt;
      if (cell.unlocked) style.protection = { locked: false };
      this.styles.set(id, style);
    }
    return style;
  }
}
