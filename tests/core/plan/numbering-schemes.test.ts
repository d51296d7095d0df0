/** Table-driven: every numbering scheme with a small plan written for the test. */
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../../src/core/plan/parse-plan';
import { readMarker } from '../../../src/core/plan/markers';

interface Case {
  name: string;
  text: string;
  sections?: string[];
  groups?: string[];
  /** `key section title` per task; section `-` for none. */
  tasks: string[];
}

const cases: Case[] = [
  {
    name: '1. continuous, ASCII dot',
    text: '一、加强党建\n1.深化学习。内容。\n2.从严治党。内容。\n二、优化服务\n3.推进改革。内容。',
    sections: ['一 加强党建', '二 优化服务'],
    tasks: ['1 一 深化学习', '2 一 从严治党', '3 二 推进改革'],
  },
  {
    name: '1、 and full-width １． with spaces',
    text: '一、加强党建\n１． 深化学习。内容。\n2 、从严治党。内容。\n3、推进改革',
    tasks: ['1 一 深化学习', '2 一 从严治党', '3 一 推进改革'],
  },
  {
    name: '（1） and (1) as tasks',
    text: '一、加强党建\n（1）深化学习。\n(2)从严治党。\n二、优化服务\n（3）推进改革。',
    tasks: ['1 一 深化学习', '2 一 从严治党', '3 二 推进改革'],
  },
  {
    name: 'circled numbers',
    text: '一、加强党建\n①深化学习。\n②从严治党。',
    tasks: ['1 一 深化学习', '2 一 从严治党'],
  },
  {
    name: '（一） restarting per section',
    text: '一、社会救助\n（一）提高标准。内容。\n(二)健全制度。\n二、养老服务\n（一）发展居家养老。\n（二）推进社区养老。\n（三）发展机构养老。',
    sections: ['一 社会救助', '二 养老服务'],
    tasks: [
      '一(一) 一 提高标准',
      '一(二) 一 健全制度',
      '二(一) 二 发展居家养老',
      '二(二) 二 推进社区养老',
      '二(三) 二 发展机构养老',
    ],
  },
  {
    name: '1、 restarting per section',
    text: '三、社会救助\n1、提高标准。\n2、健全制度。\n四、养老服务\n1、发展居家养老。',
    tasks: ['三(1) 三 提高标准', '三(2) 三 健全制度', '四(1) 四 发展居家养老'],
  },
  {
    name: 'three levels, tasks restarting in each group',
    text: '一、总体\n（一）党建\n1.学习。\n2.教育。\n（二）作风\n1.整治。\n二、服务\n（一）养老\n1.居家。',
    sections: ['一 总体', '二 服务'],
    groups: ['一(一) 一 党建', '一(二) 一 作风', '二(一) 二 养老'],
    tasks: ['一(一)1 一 学习', '一(一)2 一 教育', '一(二)1 一 整治', '二(一)1 二 居家'],
  },
  {
    name: 'three levels, continuous tasks',
    text: '一、总体\n（一）党建\n1.学习。\n2.教育。\n（二）作风\n3.整治。',
    groups: ['一(一) 一 党建', '一(二) 一 作风'],
    tasks: ['1 一 学习', '2 一 教育', '3 一 整治'],
  },
  {
    name: 'tasks without sections',
    text: '2025年某局工作要点\n1.深化学习。\n2.从严治党。',
    sections: [],
    tasks: ['1 - 深化学习', '2 - 从严治党'],
  },
  {
    name: 'a stray (1) inside one task stays a subtask',
    text: '一、党建\n1.学习。内容：\n（1）读原著。\n2.教育。\n3.整治。\n二、服务\n4.养老。',
    tasks: ['1 一 学习', '2 一 教育', '3 一 整治', '4 二 养老'],
  },
  {
    name: 'attachment list, signature, date line and lone numbers are not tasks',
    text: '一、党建\n1.学习。\n2\n2.教育。\n某某市民政局\n2024年2月23日\n附件：1.任务分解表\n2.责任清单',
    tasks: ['1 一 学习', '2 一 教育'],
  },
  // r-pingtan-customs-twelve-measures-tasks-2019, w-pingtan-approval-reform-six-measures-2017.
  {
    name: 'parts with nothing numbered under any are sections of one task each',
    text: '某区2017年改革六项措施\n一、实施档案电子化，构建“一张网”\n推进档案电子化工程。\n二、加快医社保自助结算\n建立社保卡管理系统。',
    sections: ['一 实施档案电子化，构建“一张网”', '二 加快医社保自助结算'],
    tasks: ['一 一 实施档案电子化，构建“一张网”', '二 二 加快医社保自助结算'],
  },
  {
    name: 'flattened table cells under a numbered plan',
    text: '一、党建\n1.学习。\n序号\n工作任务\n牵头单位\n1\n2',
    tasks: ['1 一 学习'],
  },
  // ab-chongming-greening-air-pollution-emergency-2024, annotated apart: an 应急预案 numbered in
  // decimals keys its tasks by them, and （1） under a decimal heading by that heading.
  {
    name: 'decimal outline (1 总则 / 2.2 / 3.2.1)',
    text: [
      '1 总则',
      '1.1 编制目的',
      '为高效应对空气重污染。',
      '2 组织机构和职责',
      '2.1工作机构',
      '成立工作组。',
      '2.2 工作职责',
      '（1）市容环卫科：牵头落实应急响应。',
      '（2）绿化管理科：牵头落实绿化养护。',
      '3 应急响应',
      '3.2 响应措施',
      '3.2.1 Ⅲ级响应措施',
      '（1）加强道路保洁频次。（责任部门：市容环卫中心）',
      '3.2.2 Ⅱ级响应措施',
      '（1）增加道路保洁频次。（责任部门单位：市容环卫中心、各乡镇）',
      '3.3 应急终止',
      '预警解除后终止。',
    ].join('\n'),
    sections: ['1 总则', '2 组织机构和职责', '3 应急响应'],
    groups: ['2.2 2 工作职责', '3.2 3 响应措施', '3.2.1 3 Ⅲ级响应措施', '3.2.2 3 Ⅱ级响应措施'],
    tasks: [
      '1.1 1 编制目的',
      '2.1 2 工作机构',
      '2.2(1) 2 市容环卫科：牵头落实应急响应',
      '2.2(2) 2 绿化管理科：牵头落实绿化养护',
      '3.2.1(1) 3 加强道路保洁频次',
      '3.2.2(1) 3 增加道路保洁频次',
      '3.3 3 应急终止',
    ],
  },
];

describe.each(cases)('$name', (c) => {
  const { plan } = parsePlan(c.text);
  it('keys, sections and titles', () => {
    expect(plan.tasks.map((t) => `${t.key} ${t.section ?? '-'} ${t.title}`)).toEqual(c.tasks);
    if (c.sections) expect(plan.sections.map((s) => `${s.key} ${s.title}`)).toEqual(c.sections);
    if (c.groups) expect(plan.groups.map((g) => `${g.key} ${g.section} ${g.title}`)).toEqual(c.groups);
  });
});

describe('three levels: group keys on tasks', () => {
  it('sets group on each task', () => {
    const { plan } = parsePlan('一、总体\n（一）党建\n1.学习。\n（二）作风\n1.整治。');
    expect(plan.tasks.map((t) => t.group)).toEqual(['一(一)', '一(二)']);
  });
});

describe('subtasks', () => {
  // Hand-checked plans (b-chongming-city-checkup-2021, a-wujing-reserve-land-2023) read a list of
  // what something contains (items ending in ；) inside a task as its content, not subtasks.
  it('keeps a listed content under a task in its text, not as subtasks', () => {
    const { plan } = parsePlan('一、党建\n1.学习。内容包括：\n（1）原著；\n（2）体会；\n（3）心得。\n2.教育。');
    expect(plan.tasks.map((t) => t.key)).toEqual(['1', '2']);
    expect(plan.tasks[0]?.subtasks).toEqual([]);
    expect(plan.tasks[0]?.text).toBe('学习。内容包括：\n（1）原著；\n（2）体会；\n（3）心得。');
  });

  // i-pudong-rural-road-chief-2021 (`2. 处置。…主要包括以下几类问题：` over (1)–(4)) and
  // i-fengxian-park-city-2021, annotated apart: the numbered work under a short run-in head is the tasks.
  it('reads numbered work under a short run-in head as tasks of a group', () => {
    const { plan } = parsePlan('一、党建\n1.学习。分两步：\n（1）读原著。多读。\n（2）写体会。\n2.教育。');
    expect(plan.groups.map((g) => `${g.key} ${g.title}`)).toEqual(['一(1) 学习']);
    expect(plan.tasks.map((t) => `${t.key} ${t.group ?? '-'} ${t.title}`)).toEqual([
      '一(1)1 一(1) 读原著',
      '一(1)2 一(1) 写体会',
      '一(2) - 教育',
    ]);
  });

  it('reads 一是/二是 runs, but not 统一是', () => {
    const { plan } = parsePlan('一、党建\n1.学习。一是读原著。统一是关键。二是写体会。');
    expect(plan.tasks[0]?.subtasks.map((s) => `${s.key} ${s.title}`)).toEqual(['1.1 读原著', '1.2 写体会']);
  });

  // af-pingtan-jinjing-work-safety-inspection-2022: a heading with no 。 runs into its first 一是.
  it('reads a first 一是 glued to the heading, but not one after 统一', () => {
    const glued = parsePlan(
      '一、主要内容\n（一）贯彻落实十五条硬措施一是党委责任落实情况。内容。二是属地责任落实情况。内容。',
    );
    expect(glued.plan.tasks[0]?.title).toBe('贯彻落实十五条硬措施');
    expect(glued.plan.tasks[0]?.subtasks.map((s) => `${s.key} ${s.title}`)).toEqual([
      '一(一).1 党委责任落实情况',
      '一(一).2 属地责任落实情况',
    ]);
    const word = parsePlan('一、主要内容\n（一）标准统一是关键。二是做好衔接。');
    expect(word.plan.tasks[0]?.subtasks).toEqual([]);
  });
});

describe('duplicates and problems', () => {
  it('keeps keys unique and reports the duplicate', () => {
    const { plan, problems } = parsePlan('1.学习。\n2.教育。\n2.整治。');
    expect(plan.tasks.map((t) => t.key)).toEqual(['1', '2', '2-2']);
    expect(problems.map((p) => [p.code, p.line])).toEqual([['duplicate-key', 3]]);
  });

  it('reports empty input', () => {
    expect(parsePlan(' \n\u3000\n').problems.map((p) => p.code)).toEqual(['empty-input']);
  });
});

describe('essay mode', () => {
  const text = [
    '2025年，全局将坚持稳中求进，扎实做好各项工作，为全市发展贡献力量。',
    '以兜底保障为重点，进一步抓好社会救助。一是完善制度。内容。二是提高标准。内容。',
    '以养老服务为载体，进一步推进体系建设。内容。',
    '（某某市民政局局长张三）',
  ].join('\n');
  const { plan } = parsePlan(text);

  it('treats the first paragraph as preamble and the others as tasks', () => {
    expect(plan.preamble).toBe('2025年，全局将坚持稳中求进，扎实做好各项工作，为全市发展贡献力量。');
    expect(plan.tasks.map((t) => `${t.key} ${t.title}`)).toEqual([
      '1 以兜底保障为重点，进一步抓好社会救助',
      '2 以养老服务为载体，进一步推进体系建设',
    ]);
    expect(plan.tasks[0]?.subtasks.map((s) => `${s.key} ${s.title}`)).toEqual(['1.1 完善制度', '1.2 提高标准']);
    expect(plan.issuer).toBe('某某市民政局');
    expect(plan.year).toBe(2025);
  });
});

describe('markdown mode', () => {
  const text = [
    '---',
    'title: 2025年某局工作要点',
    'issuer: 某某局',
    'date: 2025-01-20',
    '---',
    '# 2025年某局工作要点',
    '> 2025年，全局要坚持稳中求进。',
    '## 加强党建',
    '- 深化学习。每季度至少开展2次集中学习。',
    '- **完善制度**。',
    '## 二、优化服务',
    '3. 推进一网通办。上半年完成。',
  ].join('\n');
  const { plan } = parsePlan(text);

  it('reads front matter, headings, quotes and bullets', () => {
    expect([plan.title, plan.issuer, plan.date, plan.year]).toEqual([
      '2025年某局工作要点',
      '某某局',
      '2025-01-20',
      2025,
    ]);
    expect(plan.preamble).toBe('2025年，全局要坚持稳中求进。');
    expect(plan.sections.map((s) => `${s.key} ${s.title}`)).toEqual(['一 加强党建', '二 优化服务']);
    expect(plan.tasks.map((t) => `${t.key} ${t.section} ${t.title}`)).toEqual([
      '1 一 深化学习',
      '2 一 完善制度',
      '3 二 推进一网通办',
    ]);
  });
});

describe('一是/二是 as the top level', () => {
  const text = [
    '某镇人民政府2023年工作计划',
    '一是扎实推进产业强镇。乡村振兴,产业先行。2023年,共谋划农业项目2个:',
    '(一)中药材种植产业园项目:总投资120万元,2023年5月竣工。',
    '(二)西瓜种植产业园项目:总投资400万元,2023年3月竣工。',
    '二是全面推进党的建设。开展学习活动。',
  ].join('\n');

  it('reads the 一是 paragraphs as the tasks and keeps the items a colon announces inside the first', () => {
    const { plan } = parsePlan(text);
    expect(plan.sections).toEqual([]);
    expect(plan.tasks.map((t) => `${t.key} ${t.title}`)).toEqual(['1 扎实推进产业强镇', '2 全面推进党的建设']);
    expect(plan.tasks[0]?.text).toContain('西瓜种植产业园项目');
  });
});

describe('decimal numbering', () => {
  it('reads a unit-duty item of a 科 and a 责任部门单位 bracket as leads', () => {
    const { plan } = parsePlan(
      '1 职责\n1.1 工作职责\n（1）市容环卫科：牵头落实。\n（2）绿化管理科：牵头落实。\n2 措施\n2.1 响应\n（1）停止施工。（责任部门单位：绿化管理所、林业站）\n（2）加强保洁。',
    );
    expect(plan.tasks.map((t) => `${t.key} ${t.leadUnit ?? '-'}`)).toEqual([
      '1.1(1) 市容环卫科',
      '1.1(2) 绿化管理科',
      '2.1(1) 绿化管理所、林业站',
      '2.1(2) -',
    ]);
  });

  it('does not read amounts, counts or dates as decimal headings', () => {
    for (const line of ['1.5亿元用于改造。', '2.3万户完成改造', '2 个工作日内办结', '3 月底前完成', '12 月']) {
      expect(readMarker(line), line).toBeNull();
    }
    expect(readMarker('3.2.1 Ⅲ级响应措施')).toMatchObject({ level: 'dec3', n: 1, label: '3.2.1' });
    expect(readMarker('1 总则')).toMatchObject({ level: 'dec1', n: 1, label: '1' });
  });
});
