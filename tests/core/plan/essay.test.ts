/** Plans without numbers: paragraphs are tasks, or only the ones marked with a dash. */
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../../src/core/plan/parse-plan';

describe('an essay plan with dash-marked tasks', () => {
  const text = [
    '某乡人民政府2023年工作计划',
    '2023年是贯彻党的二十大精神的开局之年,我们要全方位推进高质量发展。',
    '2023年工作的总体要求是:以习近平新时代中国特色社会主义思想为指导,全力打造五张名片。',
    '——让乡村旅游“火起来”。我乡将以景区创建为重点,打造县城“后花园”。',
    '——让特色产业“兴起来”。发展茶叶和中药材种植。',
  ].join('\n');

  it('reads only the dashed paragraphs as tasks, without the dash', () => {
    const { plan } = parsePlan(text);
    expect(plan.title).toBe('某乡人民政府2023年工作计划');
    expect(plan.tasks.map((t) => `${t.key} ${t.title}`)).toEqual(['1 让乡村旅游“火起来”', '2 让特色产业“兴起来”']);
    expect(plan.preamble).toContain('总体要求');
  });

  it('keeps every later paragraph as a task when none is dashed', () => {
    const plain = text.replace(/——/g, '');
    expect(parsePlan(plain).plan.tasks.map((t) => t.key)).toEqual(['1', '2', '3']);
  });
});
