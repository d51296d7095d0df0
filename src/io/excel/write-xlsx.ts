/** Writes a report (plain data from `src/core/report`) to .xlsx bytes with ExcelJS. */
import type { CellValue as XlsxValue, DataValidation, Workbook as XlsxWorkbook, Worksheet } from 'exceljs';
import type { Report, ReportCell, ReportSheet } from '../../core/report/model';
import { loadExcelJS } from './load-libraries';
import { MARGINS, PAPER_CODES } from '../../core/report/build/page-setup';
import { addImagesInSlots, type ReportImage } from './sheet-images';
import { StyleCache } from './xlsx-styles';

/** Present at runtime since ExcelJS 4 but missing from its typings; adds one range, not per-cell rules. */
interface RangeValidations {
  add(range: string, validation: DataValidation): void;
}

function cellValue(cell: ReportCell): XlsxValue {
  if (cell.value === null) return null;
  if (cell.type === 'date' && typeof cell.value === 'string') {
    const [y, m, d] = cell.value.split('-').map(Number);
    return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  }
  // Strings are written as strings (shared strings), never as formulas, whatever they start with.
  return cell.value;
}

/**
 * A fixed scale, not fit-to-width: Excel ignores manual page breaks under fit-to-width, and the
 * breaks were computed for this scale. Page numbers start at 1 on every sheet.
 */
function pageSetup(sheet: ReportSheet): Worksheet['pageSetup'] {
  const setup: Partial<Worksheet['pageSetup']> = {
    paperSize: PAPER_CODES[sheet.paper] as Worksheet['pageSetup']['paperSize'],
    orientation: sheet.landscape ? 'landscape' : 'portrait',
    fitToPage: false,
    scale: sheet.scale,
    firstPageNumber: 1,
    horizontalCentered: true,
    margins: { ...MARGINS },
  };
  if (sheet.printTitleRows) setup.printTitlesRow = `${sheet.printTitleRows[0]}:${sheet.printTitleRows[1]}`;
  return setup as Worksheet['pageSetup'];
}

function writeSheet(workbook: XlsxWorkbook, sheet: ReportSheet, styles: StyleCache): Worksheet {
  const ws = workbook.addWorksheet(sheet.name, {
    state: sheet.hidden ? 'hidden' : 'visible',
    views: sheet.frozenRows > 0 ? [{ state: 'frozen', ySplit: sheet.frozenRows, xSplit: 0 }] : [],
    pageSetup: pageSetup(sheet),
    // Sheet name and page number, counted per sheet: LibreOffice's &N would count the whole file.
    headerFooter: { oddFooter: '&C&A\u3000第 &P 页', differentFirst: false, differentOddEven: false },
  });
  ws.columns = sheet.columnWidths.map((width) => ({ width }));
  sheet.rows.forEach((row, r) => {
    const xlsxRow = ws.getRow(r + 1);
    if (row.height !== undefined) xlsxRow.height = row.height;
    row.cells.forEach((cell, c) => {
      const target = xlsxRow.getCell(c + 1);
      target.value = cellValue(cell);
      target.style = styles.for(cell);
    });
  });
  for (const m of sheet.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  for (const row of sheet.pageBreaks) ws.getRow(row).addPageBreak();
  const validations = (ws as unknown as { dataValidations: RangeValidations }).dataValidations;
  for (const v of sheet.numberValidations ?? []) {
    validations.add(v.range, {
      type: 'decimal',
      operator: 'between',
      allowBlank: true,
      formulae: [v.min, v.max],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: '请填写数字',
      error: `请填写 ${v.min}–${v.max} 之间的数字（不带 % 号）`,
    });
  }
  for (const v of sheet.validations) {
    validations.add(v.range, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${v.values.join(',')}"`],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: '请从列表中选择',
      error: `只能填写：${v.values.join('、')}`,
    });
  }
  return ws;
}

/** Pictures for one sheet, placed below its table. */
export interface SheetImages {
  sheet: string;
  images: readonly ReportImage[];
}

/** What a protected 填报表 still lets the unit do: select, resize rows and columns to fit what they write. */
const PROTECTION = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
} as const;

export async function writeReportXlsx(report: Report, pictures?: SheetImages): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJS();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '要点台账';
  const styles = new StyleCache();
  for (const sheet of report.sheets) {
    const ws = writeSheet(workbook, sheet, styles);
    if (pictures?.sheet === sheet.name) addImagesInSlots(workbook, ws, pictures.images, sheet.pictureSlots ?? []);
    // No password: protection guards against slips, not people; '' writes no hash.
    if (sheet.protect) await ws.protect('', PROTECTION);
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
