/**
 * A fast path for the files plan-ledger wrote itself (reports, 填报表), as they come back from the
 * units — as written or saved again by Excel, WPS or LibreOffice. 汇总 reads hundreds of them, and
 * SheetJS spends most of a file's 20–40 ms parsing parts we never use. This reader takes the XML
 * parts the archive guard has already inflated and builds the same cells SheetJS would (type,
 * value, formatted text, number format: `own-xlsx-reader.test.ts` compares the two on every kind of
 * file we have), using SheetJS's own number formatter.
 *
 * It only reads what it fully understands: a file without our hidden 台账信息 sheet, or with
 * anything unusual (1904 dates, ISO date cells, cells without addresses, prefixed XML, chart
 * sheets, phonetic runs), gives `null`, and the caller reads it with SheetJS as before.
 */
import type { CellObject, WorkSheet } from '@e965/xlsx';
import { attributes, elementInner, unescapeXml } from './xlsx-xml';

/** The parts of SheetJS's number formatter (`XLSX.SSF`) the reader uses. */
export interface NumberFormatter {
  get_table(): Record<number, string | undefined>;
  load(code: string, id: number): void;
  format(format: number | string, value: unknown): string;
}

export interface OwnBook {
  SheetNames: string[];
  Sheets: Record<string, WorkSheet>;
}

/** The entries the reader may need (the guard keeps only these). */
export const OWN_XLSX_PARTS =
  /^xl\/(?:workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|styles\.xml|worksheets\/[^/]+\.xml)$/;

/** Thrown inside to give up on the file; never escapes `readOwnXlsx`. */
class NotOurs extends Error {}

const decoder = new TextDecoder('utf-8', { fatal: true });

function part(files: Record<string, Uint8Array>, name: string): string | null {
  const bytes = Object.prototype.hasOwnProperty.call(files, name) ? files[name] : undefined;
  if (!bytes) return null;
  // UTF-16 parts exist in the standard but not from the programs our users have.
  if (bytes[0] === 0xff || bytes[0] === 0xfe) throw new NotOurs('utf-16 part');
  return decoder.decode(bytes);
}

function required(files: Record<string, Uint8Array>, name: string): string {
  const text = part(files, name);
  if (text === null) throw new NotOurs(`missing ${name}`);
  return text;
}

interface Relations {
  byId: Map<string, string>;
  byType: Map<string, string>;
}

/** `worksheets/sheet1.xml` or `/xl/worksheets/sheet1.xml` → `xl/worksheets/sheet1.xml`. */
function resolve(target: string): string {
  if (target.includes('..') || target.includes('\\')) throw new NotOurs(`target ${target}`);
  return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
}

function relations(xml: string): Relations {
  const byId = new Map<string, string>();
  const byType = new Map<string, string>();
  for (const match of xml.matchAll(/<Relationship\b([^>]*?)\/?>/g)) {
    const a = attributes(match[1]!);
    const target = a.get('Target');
    if (!target || a.get('TargetMode') === 'External') continue;
    byId.set(a.get('Id') ?? '', resolve(target));
    byType.set((a.get('Type') ?? '').replace(/^.*\//, ''), resolve(target));
  }
  return { byId, byType };
}

/** A shared string item as SheetJS reads it: plain `<t>`, or the runs' `<t>`s without phonetics. */
function stringItem(inner: string): string {
  const item = inner.trim();
  if (/^<t[\s>/]/.test(item)) {
    if (item.startsWith('<t/>')) return '';
    const end = item.indexOf('</t>');
    return unescapeXml(item.slice(item.indexOf('>') + 1, end < 0 ? undefined : end)).replace(/\r\n/g, '\n');
  }
  if (/<r[\s>]/.test(item)) {
    if (item.includes('<rPh')) throw new NotOurs('phonetic run');
    const texts = [...item.matchAll(/<t\b[^>]*>([^<]*)<\/t>/g)].map((m) => m[1]);
    return unescapeXml(texts.join('')).replace(/\r\n/g, '\n');
  }
  return '';
}

function sharedStrings(xml: string | null): string[] {
  if (xml === null) return [];
  if (/<si\s*\/>|<si\s+[^>]/.test(xml) || /<\w+:si\b/.test(xml)) throw new NotOurs('unusual shared strings');
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => stringItem(m[1]!));
}

/** Each cell style's number format id; custom formats loaded into the formatter as SheetJS does. */
function cellFormats(xml: string | null, formatter: NumberFormatter): number[] {
  if (xml === null) return [];
  const custom = elementInner(xml, 'numFmts') ?? '';
  for (const match of custom.matchAll(/<numFmt\b([^>]*?)\/?>/g)) {
    const a = attributes(match[1]!);
    const id = Number(a.get('numFmtId'));
    // SheetJS renumbers ids above 392; such files go to SheetJS.
    if (!Number.isInteger(id) || id > 392) throw new NotOurs(`numFmt ${id}`);
    if (id > 0) formatter.load(a.get('formatCode') ?? '', id);
  }
  const xfs = elementInner(xml, 'cellXfs') ?? '';
  return [...xfs.matchAll(/<xf\b([^>]*?)\/?>/g)].map((m) => {
    const id = Number(attributes(m[1]!).get('numFmtId') ?? 0);
    if (!Number.isInteger(id) || id > 392) throw new NotOurs(`xf numFmtId ${id}`);
    return id;
  });
}

interface SheetContext {
  strings: readonly string[];
  formats: readonly number[];
  formatter: NumberFormatter;
  maxRows: number;
}

function columnIndex(letters: string): number {
  let index = 0;
  for (const ch of letters) index = index * 26 + ch.charCodeAt(0) - 64;
  return index - 1;
}

const CELL_TYPE = /\bt="([^"]*)"/;
const CELL_STYLE = /\bs="(\d+)"/;
const CELL_ADDRESS = /\br="([A-Z]{1,3})(\d+)"/;
const ROW_NUMBER = /\br="(\d+)"/;
const CELL_VALUE = /<v>([^<]*)<\/v>/;

/** The first `<v>` of a cell's inside, unescaped; undefined when absent or empty. */
function cellValue(inner: string): string | undefined {
  const match = CELL_VALUE.exec(inner);
  return match && match[1] !== '' ? unescapeXml(match[1]!) : undefined;
}

/** One `<c>` → SheetJS's cell, or null when SheetJS would skip it (no value). */
function cell(tag: string, inner: string, context: SheetContext): CellObject | null {
  // Cells are most of a sheet: read the two attributes directly, not through `attributes`.
  const type = CELL_TYPE.exec(tag)?.[1] ?? 'n';
  const raw = cellValue(inner);
  let result: CellObject;
  switch (type) {
    case 'n':
      if (raw === undefined) return null;
      result = { t: 'n', v: parseFloat(raw) };
      break;
    case 's': {
      if (raw === undefined) return null;
      const text = context.strings[parseInt(raw, 10)];
      if (text === undefined) throw new NotOurs(`shared string ${raw}`);
      result = { t: 's', v: text };
      break;
    }
    case 'str':
      result = { t: 's', v: raw === undefined ? '' : raw.replace(/\r\n/g, '\n') };
      break;
    case 'inlineStr': {
      const item = elementInner(inner, 'is');
      result = { t: 's', v: item === null ? '' : stringItem(item) };
      break;
    }
    case 'b':
      if (raw === undefined) return null;
      result = { t: 'b', v: raw === '1' || raw === 'true' };
      break;
    case 'e':
      // Errors carry nothing we import; the slot is kept as SheetJS keeps it.
      return { t: 'e', v: 0 };
    default:
      throw new NotOurs(`cell type ${type}`);
  }
  const style = CELL_STYLE.exec(tag)?.[1];
  const id = style === undefined ? 0 : (context.formats[Number(style)] ?? 0);
  const format = context.formatter.get_table()[id];
  if (format === undefined) throw new NotOurs(`number format ${id}`);
  result.z = format;
  if (result.t !== 's') {
    try {
      result.w =
        id === 0 && typeof result.v === 'number' && (result.v | 0) === result.v
          ? result.v.toString(10)
          : context.formatter.format(id, result.v);
    } catch {
      // As SheetJS: a format it cannot apply leaves the cell without its text.
    }
  }
  return result;
}

function sheet(xml: string, context: SheetContext): WorkSheet {
  const data = elementInner(xml, 'sheetData');
  if (data === null) throw new NotOurs('no sheetData');
  const rows: CellObject[][] = [];
  for (const row of data.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const number = Number(ROW_NUMBER.exec(row[1]!)?.[1]);
    if (!Number.isInteger(number) || number < 1) throw new NotOurs('row without r');
    if (number > context.maxRows) continue;
    for (const c of (row[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const address = CELL_ADDRESS.exec(c[1]!);
      if (!address) throw new NotOurs('cell without r');
      const value = cell(c[1]!, c[2] ?? '', context);
      if (!value) continue;
      const r = Number(address[2]) - 1;
      (rows[r] ??= [])[columnIndex(address[1]!)] = value;
    }
  }
  return { '!data': rows } as unknown as WorkSheet;
}

function book(
  files: Record<string, Uint8Array>,
  metaSheet: string,
  formatter: NumberFormatter,
  maxRows: number,
): OwnBook {
  const workbook = required(files, 'xl/workbook.xml');
  if (/<\w+:sheet\b/.test(workbook)) throw new NotOurs('prefixed workbook');
  if (/\bdate1904="(?:1|true)"/.test(workbook)) throw new NotOurs('1904 dates');
  const listed = [...(elementInner(workbook, 'sheets') ?? '').matchAll(/<sheet\b([^>]*?)\/?>/g)].map((m) =>
    attributes(m[1]!),
  );
  const names = listed.map((a) => a.get('name') ?? '');
  if (!names.includes(metaSheet)) throw new NotOurs('not our file');
  const rels = relations(required(files, 'xl/_rels/workbook.xml.rels'));
  const strings = sharedStrings(part(files, rels.byType.get('sharedStrings') ?? 'xl/sharedStrings.xml'));
  const formats = cellFormats(part(files, rels.byType.get('styles') ?? 'xl/styles.xml'), formatter);
  const context: SheetContext = { strings, formats, formatter, maxRows };
  // Sheet names are the file's text: no prototype to write through.
  const sheets = Object.create(null) as Record<string, WorkSheet>;
  listed.forEach((a, i) => {
    const target = rels.byId.get(a.get('r:id') ?? '');
    if (!target?.startsWith('xl/worksheets/')) throw new NotOurs(`sheet ${i} is not a worksheet`);
    sheets[names[i]!] = sheet(required(files, target), context);
  });
  return { SheetNames: names, Sheets: sheets };
}

/**
 * Our own workbook → the dense book SheetJS would have read (`dense: true, cellNF: true`, rows up
 * to `maxRows`), or null when the file is not ours or uses something this reader does not handle.
 */
export function readOwnXlsx(
  files: Record<string, Uint8Array>,
  metaSheet: string,
  formatter: NumberFormatter,
  maxRows: number,
): OwnBook | null {
  try {
    return book(files, metaSheet, formatter, maxRows);
  } catch {
    // NotOurs, or bytes that are not UTF-8: SheetJS reads it, and explains what is wrong.
    return null;
  }
}
