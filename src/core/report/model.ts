/**
 * A report as plain data: sheets of rows of cells with style hints, merges and print setup.
 * Built by the pure core, written to .xlsx by `src/io/excel`; nothing here knows ExcelJS.
 */
import type { Paper } from './build/page-setup';

/** Style hints; the writer owns fonts, borders and alignment for each. */
/** `text`: long text, from the top; `label`: a short row label, vertically centred. */
export type CellStyle =
  | 'title'
  | 'subtitle'
  | 'header'
  | 'band'
  | 'text'
  | 'label'
  | 'center'
  | 'number'
  | 'percent'
  | 'date'
  | 'total'
  | 'plain';

/**
 * `text` is always written as a string, never as a formula, whatever it starts with;
 * `percent` values are ratios (0.5 = 50%); `date` values are ISO `YYYY-MM-DD`.
 */
export type CellType = 'text' | 'number' | 'percent' | 'date' | 'empty';

export interface ReportCell {
  value: string | number | null;
  type: CellType;
  style: CellStyle;
  /** Background colour `#rrggbb`, e.g. a traffic light. */
  fill?: string;
  /** Number format when the style's default does not fit, e.g. `0.0%` for 0.5 %. */
  numFmt?: string;
  /** Left editable when the sheet is protected (a 填报表's progress columns). */
  unlocked?: boolean;
}

/** 1-based, inclusive. */
export interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface ReportRow {
  cells: ReportCell[];
  /** Points; set for every wrapped row because LibreOffice and WPS do not grow rows themselves. */
  height?: number;
}

/** Room on the sheet for one picture (a chart of 统计), 0-based cell anchor, size in points. */
export interface PictureSlot {
  row: number;
  column: number;
  width: number;
  height: number;
}

/** A dropdown list on a rectangular range, e.g. `H5:H40` (one range, never per cell). */
export interface ListValidation {
  range: string;
  values: readonly string[];
}

/** Whole numbers or decimals between `min` and `max` on a rectangular range (完成进度 0–100). */
export interface NumberValidation {
  range: string;
  min: number;
  max: number;
}

export interface ReportSheet {
  name: string;
  hidden?: boolean;
  /** Excel width units (one Latin digit; a CJK character is about two). */
  columnWidths: number[];
  rows: ReportRow[];
  merges: Merge[];
  /** Rows kept in view when scrolling (title, info line and header). */
  frozenRows: number;
  /** 1-based inclusive rows repeated at the top of every printed page. */
  printTitleRows?: [number, number];
  landscape: boolean;
  paper: Paper;
  /** Print scale in percent (fixed, so the page breaks below hold in every program). */
  scale: number;
  /** Rows (1-based) after which a printed page ends. */
  pageBreaks: number[];
  /** Where the pictures handed to the writer go, in order. */
  pictureSlots?: PictureSlot[];
  validations: ListValidation[];
  numberValidations?: NumberValidation[];
  /**
   * Sheet protection without a password: cells are locked unless marked `unlocked`, so a 填报表's
   * task columns are not retyped by accident, while anyone who must can still lift it.
   */
  protect?: boolean;
}

export interface Report {
  fileName: string;
  sheets: ReportSheet[];
}

/**
 * What the hidden sheet records so a filled-in file can come back. Version 1: who, plan label,
 * period, task rows. Version 2 adds plan id and revision, sections, groups, each task's title and
 * indicators, and the continuation rows (meta-sheet.ts); version-1 files are still read.
 */
export const REPORT_META = {
  type: 'plan-ledger-report',
  version: 2,
  sheetName: '台账信息',
} as const;

export type ReportKind = 'period' | 'ledger';
