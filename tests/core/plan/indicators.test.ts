import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { findIndicators } from '../../../src/core/plan/indicators';
import { parsePlan } from '../../../src/core/plan/parse-plan';
import { readSharedPlan, type SharedPlanName } from '../../helpers/shared-plans';

type Expected = { value: number; max?: number; unit: string; comparator: string };

describe('findIndicators', () => {
  it.each([
    [
      '新增社区老年助餐点(社区食堂)83个',
      { value: 83, unit: '个', comparator: '=', subject: '社区老年助餐点(社区食堂)' },
    ],
    ['承保率90%以上', { value: 90, unit: '%', comparator: '≥', subject: '承保率' }],
    ['全年至少走访23家', { value: 23, unit: '家', comparator: '≥' }],
    ['抽查社会组织不少于50家', { value: 50, unit: '家', comparator: '≥' }],
    ['为1万户老年人家庭适老化改造', { value: 10000, unit: '户', comparator: '=' }],
    ['为15万名老年人提供服务', { value: 150000, unit: '名', comparator: '=' }],
    ['服务2万人次以上', { value: 20000, unit: '人次', comparator: '≥' }],
    ['创建1-2个示范点', { value: 1, max: 2, unit: '个', comparator: '=' }],
    ['结余率不超过当年筹资总额的15%', { value: 15, unit: '%', comparator: '≤' }],
    ['空置率控制在5%以内', { value: 5, unit: '%', comparator: '≤' }],
    ['覆盖率(含“两类”站点)达到90%', { value: 90, unit: '%', comparator: '≥' }],
  ])('%s', (text, expected) => {
    const [indicator, ...rest] = findIndicators(text);
    expect(rest).toEqual([]);
    expect(indicator).toMatchObject(expected);
    expect(text).toContain(indicator?.text ?? '∅');
  });

  it.each([
    ['years and dates', '从2021年1月1日起执行，2020年度年报'],
    ['document numbers', '按照厦社办〔2021〕11号文件要求'],
    ['ordinals and anniversaries', '第5次会议，庆祝建党100周年，80周岁以上老人'],
    ['slogans', '做到“两个维护”，编制“十四五”规划，落实“573”总体思路'],
    ['decimals without unit', '17.8万贫困人口'],
    // 湖里区 2021 task 4 (the sample plan): the 42 % defines the “两个不低于” rule the new
    // standard must meet; the task's target is the standard itself, which has no figure.
    ['figures defining a quoted slogan', '按照“两个不低于”(不低于最低工资42%、占消费支出比例不低于全国平均水平)的要求'],
  ])('ignores %s', (_name, text) => {
    expect(findIndicators(text)).toEqual([]);
  });
});

describe.each(['huli-2021', 'xianning-essay'] as const)('indicators of %s', (name: SharedPlanName) => {
  const fixtures = JSON.parse(
    readFileSync(new URL('./fixtures/shared-indicators.json', import.meta.url), 'utf8'),
  ) as Record<string, Record<string, Expected[]>>;
  const expected = fixtures[name] ?? {};
  const { plan } = parsePlan(readSharedPlan(name));

  it('finds the targets a reader finds, and nothing else', () => {
    const actual = Object.fromEntries(
      plan.tasks
        .filter((t) => t.indicators.length > 0)
        .map((t) => [
          t.key,
          t.indicators.map(({ value, max, unit, comparator }) => ({
            value,
            ...(max === undefined ? {} : { max }),
            unit,
            comparator,
          })),
        ]),
    );
    expect(actual).toEqual(expected);
  });
});
