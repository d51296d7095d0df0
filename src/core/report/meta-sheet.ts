/** The hidden sheet that lets a filled-in report come back: who, which plan, which period, which rows. */
import type { Period, Workbook } from '../workbook/types';
import { numberCell, textCell } from './build/cell-text';
import type { GridSheet } from './reimport/grid';
import { cellText } from './reimport/grid';
import { isPeriod, planLabel } from './labels';
import { REPORT_META, type ReportKind, type ReportSheet } from './model';
import { SheetBuilder } from './build/sheet-builder';

export interface ReportMeta {
  type: typeof REPORT_META.type;
  version: number;
  kind: ReportKind;
  workbookId: string;
  unit: string;
  /** `2021年湖里区民政工作要点`: identifies the plan across units' workbooks. */
  plan: string;
  year: number;
  /** Null for the full ledger. */
  period: Period | null;
  /** 填报日期, ISO. */
  asOf: string;
  /** Task key → 1-based row on the main sheet, in plan order. */
  rows: { key: string; row: number }[];
}

export function buildMetaSheet(
  workbook: Workbook,
  kind: ReportKind,
  period: Period | null,
  asOf: string,
  taskRows: Map<string, number>,
): ReportSheet {
  const b = new SheetBuilder(REPORT_META.sheetName, [14, 40], { hidden: true });
  const pairs: [string, string | number][] = [
    ['type', REPORT_META.type],
    ['version', REPORT_META.version],
    ['kind', kind],
    ['workbookId', workbook.id],
    ['unit', workbook.unit],
    ['plan', planLabel(workbook)],
    ['year', workbook.year],
    ['period', period ?? ''],
    ['asOf', asOf],
  ];
  for (const [k, v] of pairs)
    b.add([textCell(k, 'plain'), typeof v === 'number' ? numberCell(v, 'plain') : textCell(v, 'plain')]);
  b.add([textCell('taskKey', 'plain'), textCell('row', 'plain')]);
  for (const [key, row] of taskRows) b.add([textCell(key, 'plain'), numberCell(row, 'plain')]);
  return b.build();
}

/** Reads the hidden sheet back; null when it is missing or not ours (never throws). */
export function readMeta(sheet: GridSheet | undefined): ReportMeta | null {
  if (!sheet) return null;
  const values = new Map<string, string>();
  let r = 0;
  for (; r < Math.min(sheet.rows.length, 50); r++) {
    const k = cellText(sheet.rows[r]?.[0]);
    if (k === 'taskKey') break;
    values.set(k, cellText(sheet.rows[r]?.[1]));
  }
  if (values.get('type') !== REPORT_META.type) return null;
  const version = Number(values.get('version'));
  const year = Number(values.get('year'));
  const kind = values.get('kind');
  const period = values.get('period') ?? '';
  if (!Number.isInteger(version) || !Number.isInteger(year) || (kind !== 'period' && kind !== 'ledger')) return null;
  const rows: ReportMeta['rows'] = [];
  for (r += 1; r < sheet.rows.length; r++) {
    const key = cellText(sheet.rows[r]?.[0]);
    const row = Number(cellText(sheet.rows[r]?.[1]));
    if (key && Number.isInteger(row) && row > 0) rows.push({ key, row });
  }
  return {
    type: REPORT_META.type,
    version,
    kind,
    workbookId: values.get('workbookId') ?? '',
    unit: values.get('unit') ?? '',
    plan: values.get('plan') ?? '',
    year,
    period: isPeriod(period) ? period : null,
    asOf: values.get('asOf') ?? '',
    rows,
  };
}
