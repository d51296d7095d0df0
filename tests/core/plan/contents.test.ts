/** A table of contents before the plan's title is not part of the plan. */
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../../src/core/plan/parse-plan';

const CONTENTS = [
  '一、坚持党的全面领导',
  '(一)抓牢思想铸魂',
  '(二)加强政治建设',
  '二、推动社会救助高质量发展',
  '(三)健全社会救助体系',
  '(四)增强兜底保障功能',
];

describe('a table of contents', () => {
  it('is skipped: the plan starts at the title after it', () => {
    const body = [
      '2025年全区民政工作要点',
      '2025年是“十四五”规划的收官之年。',
      '一、坚持党的全面领导',
      '(一)抓牢思想铸魂。深化理论武装。',
      '(二)加强政治建设。严守政治纪律。',
      '二、推动社会救助高质量发展',
      '(三)健全社会救助体系。完善分层分类救助。',
    ];
    const { plan } = parsePlan([...CONTENTS, ...body].join('\n'));
    expect(plan.title).toBe('2025年全区民政工作要点');
    expect(plan.tasks.map((t) => `${t.section} ${t.key} ${t.title}`)).toEqual([
      '一 1 抓牢思想铸魂',
      '一 2 加强政治建设',
      '二 3 健全社会救助体系',
    ]);
  });

  it('gives no task when the text stops after the title', () => {
    const { plan } = parsePlan([...CONTENTS, '2025年全区民政工作要点', '2025年是收官之年,做好民政工作'].join('\n'));
    expect(plan.title).toBe('2025年全区民政工作要点');
    expect(plan.tasks).toEqual([]);
  });

  it('is not found in a plan whose headings carry sentences', () => {
    const text = [
      '一、加强领导',
      '(一)深化理论武装。按月学习。',
      '(二)严守纪律。',
      '二、救助',
      '(三)完善救助。',
      '(四)兜底。',
      '2025年工作计划',
    ];
    expect(parsePlan(text.join('\n')).plan.tasks.length).toBe(4);
  });
});
