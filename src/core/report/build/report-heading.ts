/**
 * What every report sheet prints around its table: the title, the 填报单位 / 填报日期 / 截止日期
 * line (repeated on every page), and under the table the sign-off line a 督办 report carries
 * before it is stamped: 填报人、联系电话、审核人、单位（盖章）、填报日期.
 */
import { periodEnd } from '../../workbook/period-values';
import { reportSettings } from '../../workbook/report-settings';
import type { Period, Workbook } from '../../workbook/types';
import { chineseDate, PERIOD_PHRASES, titleStem } from '../labels';
import type { SheetBuilder } from './sheet-builder';
import { TITLE_FONT_SIZE } from './sheet-builder';

const GAP = '\u3000\u3000\u3000';
/** Room to write a name in by hand, or to stamp. */
const BLANK = '\u3000'.repeat(5);

/** `{填报单位}{plan}{上半年}推进情况表`, or the title set in 台账设置 before the period. */
export function reportTitle(workbook: Workbook, period: Period, title = '', what = '推进情况表'): string {
  return `${titleStem(workbook, title)}${PERIOD_PHRASES[period]}${what}`;
}

/** 填报单位, 填报日期 and, for a period, 截止日期 (the period's end). */
export function infoLine(workbook: Workbook, period: Period | null, asOf: string): string {
  const parts = [`填报单位：${workbook.unit}`, `填报日期：${chineseDate(asOf)}`];
  if (period) parts.push(`截止日期：${chineseDate(periodEnd(period, workbook.year))}`);
  return parts.join(GAP);
}

export function signOffLine(workbook: Workbook, asOf: string): string {
  const s = reportSettings(workbook);
  const item = (label: string, value: string) => `${label}：${value || BLANK}`;
  return [
    item('填报人', s.preparer),
    item('联系电话', s.phone),
    item('审核人', s.reviewer),
    item('单位（盖章）', ''),
    item('填报日期', chineseDate(asOf)),
  ].join('\u3000\u3000');
}

/** Title and info line; returns the info line's row (the first row repeated on every page). */
export function addHeading(b: SheetBuilder, title: string, info: string): number {
  b.band(title, 'title', { fontSize: TITLE_FONT_SIZE, minimumHeight: 30 });
  return b.band(info, 'subtitle');
}

/** The sign-off line under the table, on the same page as the table's last row. */
export function addSignOff(b: SheetBuilder, workbook: Workbook, asOf: string): number {
  // Room to sign and stamp.
  return b.band(signOffLine(workbook, asOf), 'subtitle', { keepWithPrevious: true, minimumHeight: 40 });
}
