/**
 * Sheet 统计, on two pages: the counts by status and by 序时 grade, the overall figures and the
 * completion rate by section, all as of the same date as the 推进情况 table (the period's end, or
 * the 填报日期 when earlier); then the charts, each in its own area of page 2.
 */
import { overallSummary } from '../../charts/summary';
import { completionRate, sectionRates } from '../../workbook/completion';
import { periodAsOf, periodStatus } from '../../workbook/period-values';
import { LIGHT_COLORS, LIGHT_LABELS, LIGHTS, periodLight, type Light } from '../../workbook/traffic-light';
import type { Period, Workbook } from '../../workbook/types';
import { STATUSES } from '../../workbook/types';
import { emptyCell, numberCell, percentCell, textCell } from './cell-text';
import { chineseDate } from '../labels';
import type { ReportCell, ReportSheet } from '../model';
import { addHeading, infoLine } from './report-heading';
import { SheetBuilder } from './sheet-builder';
import { addChartPage, STATS_WIDTHS } from './stats-charts';

export const STATS_SHEET = '统计';

export interface ReportStats {
  /** The date every figure is as of. */
  asOf: string;
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
    asOf: periodAsOf(period, workbook.year, asOf),
    byStatus: STATUSES.map((status) => ({ status, count: statuses.filter((s) => s === status).length })),
    byLight: [...LIGHTS, null].map((light) => ({ light, count: lights.filter((l) => l === light).length })),
    sections: sectionRates(workbook, period).map(({ title, tasks: n, rate }) => ({ title, tasks: n, rate })),
    overall: completionRate(workbook.tasks, period),
    total: tasks.length,
  };
}

type Table = ReportCell[][];

function head(...titles: string[]): ReportCell[] {
  return titles.map((t) => textCell(t, 'header'));
}

function statusTable(stats: ReportStats): Table {
  const share = (n: number) => percentCell(stats.total ? n / stats.total : null);
  return [
    head('按状态统计', '任务数', '占比'),
    ...stats.byStatus.map(({ status, count }) => [textCell(status, 'label'), numberCell(count), share(count)]),
    [textCell('合计', 'total'), numberCell(stats.total, 'total'), percentCell(stats.total ? 1 : null, 'total')],
  ];
}

function lightTable(stats: ReportStats): Table {
  const share = (n: number) => percentCell(stats.total ? n / stats.total : null);
  return [
    head('按序时进度统计', '任务数', '占比'),
    ...stats.byLight.map(({ light, count }) => [
      textCell(
        light ? LIGHT_LABELS[light] : '不适用（暂缓、不涉及）',
        'label',
        light ? LIGHT_COLORS[light] : undefined,
      ),
      numberCell(count),
      share(count),
    ]),
  ];
}

function sectionTable(stats: ReportStats): Table {
  const counted = stats.sections.reduce((a, s) => a + s.tasks, 0);
  return [
    head('按板块完成率', '计入任务数', '完成率'),
    ...stats.sections.map((s) => [textCell(s.title, 'label'), numberCell(s.tasks), percentCell(s.rate)]),
    [textCell('总体', 'total'), numberCell(counted, 'total'), percentCell(stats.overall, 'total')],
  ];
}

function overallTable(workbook: Workbook, period: Period, asOf: string): Table {
  const summary = overallSummary(workbook, asOf, period);
  const met = summary.indicatorsTotal ? `${summary.indicatorsMet}/${summary.indicatorsTotal}` : '—';
  const share = (n: number, of: number) => percentCell(of ? n / of : null);
  return [
    head('总体情况', '数量', '比例'),
    [textCell('计入统计的任务', 'label'), numberCell(summary.tasksTotal), emptyCell('number')],
    [textCell('已完成的任务', 'label'), numberCell(summary.tasksDone), share(summary.tasksDone, summary.tasksTotal)],
    [
      textCell('量化指标达标（达标/全部）', 'label'),
      textCell(met, 'center'),
      share(summary.indicatorsMet, summary.indicatorsTotal),
    ],
  ];
}

/** Two tables side by side, row by row, a narrow gap between. */
function sideBySide(left: Table, right: Table): ReportCell[][] {
  const blank = () => [emptyCell('plain'), emptyCell('plain'), emptyCell('plain')];
  return Array.from({ length: Math.max(left.length, right.length) }, (_, i) => [
    ...(left[i] ?? blank()),
    emptyCell('plain'),
    ...(right[i] ?? blank()),
  ]);
}

/** `charts`: how many pictures the writer will be handed for page 2. */
export function buildStatsSheet(
  workbook: Workbook,
  period: Period,
  asOf: string,
  title: string,
  charts = 0,
): ReportSheet {
  const stats = reportStats(workbook, period, asOf);
  const b = new SheetBuilder(STATS_SHEET, [...STATS_WIDTHS]);
  addHeading(b, title, `${infoLine(workbook, period, asOf)}\u3000\u3000\u3000统计截至：${chineseDate(stats.asOf)}`);
  // 状态 next to 序时 (both seven rows), then 板块 next to the overall figures.
  for (const cells of sideBySide(statusTable(stats), lightTable(stats))) b.add(cells);
  b.spacer(12);
  for (const cells of sideBySide(sectionTable(stats), overallTable(workbook, period, asOf))) b.add(cells);
  const slots = charts > 0 ? addChartPage(b, charts, stats.asOf) : [];
  const sheet = b.build();
  if (slots.length) sheet.pictureSlots = slots;
  return sheet;
}
