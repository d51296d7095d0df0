/** Sheet 统计: counts by status and by traffic light, completion rates by section and overall. */
import { completionRate, sectionRates } from '../../workbook/completion';
import { periodStatus } from '../../workbook/period-values';
import { LIGHT_COLORS, LIGHT_LABELS, LIGHTS, periodLight, type Light } from '../../workbook/traffic-light';
import type { Period, Workbook } from '../../workbook/types';
import { STATUSES } from '../../workbook/types';
import { numberCell, percentCell, textCell } from './cell-text';
import type { ReportSheet } from '../model';
import { SheetBuilder } from './sheet-builder';

export const STATS_SHEET = '统计';

export interface ReportStats {
  byStatus: { status: string; count: number }[];
  byLight: { light: Light | null; count: number }[];
  sections: { title: string; tasks: number; rate: number | null }[];
  overall: number | null;
  total: number;
}

export function reportStats(workbook: Workbook, period: Period, asOf: string): ReportStats {
  const tasks = workbook.tasks.filter((t) => !t.archived);
  const lights = tasks.map((t) => periodLight(t, period, asOf, workbook.year));
  const statuses = tasks.map((t) => periodStatus(t, period));
  return {
    byStatus: STATUSES.map((status) => ({ status, count: statuses.filter((s) => s === status).length })),
    byLight: [...LIGHTS, null].map((light) => ({ light, count: lights.filter((l) => l === light).length })),
    sections: sectionRates(workbook, period).map(({ title, tasks: n, rate }) => ({ title, tasks: n, rate })),
    overall: completionRate(workbook.tasks, period),
    total: tasks.length,
  };
}

export function buildStatsSheet(workbook: Workbook, period: Period, asOf: string, title: string): ReportSheet {
  const stats = reportStats(workbook, period, asOf);
  const b = new SheetBuilder(STATS_SHEET, [34, 14, 14]);
  b.band(title, 'title', 16);
  b.add([textCell('按状态统计', 'header'), textCell('任务数', 'header'), textCell('占比', 'header')]);
  for (const { status, count } of stats.byStatus) {
    b.add([textCell(status), numberCell(count), percentCell(stats.total ? count / stats.total : null)]);
  }
  b.add([textCell('合计', 'total'), numberCell(stats.total, 'total'), percentCell(stats.total ? 1 : null)]);
  b.add([textCell('按序时进度统计', 'header'), textCell('任务数', 'header'), textCell('占比', 'header')]);
  for (const { light, count } of stats.byLight) {
    const label = light ? `${light}灯（${LIGHT_LABELS[light]}）` : '不适用（暂缓、不涉及）';
    b.add([
      textCell(label, 'text', light ? LIGHT_COLORS[light] : undefined),
      numberCell(count),
      percentCell(stats.total ? count / stats.total : null),
    ]);
  }
  b.add([textCell('按板块完成率', 'header'), textCell('计入任务数', 'header'), textCell('完成率', 'header')]);
  for (const s of stats.sections) b.add([textCell(s.title), numberCell(s.tasks), percentCell(s.rate)]);
  const counted = stats.sections.reduce((a, s) => a + s.tasks, 0);
  b.add([textCell('总体', 'total'), numberCell(counted, 'total'), percentCell(stats.overall)]);
  return b.build();
}
