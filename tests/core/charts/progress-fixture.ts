/**
 * One hand-set state of the huli-2021 plan, shared by the chart tests. Sections: 一 = tasks 1–3,
 * 二 = 4–7, 三 = 8–11, 四 = 12–14, 五 = 15–19, 六 = 20–24, 七 = 25–28. Year 2021, every deadline
 * 2021-12-31 unless set here.
 */
import { fixtureWorkbook, withTasks } from '../../helpers/workbook-fixture';
import type { PeriodEntry, Workbook } from '../../../src/core/workbook/types';

export function entry(fields: Partial<PeriodEntry>): PeriodEntry {
  return { status: null, progress: '', percent: null, problems: '', nextSteps: '', actuals: [], ...fields };
}

/**
 * 状态 and % without a period are set from 一季度 on (and so carried into every later period).
 * - 1: 推进中 40%
 * - 4, 5: 已完成; 6: 推进中, 20% reported for 半年 and 50% for 三季度 (so 全年 shows 50%); 7 untouched
 * - 8: 不涉及 (not counted); 9: 推进中 90%, due 2021-06-30; 12: 暂缓 (counted, no light)
 * - 25: 已完成 but archived (neither counted nor shown)
 */
export function huliWithProgress(): Workbook {
  return withTasks(fixtureWorkbook('huli-2021'), {
    '1': { status: '推进中', percent: 40 },
    '4': { status: '已完成', percent: 100 },
    '5': { status: '已完成' },
    '6': {
      periods: {
        半年: entry({ status: '推进中', percent: 20 }),
        三季度: entry({ status: '推进中', percent: 50 }),
      },
    },
    '8': { status: '不涉及' },
    '9': { status: '推进中', percent: 90, deadline: '2021-06-30' },
    '12': { status: '暂缓' },
    '25': { status: '已完成', archived: true },
  });
}
