/**
 * One small plan per family issue 10 names, written for the test (the real documents of each
 * family are in the table-driven test).
 */
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../../src/core/plan/parse-plan';

function tasks(text: string): string[] {
  return parsePlan(text).plan.tasks.map((t) => `${t.key} ${t.section ?? '-'} ${t.title}`);
}

describe('task level per section', () => {
  it('（一） are tasks in one section and groups over restarting 1. in the next', () => {
    const text =
      '一、目标\n（一）提高标准。内容。\n二、任务\n（一）专项整治\n1.拆违。内容。\n2.复垦。内容。\n（二）长效管理\n1.巡查。内容。';
    expect(tasks(text)).toEqual(['一(一) 一 提高标准', '二(一)1 二 拆违', '二(一)2 二 复垦', '二(二)1 二 巡查']);
    expect(parsePlan(text).plan.groups.map((g) => `${g.key} ${g.number} ${g.title}`)).toEqual([
      '二(一) (一) 专项整治',
      '二(二) (二) 长效管理',
    ]);
  });

  it('a heading with nothing numbered under it is itself the task', () => {
    const text = [
      '一、任务',
      '（一）摸底排查',
      '各单位全面摸底。',
      '1.重点排查。内容。',
      '2.全面排查。内容。',
      '（二）重点整治',
      '1.制定方案。内容。',
      '（三）全面整治',
      '用4年时间完成整治。',
    ].join('\n');
    expect(tasks(text)).toEqual([
      '一(一)1 一 重点排查',
      '一(一)2 一 全面排查',
      '一(二)1 一 制定方案',
      '一(三) 一 全面整治',
    ]);
  });

  it('mixed schemes: 1.…7. in one section, （一） restarting in the others', () => {
    const text =
      '一、分工\n1.消委办。牵头。\n2.派出所。配合。\n二、机制\n（一）高风险。措施。\n三、要求\n（一）统一思想。内容。\n附件：\n1.排摸统计表\n2.宣传实例';
    expect(tasks(text)).toEqual(['1 一 消委办', '2 一 派出所', '二(一) 二 高风险', '三(一) 三 统一思想']);
  });
});

describe('other task markers', () => {
  it('——任务1： under 行动1： groups, the body on the next line', () => {
    const text =
      '一、统筹\n行动1：加强引领\n——任务1：编制规划\n。内容。\n——任务2：实施规划\n。内容。\n二、政策\n行动2：完善政策\n——任务3：修订办法\n。内容。';
    expect(tasks(text)).toEqual(['1 一 编制规划', '2 一 实施规划', '3 二 修订办法']);
  });

  it('任务1： without dashes', () => {
    expect(tasks('任务1：编制规划。内容。\n任务2：实施规划。内容。')).toEqual(['1 - 编制规划', '2 - 实施规划']);
  });

  it('第一条 articles are the tasks, their numbered clauses their text', () => {
    const text =
      '某镇管理办法\n第一条 适用范围\n1.已征收的土地；\n2.收回的土地。\n第二条 工作原则\n（一）备案制原则\n内容。\n第三条 附则\n本办法自发布之日起施行。';
    const { plan } = parsePlan(text);
    expect(plan.sections).toEqual([]);
    expect(plan.tasks.map((t) => `${t.key} ${t.title} ${t.subtasks.length}`)).toEqual([
      '1 适用范围 0',
      '2 工作原则 0',
      '3 附则 0',
    ]);
  });

  it('（1） and ① as tasks', () => {
    expect(tasks('一、党建\n（1）学习。\n（2）教育。')).toEqual(['1 一 学习', '2 一 教育']);
    expect(tasks('一、党建\n①学习。\n②教育。')).toEqual(['1 一 学习', '2 一 教育']);
  });

  it('★ before a number marks a key task and is not part of its title', () => {
    const { plan } = parsePlan('一、党建\n★1.学习。内容。\n2.教育。');
    expect(plan.tasks.map((t) => `${t.key} ${t.title}`)).toEqual(['1 学习', '2 教育']);
  });

  it('一是/二是 paragraphs are a section’s tasks when it has no other numbers, subtasks otherwise', () => {
    const text =
      '一、自查\n请各区开展自查。\n二、整改\n一是针对持证不足问题。内容。\n二是针对设施问题。内容。\n三、保障\n（一）加强领导。一是建立机制。二是压实责任。';
    const { plan } = parsePlan(text);
    expect(plan.tasks.map((t) => `${t.key} ${t.title}`)).toEqual([
      '二(一) 针对持证不足问题',
      '二(二) 针对设施问题',
      '三(一) 加强领导',
    ]);
    expect(plan.tasks[2]?.subtasks.map((s) => `${s.key} ${s.title}`)).toEqual([
      '三(一).1 建立机制',
      '三(一).2 压实责任',
    ]);
  });
});

describe('the plan inside its cover', () => {
  const cover = [
    '某区民政局关于印发《2025年某区民政工作要点》的通知',
    '各街道：',
    '现将有关事项通知如下：',
    '一、高度重视。',
    '二、抓好落实。',
    '附件：2025年某区民政工作要点',
    '某区民政局',
    '2025年2月10日',
    '抄送：区委办。',
    '2025年某区民政工作要点',
    '2025年，全区民政系统要坚持稳中求进。',
    '一、兜底保障',
    '1.提高救助标准。内容。',
    '二、养老服务',
    '2.新建长者食堂。内容。',
  ].join('\n');

  it('reads the notice as cover, and the plan from its own title on', () => {
    const { plan } = parsePlan(cover);
    expect([plan.title, plan.year, plan.issuer, plan.date]).toEqual([
      '2025年某区民政工作要点',
      2025,
      '某区民政局',
      '2025-02-10',
    ]);
    expect(plan.sections.map((s) => s.key)).toEqual(['一', '二']);
    expect(plan.tasks.map((t) => `${t.key} ${t.title}`)).toEqual(['1 提高救助标准', '2 新建长者食堂']);
    expect(plan.preamble).toBe('2025年，全区民政系统要坚持稳中求进。');
  });

  it('a notice that is itself the plan takes its date’s year only when it speaks of 今年', () => {
    const text =
      '关于进一步加强养老机构消防安全工作的通知\n各区民政局：\n一、开展自查\n（一）全面排查。每半年一次。\n上海市民政局\n2025年3月1日';
    expect(parsePlan(text).plan.year).toBeNull();
  });

  it('takes the plan’s name from a notice title broken over two lines, and a title over two lines', () => {
    const text =
      '某镇人民政府关于印发\n《某镇房屋安全隐患排查整治工作方案》的通知\n各村：\n现印发给你们。\n某镇房屋安全隐患排查整治\n工作方案\n一、工作目标\n（一）摸底排查。内容。';
    const { plan } = parsePlan(text);
    expect([plan.title, plan.issuer, plan.year]).toEqual(['某镇房屋安全隐患排查整治工作方案', '某镇人民政府', null]);
    expect(plan.tasks.map((t) => t.key)).toEqual(['一(一)']);
  });

  it('a notice that issues no separate plan is itself the plan', () => {
    const text =
      '关于进一步加强养老机构消防安全工作的通知\n各区民政局：\n今年以来发生多起火灾。\n一、开展自查\n（一）全面排查。内容。年底前完成。\n上海市民政局\n2025年3月1日\n附表\n1.检查要点';
    const { plan } = parsePlan(text);
    expect([plan.title, plan.year, plan.issuer]).toEqual([
      '关于进一步加强养老机构消防安全工作的通知',
      2025,
      '上海市民政局',
    ]);
    expect(plan.tasks.map((t) => `${t.key} ${t.deadline}`)).toEqual(['一(一) 2025-12-31']);
  });

  it('multi-year plans have no single year', () => {
    const { plan } = parsePlan(
      '某街道减量化工作实施方案（2025年—2027年）\n一、任务\n1.拆除。2026年底前完成。\n2.复垦。年底前完成。',
    );
    expect([plan.year, plan.years]).toEqual([null, [2025, 2027]]);
    // 年底前 names no year in a 2025—2027 plan: the phrase is kept, with no date.
    expect(plan.tasks.map((t) => [t.deadline, t.deadlineText])).toEqual([
      ['2026-12-31', '2026年底前'],
      [undefined, '年底前'],
    ]);
  });
});

describe('metadata from the text alone', () => {
  it('a plan without a year in its name takes the one year its opening names', () => {
    const text = '为做好工作，明确2018年经济工作目标。\n(1)巩固养老优势。内容。\n(2)改善民生。内容。\n(局办公室 某某)';
    expect(parsePlan(text).plan.year).toBe(2018);
  });

  it('a signature followed only by page chrome still signs the plan', () => {
    const text =
      '某市民生工程进度通报\n一、进展\n1、技能培训,牵头单位:市人社局。其中，进度较慢。\n某市民生办\n扫一扫在手机打开当前页';
    const { plan } = parsePlan(text);
    expect([plan.title, plan.issuer]).toEqual(['某市民生工程进度通报', '某市民生办']);
    expect(plan.tasks.map((t) => [t.key, t.title, t.leadUnit])).toEqual([
      ['1', '技能培训,牵头单位:市人社局', '市人社局'],
    ]);
  });

  it('a notice that 转发s a plan without 关于, and a date line that is not part of the title', () => {
    const text =
      '某区政府办公室转发区消防委制定的《某区高层建筑消防治理工作方案》的通知\n各街镇：\n现转发给你们。\n2017年9月6日\n\n某区高层建筑消防治理工作方案\n一、目标\n（一）排查。内容。';
    const { plan } = parsePlan(text);
    expect([plan.title, plan.issuer, plan.date]).toEqual([
      '某区高层建筑消防治理工作方案',
      '某区政府办公室',
      '2017-09-06',
    ]);
  });

  it('a notice naming its plan with 《》 inside the words (印发贯彻《条例》…方案的通知)', () => {
    const text =
      '某区关于印发贯彻《某条例》推进分类建设实施方案的通知\n各街镇：\n关于贯彻《某条例》\n\n推进分类建设的实施方案\n一、目标\n（一）全覆盖。内容。';
    expect(parsePlan(text).plan.title).toBe('关于贯彻《某条例》推进分类建设的实施方案');
  });
});

describe('never tasks', () => {
  it('a numbered list run into one line is text, and its numbers count', () => {
    const text =
      '某市进度通报\n一、排名\n1、甲县;2、乙县;3、丙县。\n二、进展\n1、技能培训。内容。\n2、养老服务。内容。';
    expect(tasks(text)).toEqual(['二(1) 二 技能培训', '二(2) 二 养老服务']);
  });

  it('a table of contents', () => {
    const text =
      '2024年某局工作要点\n目录\n一、党建……1\n二、服务……3\n一、党建\n1.学习。内容。\n二、服务\n2.养老。内容。';
    expect(tasks(text)).toEqual(['1 一 学习', '2 二 养老']);
  });

  it('an annex that repeats 一、 without a heading gives no second 一', () => {
    const text = '一、党建\n1.学习。内容。\n二、服务\n2.养老。内容。\n一、评分标准\n1.学习得分。\n2.服务得分。';
    const { plan, problems } = parsePlan(text);
    expect(plan.sections.map((s) => s.key)).toEqual(['一', '二']);
    expect(plan.tasks.map((t) => t.key)).toEqual(['1', '2']);
    expect(problems.map((p) => p.code)).not.toContain('duplicate-key');
  });

  it('the title of an attachment the cover listed ends the body', () => {
    const text =
      '关于印发《某实施方案》的通知\n附件：1.某实施方案\n2.考核评分细则表\n某实施方案\n一、步骤\n（一）排查。内容。\n考核评分细则表\n1\n★1.制度健全。';
    expect(tasks(text)).toEqual(['一(一) 一 排查']);
  });
});

describe('deadlines', () => {
  it.each([
    ['整改11月中旬前完成', '2024-11-20', '11月中旬前'],
    ['启动5月上旬前启动', '2024-05-10', '5月上旬前'],
    ['部署（1-2月）', '2024-02-29', '1-2月'],
    ['动员阶段(4月-5月)', '2024-05-31', '4月-5月'],
    ['三季度末前完成', '2024-09-30', '三季度末前'],
    ['验收10月底完成', '2024-10-31', '10月底'],
    ['于2021年6月20日前完成', '2021-06-20', '2021年6月20日前'],
    ['到2025年，建成体系', '2025-12-31', '到2025年'],
    ['检查阶段(9月)', '2024-09-30', '(9月)'],
    ['2025年7月至2025年12月，实施绿地改造', '2025-12-31', '2025年7月至2025年12月'],
    ['总结阶段。2026年12月，各区进行总结', '2026-12-31', '2026年12月'],
  ])('%s → %s', (line, date, phrase) => {
    const task = parsePlan(`2024年某局工作要点\n1.${line}。`).plan.tasks[0];
    expect([task?.deadline, task?.deadlineText]).toEqual([date, phrase]);
  });

  it('an item may start with its date', () => {
    const { plan } = parsePlan('2024年某局工作要点\n一、推广\n1.2024年8月底前，完成选育。\n2.11月中旬前，完成评估。');
    expect(plan.tasks.map((t) => `${t.key} ${t.title} ${t.deadline}`)).toEqual([
      '1 2024年8月底前，完成选育 2024-08-31',
      '2 11月中旬前，完成评估 2024-11-20',
    ]);
  });

  it('a stage heading times its tasks; a group’s text does not', () => {
    const text =
      '一、步骤\n（一）第一阶段(2024年第三季度前完成)\n1、建章立制。内容。\n（二）第二阶段\n本阶段于2024年12月20日前完成。\n1、推广。内容。';
    const { plan } = parsePlan(text);
    expect(plan.tasks.map((t) => [t.key, t.deadlineText])).toEqual([
      ['一(一)1', '2024年第三季度前'],
      ['一(二)1', undefined],
    ]);
  });
});

describe('units', () => {
  it.each([
    ['建立机制。内容。（责任单位：区委办、区应急局，配合单位：区财政局）', '区委办、区应急局', ['区财政局']],
    [
      '推进项目。（牵头单位：经开区、九里亭街道，支撑单位：区规划资源局、区经委）',
      '经开区、九里亭街道',
      ['区规划资源局', '区经委'],
    ],
    ['区城管执法局：负责年度计划的制定。', '区城管执法局', undefined],
  ])('%s', (line, lead, partners) => {
    const task = parsePlan(`一、任务\n（一）${line}`).plan.tasks[0];
    expect([task?.leadUnit, task?.partnerUnits]).toEqual([lead, partners]);
  });

  it('reads 牵头单位： lines under a task', () => {
    const task = parsePlan('一、任务\n1.推进改革。内容。\n牵头单位：区民政局\n配合单位：区财政局、区人社局').plan
      .tasks[0];
    expect([task?.leadUnit, task?.partnerUnits, task?.title]).toEqual([
      '区民政局',
      ['区财政局', '区人社局'],
      '推进改革',
    ]);
  });
});
