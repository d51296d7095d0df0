/**
 * Any spreadsheet file the user picks → plain grids (`GridSheet`) for the pure core, via SheetJS.
 * Never throws: damaged, encrypted, oversized or hostile files come back as Chinese messages.
 */
import type { CellObject, WorkSheet } from '@e965/xlsx';
import type { GridCell, GridSheet } from '../../core/report/reimport/grid';
import type { Problem } from '../../core/plan/types';
import { UNSAFE_KEYS } from '../../core/workbook/coerce';
import { inflateArchive, type ArchiveKind } from '../archive-guard';
import { REPORT_META } from '../../core/report/model';
import { decodeText } from '../decode-text';
import { LOAD_FAILED_MESSAGE, loadSheetJS } from './load-libraries';
import { OWN_XLSX_PARTS, readOwnXlsx, type NumberFormatter } from './own-xlsx-reader';

export interface GridRead {
  sheets: GridSheet[];
  problems: Problem[];
}

export const READ_LIMITS = { maxFileBytes: 30 * 1024 * 1024, maxRows: 5000, maxColumns: 200 } as const;

const EXTENSIONS = ['xlsx', 'xlsm', 'xls', 'et', 'ods', 'csv'];

type Kind = 'zip' | 'cfb' | 'text';

const SPREADSHEET: ArchiveKind = { what: '表格文件', resave: '用 Excel 或 WPS 打开后另存为 .xlsx 再导入' };

function kindOf(bytes: Uint8Array): Kind {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'zip';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'cfb';
  return 'text';
}

function fail(code: string, message: string, detail?: string): GridRead {
  return { sheets: [], problems: [{ code, message, ...(detail ? { detail } : {}) }] };
}

/** Excel serial day → ISO date (1900 system; serials before 1900-03-01 are not plan dates). */
function serialToIso(serial: number): string {
  return new Date(Math.round((serial - 25569) * 86_400_000)).toISOString().slice(0, 10);
}

function toGridCell(cell: CellObject, isDate: (format: string) => boolean): GridCell | undefined {
  const format = typeof cell.z === 'string' ? cell.z : undefined;
  switch (cell.t) {
    case 'n':
      if (format && isDate(format) && typeof cell.v === 'number')
        return { value: serialToIso(cell.v), text: cell.w ?? '' };
      return { value: cell.v as number, text: cell.w ?? String(cell.v), ...(format ? { format } : {}) };
    case 's':
      return { value: String(cell.v ?? ''), text: String(cell.v ?? '') };
    case 'b':
      return { value: Boolean(cell.v), text: cell.w ?? String(cell.v) };
    case 'd':
      return { value: cell.v instanceof Date ? cell.v.toISOString().slice(0, 10) : String(cell.v), text: cell.w ?? '' };
    default:
      // Errors (#N/A) and stubs carry no value we could import.
      return undefined;
  }
}

/**
 * SheetJS's dense rows are sparse arrays: an empty row (a blank first line, common in .ods) is a
 * hole, and `map` keeps holes, so the core would meet `undefined` where it iterates a row.
 * Array.from turns every hole into a real entry: empty rows become [], empty cells undefined.
 */
function toGridSheet(name: string, ws: WorkSheet, isDate: (format: string) => boolean): GridSheet {
  const dense = (ws as { '!data'?: unknown })['!data'];
  const source = Array.isArray(dense) ? (dense as unknown[]).slice(0, READ_LIMITS.maxRows) : [];
  const rows = Array.from(source, (row) =>
    Array.from(
      Array.isArray(row) ? (row as (CellObject | undefined)[]).slice(0, READ_LIMITS.maxColumns) : [],
      (cell) => (cell ? toGridCell(cell, isDate) : undefined),
    ),
  );
  return { name, rows };
}

/** Programs that save each format, for the remedy. */
const SAVED_BY: Record<string, string> = { ods: 'WPS 或 LibreOffice', et: 'WPS', csv: 'Excel 或 WPS' };

/** SheetJS's error → what is wrong and what to do, in the words of the file's format. */
function explain(error: unknown, extension: string): GridRead {
  const text = String(error);
  // A zip entry flagged as encrypted is damage (the archive guard says so); only OLE-encrypted
  // workbooks and .ods with encryption data really have a password.
  if (/password|encrypt/i.test(text) && !/zip encryption/i.test(text)) {
    return fail('encrypted', '文件设置了打开密码（已加密），请在 Excel 或 WPS 中取消密码后再导入', text);
  }
  const program = SAVED_BY[extension] ?? 'Excel 或 WPS';
  const format = extension ? ` .${extension} ` : '';
  return fail(
    'damaged',
    `无法读取这个${format}文件：内容已损坏（表格结构不完整）或不是表格文件。请用 ${program} 打开后另存为 .xlsx 再导入；若打不开，请向报送单位重新索取。`,
    text,
  );
}

/** Reads the bytes of a .xlsx/.xls/.et/.ods/.csv file. `fileName` picks CSV decoding and messages. */
export async function readGrid(bytes: Uint8Array, fileName: string): Promise<GridRead> {
  if (bytes.length === 0) return fail('empty', `“${fileName}”是空文件`);
  if (bytes.length > READ_LIMITS.maxFileBytes)
    return fail('too-large', `“${fileName}”超过 30 MB，不像是一份填报表，未读取`);
  const extension = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const kind = kindOf(bytes);
  if (kind === 'text' && extension !== 'csv' && EXTENSIONS.includes(extension)) {
    return fail('damaged', `“${fileName}”不是有效的表格文件（内容已损坏或扩展名不符）`);
  }
  let parts: Record<string, Uint8Array> = {};
  if (kind === 'zip') {
    const inflated = inflateArchive(bytes, SPREADSHEET, (name) => OWN_XLSX_PARTS.test(name));
    if (!inflated.ok) return fail(inflated.code, inflated.message, inflated.detail);
    parts = inflated.files;
  }
  let XLSX: Awaited<ReturnType<typeof loadSheetJS>>;
  try {
    XLSX = await loadSheetJS();
  } catch (error) {
    return fail('load-failed', LOAD_FAILED_MESSAGE, String(error));
  }
  const isDate = (format: string): boolean => XLSX.SSF.is_date(format);
  if (kind === 'zip') {
    const own = readOwnXlsx(parts, REPORT_META.sheetName, XLSX.SSF as NumberFormatter, READ_LIMITS.maxRows);
    if (own) return collectSheets(own, isDate);
  }
  try {
    const common = {
      dense: true,
      cellNF: true,
      cellFormula: false,
      cellHTML: false,
      sheetRows: READ_LIMITS.maxRows,
    } as const;
    const book =
      kind === 'text'
        ? XLSX.read(decodeText(bytes).text, { ...common, type: 'string', raw: true })
        : XLSX.read(bytes, { ...common, type: 'array' });
    return collectSheets(book, isDate);
  } catch (error) {
    return explain(error, extension);
  }
}

function collectSheets(
  book: { SheetNames: string[]; Sheets: Record<string, WorkSheet> },
  isDate: (format: string) => boolean,
): GridRead {
  const problems: Problem[] = [];
  const sheets: GridSheet[] = [];
  for (const name of book.SheetNames) {
    if (UNSAFE_KEYS.has(name.trim())) {
      problems.push({ code: 'unsafe-sheet', message: `工作表名称“${name}”不安全，已跳过该工作表` });
      continue;
    }
    if (!Object.prototype.hasOwnProperty.call(book.Sheets, name)) continue;
    const ws = book.Sheets[name];
    if (ws) sheets.push(toGridSheet(name, ws, isDate));
  }
  if (book.SheetNames.length === 0) {
    // A truncated .ods reads as a workbook without sheets: say it, rather than show nothing.
    return fail(
      'no-sheets',
      '文件中没有任何工作表，内容可能已损坏。请用 Excel 或 WPS 打开确认，另存为 .xlsx 后再导入；若打不开，请向报送单位重新索取。',
      'SheetNames is empty',
    );
  }
  return { sheets, problems };
}
