/**
 * 汇编 as a sheet: task by task, one row per unit that listed the task, with its 状态/进度 and
 * its 进展情况, 存在问题 and 下步打算 as written. The district's working document, printable on A4.
 */
import { columnHeader } from '../../workbook/vocabulary';
import { textCell } from '../build/cell-text';
import { widthBudget } from '../build/column-widths';
import { addHeading } from '../build/report-heading';
import { SheetBuilder } from '../build/sheet-builder';
import { reportFileName } from '../file-name';
import { chineseDate } from '../labels';
import type { Report, ReportSheet } from '../model';
import { compilationTitle, entryState } from '../word/compilation-document';
import type { ConsolidationResult } from './consolidate';
import { eachTaskUnderBands } from './section-bands';

export const COMPILATION_SHEET = '汇编';

function compilationSheet(result: ConsolidationResult, today: string): ReportSheet {
  const layout = { paper: 'A4', landscape: true } as const;
  const widths = [6, 22, 12, 10, 0, 24, 24];
  widths[4] = Math.max(30, widthBudget(layout) - widths.reduce((a, b) => a + b, 0));
  const b = new SheetBuilder(COMPILATION_SHEET, widths, layout);
  const units = result.units.map((u) => u.unit);
  const info = addHeading(
    b,
    compilationTitle(result),
    `汇编单位：${units.length}个（${units.join('、') || '无'}）\u3000\u3000汇编日期：${chineseDate(today)}`,
  );
  const headers = ['key', 'title'].map((c) => columnHeader(c as 'key' | 'title'));
  const header = b.add(
    [
      ...headers,
      '填报单位',
      '状态/进度',
      columnHeader('progress'),
      columnHeader('problems'),
      columnHeader('nextSteps'),
    ].map((h) => textCell(h, 'header')),
    28,
  );
  b.repeatRows(info, header);
  eachTaskUnderBands(b, result, (task, t) => {
    const listed = (result.cells[t] ?? []).flatMap((entry, u) => (entry ? [{ unit: units[u] ?? '', entry }] : []));
    if (listed.length === 0) {
      b.task(
        task.key,
        [
          textCell(task.key, 'center'),
          textCell(task.title),
          textCell('—', 'center'),
          textCell(''),
          textCell('没有单位报送本项任务'),
          textCell(''),
          textCell(''),
        ],
        task.title,
      );
      return;
    }
    listed.forEach(({ unit, entry }, i) => {
      const written = entry.progress || entry.problems || entry.nextSteps;
      b.task(
        task.key,
        [
          textCell(i === 0 ? task.key : '', 'center'),
          textCell(i === 0 ? task.title : ''),
          textCell(unit, 'center'),
          textCell(entryState(entry), 'center'),
          textCell(entry.progress ?? (written ? '' : '未填报')),
          textCell(entry.problems ?? ''),
          textCell(entry.nextSteps ?? ''),
        ],
        task.title,
      );
    });
  });
  const sheet = b.build();
  sheet.frozenRows = header;
  return sheet;
}

/** `2021年湖里区民政工作要点-半年汇编.xlsx`. */
export function buildCompilationReport(result: ConsolidationResult, today: string): Report {
  return {
    fileName: reportFileName([result.plan || '汇编', `${result.period ?? ''}汇编`]),
    sheets: [compilationSheet(result, today)],
  };
}
