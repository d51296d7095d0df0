import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../../src/core/plan/deadline';
import { findUnits, splitUnits } from '../../../src/core/plan/units';
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

  // o-fengxian-rural-roads-reform-2021: the units line closes （3） but names the units of 2. as a whole.
  it('gives the units on a line after a group’s last item to its items that name none', () => {
    const { plan } = parsePlan(
      [
        '某区农村公路改革实施方案',
        '一、主要任务',
        '(一)完善管理养护体制',
        '1.强化区级主体责任',
        '区交通委负责全区农村公路发展规划。',
        '(责任单位：区发展改革委、区交通委)',
        '2.落实属地主体责任',
        '各街镇要负责落实乡道、村道的管理养护。',
        '(1)主要负责乡村道养护资金落实。',
        '(2)充分发挥镇级农村公路管理站作用。',
        '(3)指导村(居)发挥农民群众积极性。',
        '(责任单位：区交通委、各街镇)',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => `${t.key} ${t.leadUnit ?? '-'}`)).toEqual([
      '一(一)1 区发展改革委、区交通委',
      '一(一)2(1) 区交通委、各街镇',
      '一(一)2(2) 区交通委、各街镇',
      '一(一)2(3) 区交通委、各街镇',
    ]);
  });

  it('leaves the other items alone when the closing units follow the last one’s own sentence', () => {
    const { plan } = parsePlan(
      '某区实施方案\n一、主要任务\n(一)完善体制\n1.强化责任。加强统筹。\n2.落实属地。推进落实（责任单位：各街镇）\n3.加强宣传。',
    );
    expect(plan.tasks.map((t) => `${t.key} ${t.leadUnit ?? '-'}`)).toEqual([
      '一(一)1 -',
      '一(一)2 各街镇',
      '一(一)3 -',
    ]);
  });

  // r-pingtan-bidding-business-environment-2019, r-pingtan-haitan-road-traffic-safety-2020.
  it('ends a unit value at a 完成时限 label glued to it, and reads 责任处室（单位）', () => {
    expect(findUnits('做好排查。牵头单位：区经济发展局配合单位：区农业农村局完成时限：2019年10月15日前完成')).toEqual({
      leadUnit: '区经济发展局',
      partnerUnits: ['区农业农村局'],
    });
    expect(findUnits('加强巡查。责任处室（单位）：交通与建设处、经济发展处')).toEqual({
      leadUnit: '交通与建设处、经济发展处',
    });
  });

  // t-pingtan-finance-gov-openness-2018: one 责任处室 label whose value names both roles.
  it('reads 责任处室：X牵头，Y配合 as lead and partners', () => {
    expect(findUnits('做好公开。（责任处室：办公室牵头，各相关处室配合）')).toEqual({
      leadUnit: '办公室',
      partnerUnits: ['各相关处室'],
    });
  });

  // u-pingtan-rule-of-law-government-2017: 牵头, 参加 and 按职责分别负责 in one 责任单位 value.
  it('reads 责任单位：X牵头，Y参加，Z按职责分别负责 as lead and partners', () => {
    expect(findUnits('推进改革。责任单位：区行政审批局牵头，区办公室参加，区直各有关部门按职责分别负责。')).toEqual({
      leadUnit: '区行政审批局',
      partnerUnits: ['区办公室', '区直各有关部门'],
    });
    expect(findUnits('推进改革。责任单位：区财政金融局、区市场监管局分别牵头，区经济发展局参加。')).toEqual({
      leadUnit: '区财政金融局、区市场监管局',
      partnerUnits: ['区经济发展局'],
    });
  });

  // v-pingtan-rectify-malpractice-2013 and v-pingtan-road-traffic-safety-2012 (round 22).
  it.each([
    [
      '规范收费。 （牵头单位：平潭县银监办；参加单位：区纠风办、县物价局）',
      { leadUnit: '平潭县银监办', partnerUnits: ['区纠风办', '县物价局'] },
    ],
    [
      '加强培训。（区公安局牵头，区经济发展局和县交通局、住房和城乡建设局、各乡镇党委和人民政府配合）',
      { leadUnit: '区公安局', partnerUnits: ['区经济发展局', '县交通局', '住房和城乡建设局', '各乡镇党委和人民政府'] },
    ],
    [
      '排查隐患。（区预防办、区公安局牵头，县政府、县交通局等部门配合。其中：“危病桥改造工程”由区交通与建设局牵头组织实施）',
      { leadUnit: '区预防办、区公安局', partnerUnits: ['县政府', '县交通局等部门'] },
    ],
    [
      '强化宣传。（区传媒中心牵头，区财政金融局、县委宣传部组织实施）',
      { leadUnit: '区传媒中心', partnerUnits: ['区财政金融局', '县委宣传部'] },
    ],
    ['宣传教育。（区直各有关部门、县政府组织实施）', { leadUnit: '区直各有关部门、县政府' }],
    // w-fengxian-farmland-soil-2020 (round 23).
    [
      '划定类别。(区农业农村委、区规划资源局牵头，各街镇、开发区配合实施)',
      { leadUnit: '区农业农村委、区规划资源局', partnerUnits: ['各街镇', '开发区'] },
    ],
    ['建立回收机制。(区农业农村委)', { leadUnit: '区农业农村委' }],
    ['按规定执行。（试行）', {}],
    // aa-shanghai-invasive-species-2022 (round 27).
    [
      '加强监测。(市农业农村委、上海海关等相关部门及各区按职责分工负责)',
      { leadUnit: '市农业农村委、上海海关等相关部门及各区' },
    ],
    ['严格检疫。(上海海关)', { leadUnit: '上海海关' }],
    // z-shanghai-town-gas-safety-rectification-2023 (round 26).
    [
      '开展排查。（市公安局牵头负责，市市场监管局、各区政府组织落实）',
      { leadUnit: '市公安局', partnerUnits: ['市市场监管局', '各区政府'] },
    ],
    ['开展排查。（市交通委牵头负责、各区政府组织落实）', { leadUnit: '市交通委', partnerUnits: ['各区政府'] }],
    [
      '完善机制。（市住房城乡建设管理委牵头，市民政局按职责组织落实）',
      { leadUnit: '市住房城乡建设管理委', partnerUnits: ['市民政局'] },
    ],
    // ad-pingtan-suping-natural-disaster-hazards-2020, ad-shanghai-food-tech-innovation-2026-2030.
    [
      '完成排查。（资源生态处牵头，党群工作处、农业农村处分工负责）',
      { leadUnit: '资源生态处', partnerUnits: ['党群工作处', '农业农村处'] },
    ],
    ['提高公众接受度。（市委网信办、市科协、相关区）', { leadUnit: '市委网信办、市科协、相关区' }],
    // ai-pingtan-hazchem-safety-governance-2017: units with brackets of their own, then when.
    [
      '加强罐区管控。（区综合执法局（区安监局）牵头，区经济发展局、公安局等按职责分工负责，2018年3月底前取得阶段性成果，2018年4月至2019年10月深化提升）',
      { leadUnit: '区综合执法局（区安监局）', partnerUnits: ['区经济发展局', '公安局'] },
    ],
    ['全面摸排风险。（区直各有关部门按职责分工负责，2018年3月底前完成）', { leadUnit: '区直各有关部门' }],
    ['建立档案。（有关内容见附件，由各单位负责）', {}],
    // ak-shanghai-market-regulation-gas-inspection-2022: a note about later tasks after the roles.
    [
      '落实属地监管职责。（市局特种设备安全监察处牵头，各单位按职责分工负责，以下各项工作均需要各单位负责，不再单独列出）',
      { leadUnit: '市局特种设备安全监察处', partnerUnits: ['各单位'] },
    ],
    // aj-pingtan-environment-land-bureau-open-government-2016.
    ['加大公开力度。（驻局纪检组、办公室牵头落实）', { leadUnit: '驻局纪检组、办公室' }],
    // ag-pingtan-ip-publicity-week-2019, ag-shanghai-ebike-fire-safety-market-2021.
    ['发放宣传册。（负责单位：知识产权处）', { leadUnit: '知识产权处' }],
    [
      '严查生产企业。（牵头指导处室：市局质量处，各区市场监管局、机场分局为实施单位，下同）',
      { leadUnit: '市局质量处', partnerUnits: ['各区市场监管局', '机场分局'] },
    ],
    // ac-pingtan-soil-pollution-prevention-2016.
    [
      '建立监测体系。责任单位：区环境局、农村发展局负责，区经济发展局等参与',
      { leadUnit: '区环境局、农村发展局', partnerUnits: ['区经济发展局'] },
    ],
  ])('reads the units of %s', (text, expected) => expect(findUnits(text)).toEqual(expected));

  // aa-shanghai-invasive-species-2022, v-pingtan-road-traffic-safety-2012.
  it('splits units joined by 及 or 和 when the second names its own level', () => {
    expect(splitUnits('市农业农村委、上海海关等相关部门及各区')).toEqual([
      '市农业农村委',
      '上海海关等相关部门',
      '各区',
    ]);
    expect(splitUnits('市绿化市容局及各区、住房和城乡建设局')).toEqual(['市绿化市容局', '各区', '住房和城乡建设局']);
  });

  it('reads （X负责，Y配合） as lead and partners', () => {
    expect(findUnits('立即整改。 （区公安局负责，各片区管理局配合）')).toEqual({
      leadUnit: '区公安局',
      partnerUnits: ['各片区管理局'],
    });
  });
});

describe('a stage period in days', () => {
  it.each([
    ['摸清底数阶段（2019年8月15日—9月15日）。由各乡镇核实。', null, '2019-09-15'],
    ['梳理清单（9月5日至9月8日）', 2021, '2021-09-08'],
    ['整改落实（2020年3月25日-4月3日）', null, '2020-04-03'],
    // aj-shanghai-market-regulation-gas-safety-2023: a start said with 起.
    ['建立长效机制阶段（2024年7月起至2025年12月）', null, '2025-12-31'],
    ['摸排阶段（2023年9月18日-22日）', null, '2023-09-22'],
  ])('%s → %s', (text, year, expected) => expect(findDeadline(text, year)).toBe(expected));
});

// p-xinzhuang-owners-committee-assessment-2025: `1.–2.` under a task still restart the `1.–6.` before.
describe('keys of a level that starts again inside a task', () => {
  it('keys the earlier run by its section', () => {
    const { plan } = parsePlan(
      [
        '某镇评估工作实施方案',
        '一、评估原则',
        '1.接受党的领导。',
        '2.规范运作。',
        '二、评估奖励',
        '（一）每个评估周期设立星级业委会奖励和特殊贡献奖。',
        '1.星级奖励：给予奖励。',
        '2.特殊贡献奖：给予奖励。',
        '（二）奖励拨付至账户。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.key)).toEqual(['一(1)', '一(2)', '二(一)', '二(二)']);
  });
});

// ad-pingtan-suping-natural-disaster-hazards-2020 and ad-shanghai-food-tech-innovation-2026-2030, annotated apart.
describe('units closing a group, and a scraped page’s download links', () => {
  it('gives a two-item group the units bracket closing its last item', () => {
    const pad = '为全面排查自然灾害风险隐患，切实保障人民群众生命财产安全，结合实际，制定本方案，请认真贯彻执行。';
    const { plan } = parsePlan(
      `某片区自然灾害风险隐患大排查大整治工作实施方案 ${pad}一、整治内容与责任分工（一）避灾安置点整治内容：1. 全面检查避灾安置点风险隐患，重点检查安全管理责任制落实情况。` +
        '2. 4月25日前，完成避灾安置点选址安全情况的排查。（政法综治处负责）二、整治方法本次大排查大整治不分阶段、不分步骤，各相关责任处室要立即行动起来。',
    );
    expect(plan.sections.map((s) => s.title)).toEqual(['整治内容与责任分工', '整治方法']);
    expect(plan.tasks.filter((t) => t.section === '一').map((t) => `${t.key} ${t.leadUnit ?? '-'}`)).toEqual([
      '一(一)1 政法综治处',
      '一(一)2 政法综治处',
    ]);
  });

  it('ends the text at 【原文下载】, so the units closing the last task are read', () => {
    const { plan } = parsePlan(
      '# 某市食品科技行动方案\n\n一、重点任务\n\n1. 加强人才培养。共建培养基地。（市人才局、市教委）\n\n' +
        '2. 提高公众接受度。举办科普活动。（市委网信办、市科协）\n\n【原文下载】\n- [某市食品科技行动方案](https://example.org/a.pdf)',
    );
    expect(plan.tasks.map((t) => `${t.key} ${t.leadUnit ?? '-'}`)).toEqual([
      '1 市人才局、市教委',
      '2 市委网信办、市科协',
    ]);
    expect(plan.tasks[1]?.text).not.toContain('原文下载');
  });
});

// ag-shanghai-ebike-fire-safety-market-2021, annotated apart.
describe('partners named once with 下同', () => {
  it('stand for the later tasks of the section that name a lead and no partners', () => {
    const { plan } = parsePlan(
      [
        '一、工作目标',
        '全面提升电动自行车产品质量。',
        '二、重点任务',
        '1．严查生产企业。（牵头指导处室：市局质量处，各区市场监管局、机场分局为实施单位，下同）',
        '2．加强标准宣贯。（牵头指导处室：市局标准处）',
        '三、工作要求',
        '（一）加强领导。（牵头指导处室：市局办公室）',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => `${t.key} ${t.leadUnit ?? '-'} ${(t.partnerUnits ?? []).join('、') || '-'}`)).toEqual([
      '1 市局质量处 各区市场监管局、机场分局',
      '2 市局标准处 各区市场监管局、机场分局',
      '三(一) 市局办公室 -',
    ]);
  });
});
