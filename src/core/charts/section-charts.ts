/** Completion by section, and the same compared between two reporting periods. */
import { completionRate, countedTasks, sectionRates } from '../workbook/completion';
import { LIGHT_COLORS } from '../workbook/traffic-light';
import type { Period, TaskRecord, Workbook } from '../workbook/types';
import { PERIODS } from '../workbook/types';
import { sectionHeading, shortenLabel, toPercent } from './format';
import type { ChartCategory, ChartData } from './types';

/** Lighter shade for the earlier period of a comparison, the light palette's blue for the later. */
export const EARLIER_PERIOD_COLOR = '#93c5fd';

function sectionTasks(workbook: Workbook, key: string | null): TaskRecord[] {
  return key === null ? workbook.tasks : workbook.tasks.filter((t) => t.section === key);
}

/** One category per section; the tasks behind it are those its rate is computed over. */
function sectionCategories(workbook: Workbook, period: Period): ChartCategory[] {
  return sectionRates(workbook, period).map((s) => {
    const title = sectionHeading(s.key, s.title);
    return {
      label: sectionHeading(s.key, shortenLabel(s.title)),
      title,
      taskKeys: countedTasks(sectionTasks(workbook, s.key), period).map((t) => t.key),
      ...(s.key === null ? {} : { filter: { section: s.key } }),
    };
  });
}

export function sectionCompletionChart(workbook: Workbook, period: Period): ChartData {
  return {
    id: 'sections',
    title: `各部分完成率（${period}）`,
    kind: 'hbar',
    unit: '%',
    categories: sectionCategories(workbook, period),
    series: [
      { label: '完成率', values: sectionRates(workbook, period).map((s) => toPercent(s.rate)), color: LIGHT_COLORS.蓝 },
    ],
  };
}

/**
 * The period to compare with when none is chosen: 半年 (the usual mid-year review), or 一季度
 * when the chosen period is 半年 itself. Returned in calendar order.
 */
export function comparisonPeriods(period: Period, compareWith?: Period): [Period, Period] {
  const other = compareWith ?? (period === '半年' ? '一季度' : '半年');
  const pair: [Period, Period] = [period, other];
  return pair.sort((a, b) => PERIODS.indexOf(a) - PERIODS.indexOf(b));
}

/** Sections side by side for two periods, with a 合计 row when there is more than one section. */
export function periodComparisonChart(workbook: Workbook, period: Period, compareWith?: Period): ChartData {
  const [first, second] = comparisonPeriods(period, compareWith);
  const categories = sectionCategories(workbook, period);
  const firstValues = sectionRates(workbook, first).map((s) => toPercent(s.rate));
  const secondValues = sectionRates(workbook, second).map((s) => toPercent(s.rate));
  if (categories.length > 1) {
    categories.push({
      label: '合计',
      title: '全部任务',
      taskKeys: countedTasks(workbook.tasks, period).map((t) => t.key),
    });
    firstValues.push(toPercent(completionRate(workbook.tasks, first)));
    secondValues.push(toPercent(completionRate(workbook.tasks, second)));
  }
  // Comparing a period with itself is allowed (the picker may briefly hold the same one): one series.
  const series =
    first === second
      ? [{ label: second, values: secondValues, color: LIGHT_COLORS.蓝 }]
      : [
          { label: first, values: firstValues, color: EARLIER_PERIOD_COLOR },
          { label: second, values: secondValues, color: LIGHT_COLORS.蓝 },
        ];
  return {
    id: 'periods',
    title: first === second ? `${first}完成率` : `${first}与${second}完成率对比`,
    kind: 'hbar',
    unit: '%',
    categories,
    series,
  };
}
