/**
 * A filled-in report, whatever program saved it, read into task rows: which sheet, which row,
 * which task key, and which cell holds which column. Used by re-import and consolidation alike.
 */
import type { Problem } from '../../plan/types';
import type { Period } from '../../workbook/types';
import type { GridCell, GridSheet } from './grid';
import { cellAddress, cellText } from './grid';
import { matchHeader, type ColumnRole } from './header-match';
import { periodIn } from '../labels';
import { readMeta } from '../meta-read';
import type { ReportMeta } from '../meta-sheet';
import { REPORT_META } from '../model';
import { appendContinuation, continuedKey, joinsBySheetRow } from './continued-rows';

export interface ParsedCell {
  role: ColumnRole;
  /** 0-based column. */
  column: number;
  cell: GridCell | undefined;
}

export interface ParsedRow {
  sheet: string;
  /** 0-based row. */
  row: number;
  /** '' when the row has data but no key could be found. */
  key: string;
  keySource: 'column' | 'meta' | 'none';
  title: string;
  /** 1-based indicator number on an indicator sheet; null on a task sheet. */
  indicator: number | null;
  cells: ParsedCell[];
}

/** A header the reader does not know (e.g. 联系电话): listed, never silently dropped. */
export interface UnknownColumn {
  sheet: string;
  /** `L3`. */
  cell: string;
  header: string;
}

export interface ParsedReport {
  meta: ReportMeta | null;
  period: Period | null;
  /** The first rows' text, e.g. the title, for messages and plan detection. */
  title: string;
  rows: ParsedRow[];
  unknownColumns: UnknownColumn[];
  problems: Problem[];
}

const HEADER_SCAN_ROWS = 20;

interface Header {
  row: number;
  roles: Map<number, ColumnRole>;
  unknown: UnknownColumn[];
}

const UNSAFE_NAMES = new Set(['__proto__', 'constructor', 'prototype']);

/** Such headers are ignored like any unknown column, but said out loud. */
function reportUnsafeHeaders(sheet: GridSheet, row: number, problems: Problem[]): void {
  (sheet.rows[row] ?? []).forEach((cell, c) => {
    if (UNSAFE_NAMES.has(cellText(cell))) {
      problems.push({
        code: 'unsafe-header',
        message: `“${sheet.name}”表${cellAddress(row, c)}的列名“${cellText(cell)}”无效，已忽略该列`,
      });
    }
  });
}

/** The first row that names a key column and at least two other known columns. */
function findHeader(sheet: GridSheet, problems: Problem[]): Header | null {
  for (let r = 0; r < Math.min(sheet.rows.length, HEADER_SCAN_ROWS); r++) {
    const roles = new Map<number, ColumnRole>();
    const seen = new Set<string>();
    const unknown: UnknownColumn[] = [];
    (sheet.rows[r] ?? []).forEach((cell, c) => {
      const text = cellText(cell);
      const role = matchHeader(text);
      if (!role) {
        if (text && !UNSAFE_NAMES.has(text)) unknown.push({ sheet: sheet.name, cell: cellAddress(r, c), header: text });
        return;
      }
      // Columns that are never imported (序时, 目标值…) may repeat freely.
      if (role.kind === 'computed') return;
      const id = JSON.stringify(role);
      if (seen.has(id)) {
        problems.push({
          code: 'duplicate-column',
          message: `“${sheet.name}”表第${r + 1}行的“${cellText(cell)}”列（${cellAddress(r, c)}）与前面的列重复，已忽略该列`,
        });
        return;
      }
      seen.add(id);
      roles.set(c, role);
    });
    const kinds = [...roles.values()].map((x) => x.kind);
    if (kinds.includes('key') && roles.size >= 3) {
      reportUnsafeHeaders(sheet, r, problems);
      return { row: r, roles, unknown };
    }
  }
  return null;
}

/** Keys typed as numbers (1) or with full-width brackets (二（三）) read like the plan's own. */
export function normalizeKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[.、]$/, '');
}

function isBand(key: string, cells: ParsedCell[]): boolean {
  return (
    /^[一二三四五六七八九十百]+、|^[(（][一二三四五六七八九十]+[)）]/.test(key) && cells.every((c) => !cellText(c.cell))
  );
}

function parseSheet(sheet: GridSheet, header: Header, meta: ReportMeta | null, useMetaRows: boolean): ParsedRow[] {
  const rows: ParsedRow[] = [];
  const joins = joinsBySheetRow(meta?.continuations ?? []);
  const metaRows = new Map((useMetaRows ? (meta?.rows ?? []) : []).map((m) => [m.row - 1, m.key]));
  const columnOf = (kind: ColumnRole['kind']) => [...header.roles].find(([, role]) => role.kind === kind)?.[0];
  const keyCol = columnOf('key');
  const titleCol = columnOf('title');
  const indexCol = columnOf('indicatorIndex');
  let lastKey = '';
  for (let r = header.row + 1; r < sheet.rows.length; r++) {
    const line = sheet.rows[r] ?? [];
    const cells: ParsedCell[] = [];
    for (const [column, role] of header.roles) {
      if (role.kind === 'task' || role.kind === 'period' || role.kind === 'actual')
        cells.push({ role, column, cell: line[column] });
    }
    let key = normalizeKey(keyCol === undefined ? '' : cellText(line[keyCol]));
    let keySource: ParsedRow['keySource'] = key ? 'column' : 'none';
    // Merged 序号 cells on the indicator sheet leave the rows below empty: fill down.
    if (!key && indexCol !== undefined && lastKey) [key, keySource] = [lastKey, 'column'];
    if (!key && metaRows.has(r)) [key, keySource] = [metaRows.get(r) ?? '', 'meta'];
    const base = continuedKey(key);
    const above = base === null ? undefined : rows.findLast((x) => x.key === base && x.indicator === null);
    if (above) {
      appendContinuation(above, cells, joins.get(`${sheet.name}\u0000${r + 1}`));
      continue;
    }
    // The sign-off line under the table (填报人：…); no task key has a colon.
    if (key.includes(':')) continue;
    const title = titleCol === undefined ? '' : cellText(line[titleCol]);
    const hasData = cells.some((c) => cellText(c.cell) !== '');
    if (isBand(key, cells) || (!key && !hasData)) continue;
    lastKey = key || lastKey;
    const index = indexCol === undefined ? null : Number(cellText(line[indexCol]));
    rows.push({
      sheet: sheet.name,
      row: r,
      key,
      keySource,
      title,
      indicator: index !== null && Number.isInteger(index) && index > 0 ? index : null,
      cells,
    });
  }
  return rows;
}

function firstTexts(sheet: GridSheet | undefined): string {
  const texts: string[] = [];
  for (const row of sheet?.rows.slice(0, 3) ?? [])
    for (const cell of row) if (cellText(cell)) texts.push(cellText(cell));
  return texts.join(' ');
}

/** Never throws: sheets without a recognisable header are skipped and reported. */
export function readReportGrid(sheets: readonly GridSheet[], fileName: string): ParsedReport {
  const problems: Problem[] = [];
  const meta = readMeta(sheets.find((s) => s.name === REPORT_META.sheetName));
  const visible = sheets.filter((s) => s.name !== REPORT_META.sheetName);
  const title = firstTexts(visible[0]);
  const period = meta ? meta.period : (periodIn(title) ?? periodIn(fileName));
  const rows: ParsedRow[] = [];
  const unknownColumns: UnknownColumn[] = [];
  let first = true;
  for (const sheet of visible) {
    const header = findHeader(sheet, problems);
    if (!header) continue;
    unknownColumns.push(...header.unknown);
    rows.push(...parseSheet(sheet, header, meta, first));
    first = false;
  }
  if (first) {
    problems.push({
      code: 'no-table',
      message: '文件中没有找到任务表格：需要一行表头，包含“序号”以及“进展情况”“状态”等列',
      detail: visible.map((s) => s.name).join(', '),
    });
  }
  return { meta, period, title, rows, unknownColumns, problems };
}
