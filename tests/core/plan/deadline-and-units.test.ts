import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../../src/core/plan/deadline';
import { findUnits } from '../../../src/core/plan/units';
import { parsePlan } from '../../../src/core/plan/parse-plan';

describe('findDeadline', () => {
  it.each([
    ['年底前完成', '2024-12-31'],
    ['全年开展走访', '2024-12-31'],
    ['上半年完成评估', '2024-06-30'],
    ['6月底前完成', '2024-06-30'],
    ['3月份开展宣传', '2024-03-31'],
    ['2月底前完成', '2024-02-29'],
    ['“八一”建军节前走访慰问', '2024-08-01'],
    ['9月30日前完成', '2024-09-30'],
    ['上半年启动，三季度完成', '2024-09-30'],
    ['2025年6月底前完成', '2025-06-30'],
    ['持续推进', '2024-12-31'],
  ])('%s → %s', (text, expected) => expect(findDeadline(text, 2024)).toBe(expected));

  it('has none without a plan year or a dated phrase', () => {
    expect(findDeadline('持续推进', null)).toBeUndefined();
  });
});

describe('findUnits', () => {
  it.each([
    ['牵头单位：区民政局', { leadUnit: '区民政局' }],
    [
      '责任单位：区民政局；配合单位：区财政局、区人社局',
      { leadUnit: '区民政局', partnerUnits: ['区财政局', '区人社局'] },
    ],
    ['加强管理（牵头单位：市民政局；配合单位：市公安局）', { leadUnit: '市民政局', partnerUnits: ['市公安局'] }],
    [
      '加强管理（市民政局牵头，市财政局、市卫健委配合）',
      { leadUnit: '市民政局', partnerUnits: ['市财政局', '市卫健委'] },
    ],
    ['加强管理', {}],
    // k-anhui-rcep-opening-up-2022: `按职责分工配合` ends the list, it is not in a name.
    [
      '推进通关便利化。（省商务厅牵头，合肥海关、省贸促会等按职责分工配合）',
      { leadUnit: '省商务厅', partnerUnits: ['合肥海关', '省贸促会'] },
    ],
  ])('%s', (text, expected) => expect(findUnits(text)).toEqual(expected));

  it('keeps unit lines out of the title and reads them into the task', () => {
    const { plan } = parsePlan(
      '2024年某局工作要点\n一、党建\n1.加强学习（牵头单位：区民政局）\n配合单位：区财政局\n2.推进改革。',
    );
    expect(plan.tasks[0]).toMatchObject({
      title: '加强学习',
      leadUnit: '区民政局',
      partnerUnits: ['区财政局'],
      deadline: '2024-12-31',
    });
  });
});
