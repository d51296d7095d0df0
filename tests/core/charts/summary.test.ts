import { describe, expect, it } from 'vitest';
import { overallSummary } from '../../../src/core/charts/summary';
import { fixtureWorkbook, withTasks } from '../../helpers/workbook-fixture';
import { entry, huliWithProgress } from './progress-fixture';

describe('overallSummary', () => {
  it('counts done tasks and the mean completion over counted tasks only', () => {
    const summary = overallSummary(huliWithProgress(), '2021-07-01', '全年');
    // 28 tasks − 8 (不涉及) − 25 (archived) = 26 counted.
    expect(summary.tasksTotal).toBe(26);
    expect(summary.tasksDone).toBe(2);
    expect(summary.doneTaskKeys).toEqual(['4', '5']);
    // (0.4 + 1 + 1 + 0.5 + 0.9) / 26 = 3.8 / 26 = 0.14615… → 14.6%
    expect(summary.completion).toBe(14.6);
    expect(summary.asOf).toBe('2021-07-01');
    expect(summary.period).toBe('全年');
  });

  it('uses the figures reported for the chosen period', () => {
    // 半年: task 6 reported 20% → (0.4 + 1 + 1 + 0.2 + 0.9) / 26 = 3.5 / 26 = 0.13461… → 13.5%
    expect(overallSummary(huliWithProgress(), '2021-07-01', '半年').completion).toBe(13.5);
  });

  it('summarises indicators: reported, met and mean capped completion', () => {
    const workbook = withTasks(fixtureWorkbook('huli-2021'), {
      '13': {
        indicators: [
          { text: '新增社区老年助餐点83个', value: 83, unit: '个', comparator: '≥', subject: '社区老年助餐点' },
          { text: '投诉率不高于5%', value: 5, unit: '%', comparator: '≤', subject: '投诉率' },
        ],
        periods: { 全年: entry({ actuals: [60, 4] }) },
      },
      '14': {
        indicators: [{ text: '培训养老护理员10人', value: 10, unit: '人', comparator: '≥', subject: '养老护理员' }],
      },
    });
    const summary = overallSummary(workbook, '2021-12-31', '全年');
    expect(summary.indicatorsTotal).toBe(3);
    expect(summary.indicatorsReported).toBe(2);
    // 4 ≤ 5 meets the ceiling; 60 of 83 does not.
    expect(summary.indicatorsMet).toBe(1);
    // (60/83 + 1) / 2 = (0.72289 + 1) / 2 = 0.86145 → 86.1%
    expect(summary.indicatorCompletion).toBe(86.1);
    expect(summary.indicatorTaskKeys).toEqual(['13', '14']);
  });

  it('has no rates when nothing counts or nothing is reported', () => {
    const empty = fixtureWorkbook('huli-2021', { tasks: [] });
    const summary = overallSummary(empty, '2021-07-01', '全年');
    expect(summary.tasksTotal).toBe(0);
    expect(summary.completion).toBeNull();
    expect(summary.indicatorCompletion).toBeNull();
  });
});
