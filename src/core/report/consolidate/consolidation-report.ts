/** The district's summary workbook, styled like the units' reports. */
import { columnHeader } from '../../workbook/vocabulary';
import { chineseDate } from '../labels';
import { numberCell, percentCell, textCell, typedPercentCell } from '../build/cell-text';
import { widthBudget } from '../build/column-widths';
import type { ConsolidationResult } from './consolidate';
import { eachTaskUnderBands } from './section-bands';
import { reportFileName } from '../file-name';
import type { Report, ReportCell, ReportSheet } from '../model';
import { SheetBuilder, TITLE_FONT_SIZE } from '../build/sheet-builder';

export const SUMMARY_SHEET = '汇总';
export const UNIT_RATE_SHEET = '单位完成率';
export const ISSUES_SHEET = '缺报及未汇总';

function summaryTitle(result: ConsolidationResult): string {
  return `${result.plan}${result.period ?? ''}推进情况汇总表`;
}

/** A4 holds up to six units; more go on A3. */
function summaryLayout(units: number) {
  return { paper: units > 6 ? 'A3' : 'A4', landscape: true } as const;
}

function summaryHeader(b: SheetBuilder, result: ConsolidationResult): number {
  const top = b.add(
    [
      textCell(columnHeader('key'), 'header'),
      textCell(columnHeader('title'), 'header'),
      textCell('完成单位数', 'header'),
      textCell('平均进度', 'header'),
      ...result.units.flatMap((u) => [textCell(u.unit, 'header'), textCell('', 'header')]),
    ],
    28,
  );
  b.add([
    ...[0, 1, 2, 3].map(() => textCell('', 'header')),
    ...result.units.flatMap(() => [textCell(columnHeader('status'), 'header'), textCell('进度', 'header')]),
  ]);
  for (const left of [1, 2, 3, 4]) b.merge({ top, left, bottom: top + 1, right: left });
  result.units.forEach((_, i) => b.merge({ top, left: 5 + i * 2, bottom: top, right: 6 + i * 2 }));
  return top;
}

function summaryCells(result: ConsolidationResult, t: number): ReportCell[] {
  const task = result.tasks[t];
  const summary = result.taskSummaries[t];
  const cells: ReportCell[] = [
    textCell(task?.key ?? '', 'center'),
    textCell(task?.title ?? ''),
    numberCell(summary?.done ?? null),
    percentCell(summary?.mean ?? null),
  ];
  for (const entry of result.cells[t] ?? []) {
    cells.push(entry ? textCell(entry.status ?? '', 'center') : textCell('未填', 'center'));
    cells.push(typedPercentCell(entry?.percent ?? null));
  }
  return cells;
}

function summarySheet(result: ConsolidationResult, asOf: string): ReportSheet {
  const layout = summaryLayout(result.units.length);
  // 状态 (未启动) on one line; 工作任务 on two rather than three, even if the scale drops a little
  // (89 % for five units on A4, 9.3 pt).
  const widths = [6, 0, 7, 7, ...result.units.flatMap(() => [8, 7])];
  widths[1] = Math.max(30, widthBudget(layout) - widths.reduce((a, b) => a + b, 0));
  const b = new SheetBuilder(SUMMARY_SHEET, widths, layout);
  b.band(summaryTitle(result), 'title', { fontSize: TITLE_FONT_SIZE, minimumHeight: 30 });
  const info = b.band(
    `汇总单位：${result.units.length}个\u3000\u3000未报送：${result.missingUnits.join('、') || '无'}\u3000\u3000汇总日期：${chineseDate(asOf)}`,
    'subtitle',
  );
  const top = summaryHeader(b, result);
  b.repeatRows(info, top + 1);
  eachTaskUnderBands(b, result, (task, t) => {
    b.task(task.key, summaryCells(result, t), task.title);
  });
  const sheet = b.build();
  sheet.frozenRows = top + 1;
  return sheet;
}

function unitRateSheet(result: ConsolidationResult): ReportSheet {
  const b = new SheetBuilder(UNIT_RATE_SHEET, [16, 16, 8, 10, ...result.sections.map(() => 10)]);
  b.band(`${result.plan}${result.period ?? ''}各单位完成率`, 'title', { fontSize: TITLE_FONT_SIZE, minimumHeight: 30 });
  const header = b.add(
    [
      '单位',
      '填报日期',
      '是否逾期',
      '总体完成率',
      ...result.sections.map((s) => (s.key ? `${s.key}、${s.title}` : s.title)),
    ].map((h) => textCell(h, 'header')),
    28,
  );
  b.repeatRows(header, header);
  for (const u of result.units) {
    b.add([
      textCell(u.unit, 'center'),
      textCell(chineseDate(u.asOf), 'center'),
      textCell(u.late ? '逾期' : '按时', 'center', u.late ? '#facc15' : undefined),
      percentCell(u.rate),
      ...u.sectionRates.map((r) => percentCell(r)),
    ]);
  }
  const sheet = b.build();
  sheet.frozenRows = header;
  return sheet;
}

function issuesSheet(result: ConsolidationResult): ReportSheet {
  const b = new SheetBuilder(ISSUES_SHEET, [12, 16, 40, 60]);
  b.band('缺报、逾期及未汇总文件', 'title', { fontSize: TITLE_FONT_SIZE, minimumHeight: 30 });
  const header = b.add(['类别', '单位', '文件', '说明'].map((h) => textCell(h, 'header')));
  for (const unit of result.missingUnits)
    b.add([textCell('未报送', 'center'), textCell(unit, 'center'), textCell(''), textCell('没有收到该单位的报表')]);
  for (const u of result.units.filter((x) => x.late)) {
    b.add([
      textCell('逾期报送', 'center'),
      textCell(u.unit, 'center'),
      textCell(u.fileName),
      textCell(`填报日期${chineseDate(u.asOf)}`),
    ]);
  }
  for (const r of result.rejected)
    b.add([textCell('未汇总', 'center'), textCell(r.unit, 'center'), textCell(r.fileName), textCell(r.reason)]);
  for (const p of result.problems) b.add([textCell('提示', 'center'), textCell(''), textCell(''), textCell(p.message)]);
  if (b.nextRow === header + 1)
    b.add([textCell('无', 'center'), textCell(''), textCell(''), textCell('全部单位按时报送，所有文件均已汇总')]);
  b.add([
    textCell('合计', 'total'),
    numberCell(result.units.length, 'total'),
    textCell('个单位已汇总', 'total'),
    textCell(''),
  ]);
  const sheet = b.build();
  sheet.frozenRows = header;
  return sheet;
}

/** `2021年湖里区民政工作要点-半年汇总表.xlsx`. */
export function buildConsolidationReport(result: ConsolidationResult, asOf: string): Report {
  return {
    fileName: reportFileName([result.plan || '汇总', `${result.period ?? ''}汇总表`]),
    sheets: [summarySheet(result, asOf), unitRateSheet(result), issuesSheet(result)],
  };
}
