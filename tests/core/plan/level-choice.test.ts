/** The 任务层级 choice: the levels found, and reading the plan at the level the user names. */
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../../src/core/plan/parse-plan';
import type { ParseResult, PlanReadOptions } from '../../../src/core/plan/types';

const MIXED =
  '一、目标\n内容。\n二、分工\n1.消委办。牵头。\n2.派出所。配合。\n三、机制\n（一）高风险。措施。\n（二）中风险。措施。';
const DEEP = [
  '一、总体目标',
  '全面推进整治。',
  '二、整治内容',
  '（一）专项任务',
  '1.设施农业项目。共计10件。',
  '2.督察项目。共计4件。',
  '（二）结转任务',
  '1.经营性项目。共计13件。',
  '三、整治要求',
  '（一）设施农业。依法处置。',
  '（二）督察项目。落实整改。',
].join('\n');

function tasks(text: string, options?: PlanReadOptions): string[] {
  return parsePlan(text, options).plan.tasks.map((t) => `${t.key} ${t.title}`);
}

describe('levels', () => {
  it('lists every numbering level with its first marker and count, outermost first', () => {
    expect(parsePlan(MIXED).levels).toEqual([
      { id: 'cn', marker: '一、', count: 3 },
      { id: 'num', marker: '1.', count: 2 },
      { id: 'cn-paren', marker: '（一）', count: 2 },
    ]);
  });

  it('shows word markers as they appear', () => {
    const text = '一、统筹\n行动1：加强引领\n——任务1：编制规划\n。内容。\n——任务2：实施规划\n。内容。';
    const result = parsePlan(text);
    expect(result.levels.map((l) => l.marker)).toEqual(['一、', '行动1：', '——任务1：']);
    expect(result.plan.tasks.map((t) => [t.key, t.level, t.line])).toEqual([
      ['1', 'word:任务', 3],
      ['2', 'word:任务', 5],
    ]);
    expect(result.plan.groups).toEqual([{ key: '一(行动1)', section: '一', title: '加强引领', number: '行动1' }]);
  });
});

describe('taskLevel', () => {
  it('automatic: per section, the lowest numbered level that carries work', () => {
    expect(tasks(DEEP)).toEqual([
      '二(一)1 设施农业项目',
      '二(一)2 督察项目',
      '二(二)1 经营性项目',
      '三(一) 设施农业',
      '三(二) 督察项目',
    ]);
    expect(tasks(DEEP, { taskLevel: 'auto' })).toEqual(tasks(DEEP));
  });

  it('a named level becomes the tasks, the numbers under it their text', () => {
    const result = parsePlan(DEEP, { taskLevel: 'cn-paren' });
    expect(result.plan.tasks.map((t) => `${t.key} ${t.title}`)).toEqual([
      '二(一) 专项任务',
      '二(二) 结转任务',
      '三(一) 设施农业',
      '三(二) 督察项目',
    ]);
    expect(result.plan.tasks[0]?.text).toBe('专项任务\n1.设施农业项目。共计10件。\n2.督察项目。共计4件。');
    expect(result.plan.groups).toEqual([]);
  });

  it('accepts the marker as shown, or typed with half-width parentheses', () => {
    expect(tasks(DEEP, { taskLevel: '（一）' })).toEqual(tasks(DEEP, { taskLevel: 'cn-paren' }));
    expect(tasks(DEEP, { taskLevel: '(二)' })).toEqual(tasks(DEEP, { taskLevel: 'cn-paren' }));
  });

  it('the outermost level as tasks: no sections', () => {
    const result = parsePlan(DEEP, { taskLevel: '一、' });
    expect(result.plan.sections).toEqual([]);
    expect(result.plan.tasks.map((t) => `${t.key} ${t.title}`)).toEqual(['1 总体目标', '2 整治内容', '3 整治要求']);
  });

  it('sections without the named level are read automatically', () => {
    expect(tasks(MIXED, { taskLevel: 'cn-paren' })).toEqual(tasks(MIXED));
  });

  it('reports a level the plan does not use and reads automatically', () => {
    const result: ParseResult = parsePlan(DEEP, { taskLevel: '①' });
    expect(result.plan.tasks.map((t) => t.key)).toEqual(parsePlan(DEEP).plan.tasks.map((t) => t.key));
    expect(result.problems.map((p) => p.code)).toEqual(['unknown-level']);
  });
});

describe('sectionLevels (本部分任务层级)', () => {
  it('changes one section only', () => {
    expect(tasks(DEEP, { sectionLevels: { 二: 'cn-paren' } })).toEqual([
      '二(一) 专项任务',
      '二(二) 结转任务',
      '三(一) 设施农业',
      '三(二) 督察项目',
    ]);
    expect(tasks(DEEP, { taskLevel: 'cn-paren', sectionLevels: { 二: 'num' } })).toEqual(tasks(DEEP));
  });
});
