/** Text that lost its line structure (PDF copies): one line, hard wraps, page numbers. */
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../../src/core/plan/parse-plan';
import { splitRunIn } from '../../../src/core/plan/run-in';

function tasks(text: string): string[] {
  return parsePlan(text).plan.tasks.map((t) => `${t.key} ${t.section ?? '-'} ${t.title}`);
}

const ONE_LINE =
  '2024年某局工作要点为做好今年工作，现提出如下要点。一、加强党的建设1.深化理论学习。坚持每月集中学习，做到学思用贯通、知信行统一。' +
  '2.从严管党治党。落实主体责任，抓好廉政教育，持续纠治形式主义。聚力增效2二、优化公共服务3.推进一网通办。分三步：1.梳理事项；2.优化流程。' +
  '4.提升养老服务。一是新建长者食堂。二是扩大助餐覆盖。按“一、三、四”模式推进。';

describe('a plan on one line', () => {
  it('is split again before each number that continues its count', () => {
    const { plan } = parsePlan(ONE_LINE);
    expect(plan.title).toBe('2024年某局工作要点');
    expect(plan.sections.map((s) => `${s.key} ${s.title}`)).toEqual(['一 加强党的建设', '二 优化公共服务']);
    expect(tasks(ONE_LINE)).toEqual([
      '1 一 深化理论学习',
      '2 一 从严管党治党',
      '3 二 推进一网通办',
      '4 二 提升养老服务',
    ]);
  });

  it('keeps numbers inside a sentence and drops a page number stuck before a heading', () => {
    const { plan } = parsePlan(ONE_LINE);
    expect(plan.tasks[1]?.text.endsWith('持续纠治形式主义。聚力增效')).toBe(true);
    expect(plan.tasks[2]?.text).toBe('推进一网通办。分三步：1.梳理事项；2.优化流程。');
    expect(plan.tasks[3]?.subtasks.map((s) => s.title)).toEqual(['新建长者食堂', '扩大助餐覆盖']);
  });

  // The 平潭 pages of set J (j-pingtan-junshan-work-safety-points-2023, …-self-built-housing-…, …-new-pollutants-…).
  it('splits headings that open with a numeral, skip a number, or are numbered （1）, and cuts a section word from its text', () => {
    const text =
      '某片区2023年安全生产工作要点为做好今年工作，现提出如下要点。一、总体要求全面贯彻落实上级部署，统筹发展和安全，坚持人民至上、生命至上。' +
      '二、健全落实机制（一）深刻领会迅速部署。认真学习。（各处室按职责分工负责）（二）一以贯之狠抓落实。定期评估。（各处室按职责分工负责）' +
      '（四）压紧压实领导责任。建立清单。三、狠抓分类整治（五）实施分类整治。有序推进。（1）对结构隐患的，由区交通建设局牵头。' +
      '（2）对经营隐患的，由区市场监管局牵头。';
    const { plan } = parsePlan(text);
    expect(plan.sections.map((s) => `${s.key} ${s.title}`)).toEqual([
      '一 总体要求',
      '二 健全落实机制',
      '三 狠抓分类整治',
    ]);
    expect(tasks(text)).toEqual([
      '二(一) 二 深刻领会迅速部署',
      '二(二) 二 一以贯之狠抓落实',
      '二(四) 二 压紧压实领导责任',
      '三(五)1 三 对结构隐患的，由区交通建设局牵头',
      '三(五)2 三 对经营隐患的，由区市场监管局牵头',
    ]);
    expect(plan.tasks[0]?.leadUnit).toBe('各处室');
  });

  it('ends a heading without 。 before the 一是 of its subtasks', () => {
    const text = '一、党建\n（一）开展旅游安全专项整治一是深化网格管理。二是加强巡查。\n（二）开展建筑施工整治。内容。';
    expect(tasks(text)).toEqual(['一(一) 一 开展旅游安全专项整治', '一(二) 一 开展建筑施工整治']);
  });

  it('reads 一是 after a stuck page number', () => {
    const text = '一、党建\n1.加强学习。一是读原著。聚力增效2二是写体会。';
    expect(parsePlan(text).plan.tasks[0]?.subtasks.map((s) => s.title)).toEqual(['读原著', '写体会']);
  });
});

// The 平潭 pages of set K (k-pingtan-agri-law-…, …-food-safety-…, …-social-credit-…, …-education-…).
describe('a crawled page on one line, round 11', () => {
  it('takes the title up to the space before its first sentence, not an earlier title word', () => {
    const text =
      '各单位：现将方案印发给你们，请认真组织实施。 某区管委会办公室 2015年8月31日 某区信用体系建设规划任务分工实施方案 ' +
      '为全面落实规划，进一步明确工作分工，制定本方案。一、加强制度建设（一）健全信用制度。内容。（二）完善信用标准。内容。';
    expect(parsePlan(text).plan.title).toBe('某区信用体系建设规划任务分工实施方案');
  });

  it('splits items closed by their units without a 。, and keeps the label out of the title', () => {
    const text =
      '某局2023年普法责任清单 一、重点宣传普及法律法规1.习近平法治思想责任单位：局机关党委、农业处2.《宪法》《民法典》责任单位：局办公室' +
      '二、机关学法1.开展学法活动2次责任单位：局机关党委 来源：某区农业农村局 附件下载';
    expect(tasks(text)).toEqual(['一(1) 一 习近平法治思想', '一(2) 一 《宪法》《民法典》', '二(1) 二 开展学法活动2次']);
    const { plan } = parsePlan(text);
    expect(plan.tasks.map((t) => t.leadUnit)).toEqual(['局机关党委、农业处', '局办公室', '局机关党委']);
  });

  it('splits a heading from the labelled paragraph run into it, and （1） items under a short 1. heading', () => {
    const text =
      '二、目标任务 （一）种植养殖环节 治理指标：合格率稳定在97%以上。 工作任务： 1.加强产地环境保护 （1）做好基础工作。' +
      '严格落实监测制度。（责任单位：区环土局） （2）开展专项治理。实施四个专项行动。（责任单位：区农发局） 2.推进标准化生产。' +
      '建设生产基地2个。（责任单位：区农发局） （二）水产养殖环节 治理指标：合格率达97%以上。 1.推进渔业标准化生产。内容。';
    expect(tasks(text)).toEqual([
      '二(一)1(1) 二 做好基础工作',
      '二(一)1(2) 二 开展专项治理',
      '二(一)2 二 推进标准化生产',
      '二(二)1 二 推进渔业标准化生产',
    ]);
    expect(parsePlan(text).plan.tasks[2]?.leadUnit).toBe('区农发局');
  });

  it('reads a stage heading with its period as a group over its steps, a stage without steps as a task', () => {
    const text =
      '某区迎评工作方案为做好迎评工作，制定本方案。一、实施步骤（一）前期准备阶段（2022年3月1日—3月28日）。1.制定工作方案。起草方案。2.召开动员部署会。统一思想。' +
      '（二）接受评估阶段（2022年5月1日—）。继续完善资料整理。';
    expect(tasks(text)).toEqual([
      '一(一)1 一 制定工作方案',
      '一(一)2 一 召开动员部署会',
      '一(二) 一 接受评估阶段（2022年5月1日—）',
    ]);
  });
});

// Sets L and M: headings that were paragraphs of their own on the page, glued to their text.
describe('a crawled page whose headings are glued to their paragraphs', () => {
  it('cuts a section or group heading at its last heading word, a period, or a sentence opening', () => {
    const text =
      '某片区创建文明城市工作方案 一、工作时限2023年5月25日-12月31日二、工作重点根据《省级文明城市测评体系》，结合片区实际，' +
      '确定以下重点内容。（一）部门职责全区专项行动是个系统工程，各部门要各司其职、各负其责，形成工作合力。1.区交通与建设局：' +
      '（1）负责技术指导服务；（2）做好政策解读工作。2.区公安局：配合做好户籍信息对接。（二）重点整治区域根据《某方案》，' +
      '将长江澳沙滩及周边区域划分为两大网格。';
    const { plan } = parsePlan(text);
    expect(plan.sections.map((s) => `${s.key} ${s.title}`)).toEqual(['一 工作时限', '二 工作重点']);
    expect(tasks(text).map((t) => t.split(' ').slice(0, 2).join(' '))).toEqual([
      '二(一)1(1) 二',
      '二(一)1(2) 二',
      '二(一)2 二',
      '二(二) 二',
    ]);
    expect(plan.tasks[3]?.title).toBe('重点整治区域');
  });

  it('ends a title before a glued 工作目标： and at a heading its paragraph repeats', () => {
    const text =
      '一、工作重点\n（一）片区办公楼周边环境提升工作目标：①设置公益广告；②地面无垃圾。\n（二）重点路段重点路段主要包括苏平路、伯玉线等。';
    expect(tasks(text)).toEqual(['一(一) 一 片区办公楼周边环境提升', '一(二) 一 重点路段']);
  });

  it('reads a unit that carries the task in a closing （X负责）', () => {
    const text =
      '一、安全生产\n1.加强道路交通安全管理。开展专项整治。(交通与建设处负责)\n2.深化平安建设。(政法综治处负责)';
    expect(parsePlan(text).plan.tasks.map((t) => t.leadUnit)).toEqual(['交通与建设处', '政法综治处']);
  });
});

// Set N: n-pingtan-soe-reform-push-year-2022, n-pingtan-suping-self-built-housing-2023.
describe('（1） items on one line, round 14', () => {
  it('splits them under a heading with a comma, and after the units that closed the item before', () => {
    const text =
      '某局2022年国企改革攻坚年行动方案为推进改革，制定本方案。一、企业党建引领1.突出政治建设，全面夯实思想根基（1）坚持党的领导。' +
      '规范前置程序。（2）加强党的建设。落实第一议题制度。二、全面排查隐患1.排查内容。（1）结构安全性排查。开展排查。' +
      '牵头单位：交通与建设处责任单位：各村及包村工作队（2）经营安全性排查。开展排查。牵头单位：经济发展处责任单位：各村、执法队负责配合。';
    expect(tasks(text).map((t) => t.split(' ')[0])).toEqual(['一(1)1', '一(1)2', '二(1)1', '二(1)2']);
    const last = parsePlan(text).plan.tasks[3];
    expect([last?.leadUnit, last?.partnerUnits]).toEqual(['经济发展处', ['各村', '执法队']]);
  });
});

describe('a stage heading run into its text', () => {
  // l-pingtan-suping-national-day-tourism-2023: `1.摸排阶段（2023年9月18日-22日）各网格长抽调…`.
  it('ends after the stage period', () => {
    const text =
      '一、整治措施\n1.摸排阶段（2023年9月18日-22日）各网格长抽调人员，形成问题清单。\n2.巡查阶段（9月27日-28日）开展巡查。';
    expect(tasks(text)).toEqual(['1 一 摸排阶段（2023年9月18日-22日）', '2 一 巡查阶段（9月27日-28日）']);
  });
});

describe('hard-wrapped text with page numbers', () => {
  const paragraphs = [
    '2024年某局工作要点',
    '一、加强党的建设',
    '1.深化理论学习和党性教育活动。坚持每月集中学习，做到学思用贯通、知信行统一的要求。',
    '2.从严管党治党落实主体责任和监督责任。抓好廉政教育，持续纠治形式主义官僚主义的问题。',
    '二、优化公共服务',
    '3.推进政务服务一网通办和一网统管工作。优化流程，减少材料，让数据多跑路群众少跑腿。',
    '4.提升社区养老服务水平和居家养老质量。新建长者食堂，扩大助餐覆盖范围提高服务质量。',
  ];
  // Cut every 16 characters in mid-sentence, with a page-number line after every 6 lines.
  const wrapped = paragraphs
    .flatMap((p) => p.match(/.{1,16}/gu) ?? [])
    .flatMap((l, i) => (i % 6 === 5 ? [l, `- ${(i + 1) / 6} -`] : [l]));

  it('joins the wrapped lines back into paragraphs and drops page numbers', () => {
    const lines = splitRunIn(wrapped);
    expect(lines).toEqual(paragraphs);
    expect(tasks(wrapped.join('\n'))).toEqual([
      '1 一 深化理论学习和党性教育活动',
      '2 一 从严管党治党落实主体责任和监督责任',
      '3 二 推进政务服务一网通办和一网统管工作',
      '4 二 提升社区养老服务水平和居家养老质量',
    ]);
  });
});

describe('a wrapped line that ends with a closing bracket', () => {
  it('ends its paragraph before a number', () => {
    const wrapped = [
      '一、任务',
      '1.推进旧住房修缮更新工作。（牵头单位：区房管局）',
      '2.完成既有多层住宅加装电梯工作。（牵头单位：',
      '区房管局、相关街镇）',
      '3.推进社区生活圈建设项目工作。（牵头单位：区规',
      '划资源局、相关街镇）',
      '4.实施燃气老化管道改造工作任务。（牵头单位：区',
      '建设管理委）',
      '5.实施老旧供水管道改造工作任务。（牵头单位：区',
      '水务局）',
    ];
    expect(tasks(wrapped.join('\n')).map((t) => t.split(' ')[0])).toEqual(['1', '2', '3', '4', '5']);
  });
});

describe('a text a sharing site cut into numbered chunks', () => {
  const filler = '，推进各项工作落实'.repeat(16);
  const text = [
    `1、某乡2023年工作要点 2023年是关键之年${filler}。 一、做强产业 1.做大做强茶产业。坚决禁用高度`,
    `2、高残农药${filler}。 2.改造完善高标准农田。 二、做美环境 3.加大绿化投入。争取项目资`,
    '3、金建设新村。 4.全面秸秆禁烧。',
  ].join('\n');

  it('drops the chunk numbers, joins the chunks and splits the run-in numbers', () => {
    expect(tasks(text)).toEqual([
      '1 一 做大做强茶产业',
      '2 一 改造完善高标准农田',
      '3 二 加大绿化投入',
      '4 二 全面秸秆禁烧',
    ]);
    expect(parsePlan(text).plan.title).toBe('某乡2023年工作要点');
  });
});

describe('a number run in after a unit list, with a space before its stop', () => {
  it('starts the next task when it continues the count after a whole sentence', () => {
    const text = `某局2024年工作要点${'总体要求。'.repeat(30)}一、坚持党建引领1.强化理论武装。持续学习。责任科室:组织科、思政科等2 .夯实基层党组织建设。加强学校党建。`;
    expect(tasks(text)).toEqual(['1 一 强化理论武装', '2 一 夯实基层党组织建设']);
  });
});

describe('a PDF copied as one line', () => {
  it('loses the spaces its line breaks became between Chinese characters', () => {
    const text = `2024 年全市民政工作要点 2024 年是关键一年,是实 施规划的关键一年${'，做好工作'.repeat(12)}。 一、保持正确政治方向 (一)深入学习贯彻习近平新时代中国特色社会 主义思想。持续深化理论武装。 (二)坚持和加强党的全面 领导。牢 牢把握政治属性。`;
    expect(tasks(text)).toEqual([
      '一(一) 一 深入学习贯彻习近平新时代中国特色社会主义思想',
      '一(二) 一 坚持和加强党的全面领导',
    ]);
  });
});

describe('ordinary text', () => {
  it('passes through unchanged', () => {
    const lines = [
      '2024年某局工作要点',
      '一、党建',
      '1.学习。按“一、三、四”模式。',
      '2.教育。',
      '二、服务',
      '3.养老。',
    ];
    expect(splitRunIn(lines)).toEqual(lines);
  });
});

// The 平潭 pages of set O (o-pingtan-finance-bureau-…, …-obsolete-capacity-…, …-suping-summer-sanitation-…).
describe('a crawled page on one line, round 15', () => {
  const PAD = '当前和今后一个时期，财政仍处于紧平衡状态，收支矛盾十分突出，我们高度重视这些问题，采取有力措施改进。';

  it('with no 一、 level, reads one （一） over 1.–2. as a group beside （二）（三） that are tasks', () => {
    const { plan } = parsePlan(
      `某局2022年工作计划 ${PAD}（一）统筹学习，加强政治思想教育以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大精神，` +
        '坚定不移推进全面从严治党。重点抓好以下两方面工作：1.强化理论武装。持续深入学习。2.严明纪律规矩。扎紧责任链条。' +
        '（二）狠抓收入管理一是加强财源管理。二是争取上级支持。（三）优化支出结构一是树立过紧日子思想。二是保障重点领域支出。',
    );
    expect(plan.sections).toEqual([]);
    expect(plan.groups.map((g) => `${g.number} ${g.title}`)).toEqual(['(一) 统筹学习，加强政治思想教育']);
    expect(plan.tasks.map((t) => `${t.key} ${t.section ?? '-'} ${t.title}`)).toEqual([
      '(一)1 - 强化理论武装',
      '(一)2 - 严明纪律规矩',
      '2 - 狠抓收入管理',
      '3 - 优化支出结构',
    ]);
  });

  it('keeps a section heading whole before its （一）, and leaves a contact line and an attachment list out', () => {
    const { plan } = parsePlan(
      `某区2022年淘汰落后产能工作方案 ${PAD}一、总体目标到年底前完成排查整改，推动产业结构优化升级。二、主要任务及责任分工` +
        '（一）能耗方面。加强节能监察。责任单位：区经济发展局（二）环保方面。加强环评准入监管。责任单位：区生态环境局' +
        '三、联系方式联系人：张三，联系电话：0591-12345678。 附件：1.落后产能重点排查清单2.落后产能企业摸底排查情况表',
    );
    expect(plan.sections.map((s) => `${s.key} ${s.title}`)).toEqual([
      '一 总体目标',
      '二 主要任务及责任分工',
      '三 联系方式',
    ]);
    expect(plan.tasks.map((t) => `${t.key} ${t.title} ${t.leadUnit ?? ''}`)).toEqual([
      '二(一) 能耗方面 区经济发展局',
      '二(二) 环保方面 区生态环境局',
    ]);
  });

  it('takes the date under several signers run in after the cover', () => {
    const { plan } = parsePlan(
      '关于印发某区2022年工作方案的通知 各部门：现将《某区2022年工作方案》印发给你们，请遵照执行。 ' +
        `某区经济发展局 某区生态环境局 某区市场监督管理局 2022年5月25日 某区2022年工作方案 ${PAD}` +
        '一、主要任务（一）能耗方面。加强节能监察。（二）环保方面。加强环评准入监管。',
    );
    expect(plan.date).toBe('2022-05-25');
    expect(plan.issuer).toBe('某区经济发展局');
    expect(plan.tasks.map((t) => t.key)).toEqual(['一(一)', '一(二)']);
  });

  it('cuts a heading glued to a unit told what it must do, and a section label at its colon', () => {
    const { plan } = parsePlan(
      `某片区夏季爱国卫生运动实施方案 ${PAD}一、指导思想以习近平新时代中国特色社会主义思想为指导，深入开展爱国卫生运动。` +
        '二、主题：讲究卫生 清脏治乱 防止病媒三、活动内容：（一）强化宣传活动党政办要牵头局机关内设处室，开展好控烟宣传、' +
        '垃圾分类宣传等宣传活动。（二）抓好病媒生物预防控制工作局社会事业处要结合当前疫情防控形势，组织村居群众清除孳生地。',
    );
    expect(plan.sections.map((s) => `${s.key} ${s.title}`)).toEqual(['一 指导思想', '二 主题', '三 活动内容']);
    expect(plan.tasks.map((t) => `${t.key} ${t.title}`)).toEqual([
      '三(一) 强化宣传活动',
      '三(二) 抓好病媒生物预防控制工作',
    ]);
  });
});

// The 平潭 pages of set P (p-pingtan-two-worries-…, …-aquatic-product-quality-…, …-scenic-spots-…).
describe('a crawled page on one line, round 16', () => {
  const PAD =
    '为深入贯彻落实上级决策部署，切实解决群众反映强烈的突出问题，结合我区实际，特制定本方案，请各单位认真贯彻执行。';

  it('reads a signature with a seal’s note, headings before the space that was a paragraph break, and duty labels', () => {
    const { plan } = parsePlan(
      '关于印发《某区解决突出问题实施方案》的通知 各成员单位：现将《某区解决突出问题实施方案》印发给你们，请认真贯彻执行。 ' +
        `某区扶贫开发领导小组 （某区党工委代章） 2019年8月12日 某区解决突出问题实施方案 ${PAD} ` +
        '一、目标任务 紧盯标准，全面查清全部农户情况，确保无遗漏、无死角。 二、责任分工 （一）核查标准 全面查清全部农户情况，' +
        '重点关注困难群众保障情况，确保无遗漏。 1.不愁吃不愁穿。主要是看农户能否满足需求。（区社会事业局负责，各乡镇配合） ' +
        '2.义务教育有保障。保障有学上。 （二）部门职责 1.区直责任单位职责：区教育局、医保局等主管部门要加强对乡镇的业务指导。 ' +
        '2.各乡镇职责：要认真落实属地责任。 三、工作机制及职责分工建立健全联席会议机制，统筹协调专项整治工作，定期通报情况。',
    );
    expect([plan.issuer, plan.date]).toEqual(['某区扶贫开发领导小组', '2019-08-12']);
    expect(plan.sections.map((s) => `${s.key} ${s.title}`)).toEqual([
      '一 目标任务',
      '二 责任分工',
      '三 工作机制及职责分工',
    ]);
    expect(plan.groups.map((g) => `${g.number} ${g.title}`)).toEqual(['(一) 核查标准', '(二) 部门职责']);
    expect(plan.tasks.map((t) => `${t.key} ${t.leadUnit ?? '-'} ${(t.partnerUnits ?? []).join('、') || '-'}`)).toEqual([
      '二(一)1 区社会事业局 各乡镇',
      '二(一)2 - -',
      '二(二)1 区直责任单位 -',
      '二(二)2 各乡镇 -',
    ]);
  });

  it('finds the plan’s fuller name after the cover’s attachment list, its signature and 附件', () => {
    const notice = '某区农村发展局关于印发2016年度水产品质量安全监管工作要点的通知';
    const { plan } = parsePlan(
      `标题: ${notice}\n==================== 正文 ====================\n当前位置： 首页政务公开 ${notice} ` +
        `时间：2016-05-24 08:32 微信 微博 QQ空间 ${notice} 各乡镇：现将我局制定的《某区农村发展局2016年度水产品质量安全监管工作要点》` +
        '印发给你们。 附件：《某区农村发展局2016年度水产品质量安全监管工作要点》 某区农村发展局 2016年5月23日 附件 ' +
        `某区农村发展局2016年度水产品质量安全监管工作要点 ${PAD} 一、加强监测（一）开展例行监测。按月抽检。` +
        '（二）开展专项监测。按季抽检。二、加强监管（一）强化执法。严查违法。（二）强化宣传。开展培训。',
    );
    expect([plan.title, plan.issuer, plan.date]).toEqual([
      '某区农村发展局2016年度水产品质量安全监管工作要点',
      '某区农村发展局',
      '2016-05-23',
    ]);
    expect(plan.tasks.map((t) => t.key)).toEqual(['一(一)', '一(二)', '二(一)', '二(二)']);
  });

  it('ends a stage title at its period, and gives a group the units that close its last item', () => {
    const { plan } = parsePlan(
      `某区景区安全专项整治工作方案 ${PAD} 一、整治内容（一）景区1.健全安全制度。落实制度。2.加强设备检测。定期检测。` +
        '3.做好其他隐患的整治。（区旅游文体局负责，各相关责任单位配合）（二）非景区景点1.加强警示标识建设。（各片区管理局负责）' +
        '2.加强沙滩管理。（区公安局负责，各片区管理局配合）二、实施步骤（一）排查阶段1.摸底排查，查清底数（9月5日前完成）' +
        '坚持全覆盖排查原则，做好相关底数排查。2.梳理任务清单、责任清单（9月5日至9月8日）根据各单位报送的清单逐项梳理。',
    );
    expect(plan.tasks.map((t) => `${t.key} ${t.title} ${t.leadUnit ?? '-'}`)).toEqual([
      '一(一)1 健全安全制度 区旅游文体局',
      '一(一)2 加强设备检测 区旅游文体局',
      '一(一)3 做好其他隐患的整治 区旅游文体局',
      '一(二)1 加强警示标识建设 各片区管理局',
      '一(二)2 加强沙滩管理 区公安局',
      '二(一)1 摸底排查，查清底数（9月5日前完成） -',
      '二(一)2 梳理任务清单、责任清单（9月5日至9月8日） -',
    ]);
    expect(plan.tasks[6]?.deadlineText).toBe('9月5日至9月8日');
  });
});

// The 平潭 pages of set Q (q-pingtan-suping-investment-drive-…, …-double-reduction-…, …-junshan-forest-fire-…).
describe('a crawled page on one line, round 17', () => {
  const PAD = '为深入贯彻落实上级决策部署，结合片区实际，制定本方案，请各处室认真贯彻执行，确保各项工作落到实处。';
  const { plan } = parsePlan(
    '关于印发《某片区2023年森林防灭火工作要点》的通知 各处室：现将《某片区2023年森林防灭火工作要点》印发给你们，请认真抓好贯彻落实。 ' +
      `某片区森林防灭火指挥部 （某片区管理局党政办公室代章） 2023年4月10日某片区2023年森林防灭火工作要点 ${PAD}` +
      '一、总体要求（一）指导思想全面贯彻落实上级部署，坚持人民至上、生命至上，统筹发展和安全。（二）基本原则坚持生态优先、绿色发展。' +
      '二、工作内容（一） 大招商阶段（3-12月份）采取多种模式，形成全员大招商格局。1.外派招商根据区招商中心的安排，抽调业务骨干派驻各地，' +
      '广泛搜集招商信息。2.产业链招商由招商小分队牵头，深入剖析现有产业链薄弱环节与缺失环节，重点引进延链补链项目。3.行政村招商鼓励各个行政村参与招商，' +
      '发动乡贤回乡投资。牵头处室：经济发展处配合处室：各相关处室、各行政村三、实施步骤（一）第一阶段(2023年5月上旬前)，部署摸底阶段由片区管理局牵头，' +
      '全面部署并开展摸底排查，建立工作台账。（二）第二阶段(2023年11月中旬前)，集中整治阶段各处室联合开展集中整治，公布整治结果。' +
      '四、保障措施（一）加强组织领导成立片区工作领导小组，由片区主要领导担任组长，其他党委委员任副组长。（二）加强经费保障设置专项经费，' +
      '在上级分配经费的基础上再配备一定的经费。',
  );

  it('signs with a 指挥部 and its seal’s note', () => {
    expect([plan.issuer, plan.date]).toEqual(['某片区森林防灭火指挥部', '2023-04-10']);
  });

  it('cuts headings before a heading word’s text, a sentence’s opening, and a named stage’s text', () => {
    expect(plan.tasks.map((t) => `${t.key} ${t.title}`)).toEqual([
      '一(一) 指导思想',
      '一(二) 基本原则',
      '二(一)1 外派招商',
      '二(一)2 产业链招商',
      '二(一)3 行政村招商鼓励各个行政村参与招商，发动乡贤回乡投资',
      '三(一) 第一阶段(2023年5月上旬前)，部署摸底阶段',
      '三(二) 第二阶段(2023年11月中旬前)，集中整治阶段',
      '四(一) 加强组织领导',
      '四(二) 加强经费保障',
    ]);
  });

  it('reads a stage with items as their group, and gives them the units that close the last', () => {
    expect(plan.groups.map((g) => `${g.number} ${g.title}`)).toEqual(['(一) 大招商阶段（3-12月份）']);
    expect(plan.tasks.slice(2, 5).map((t) => `${t.leadUnit ?? '-'} ${(t.partnerUnits ?? []).join('、')}`)).toEqual([
      '经济发展处 各相关处室、各行政村',
      '经济发展处 各相关处室、各行政村',
      '经济发展处 各相关处室、各行政村',
    ]);
  });

  it('leaves a sentence whose subject and modal verb open it (各学校需根据…) whole', () => {
    const text =
      `某镇2023年控辍保学工作方案 ${PAD}一、工作措施（一）落实责任1.各学校需根据《义务教育法》制定控辍保学工作实施方案，` +
      '要求各校教师按规定程序依法进行教育。2.各村要加强排查，做到不漏一户。';
    expect(parsePlan(text).plan.tasks[0]?.title).toBe(
      '各学校需根据《义务教育法》制定控辍保学工作实施方案，要求各校教师按规定程序依法进行教育',
    );
  });
});

// The 平潭 pages of set R (r-pingtan-haitan-road-traffic-…, …-bidding-business-environment-…).
describe('a crawled page on one line, round 18', () => {
  it('cuts a section heading before 为全面…, and keeps a section numbered 五 after 三 when its heading is a part’s word', () => {
    const pad = '为推进工作落实，结合片区实际，制定本方案，请各单位认真贯彻执行，确保各项工作落到实处，取得实效。';
    const { plan } = parsePlan(
      `某片区道路交通安全综合整治工作实施方案 ${pad} 一、工作目标 道路交通事故明显下降，群众安全感明显提升。 ` +
        '二、组织机构为全面推进片区道路交通安全综合整治工作，决定成立工作领导小组，名单如下：组长：张三。 三、整治方式 ' +
        '（一）随机抽查。派出专人组成检查组开展抽查。 责任单位：区监管办 完成时限：2019年12月5日前 五、工作要求 ' +
        '（一）提高站位、主动作为。各有关部门要切实认识到开展专项治理的重要性。',
    );
    expect(plan.sections.map((s) => `${s.key} ${s.title}`)).toEqual([
      '一 工作目标',
      '二 组织机构',
      '三 整治方式',
      '五 工作要求',
    ]);
    expect(plan.tasks.map((t) => `${t.key} ${t.leadUnit ?? '-'} ${t.deadline ?? '-'}`)).toEqual([
      '三(一) 区监管办 2019-12-05',
      '五(一) - -',
    ]);
  });
});

// The 平潭 pages of set S (s-pingtan-junshan-campus-security-…, s-pingtan-5g-network-industry-…).
describe('a crawled page on one line, round 19', () => {
  const pad = '为认真贯彻落实上级部署，切实维护校园及周边治安秩序，结合片区实际，制定本方案，请各校认真贯彻执行。';
  const { plan } = parsePlan(
    [
      '标题: 某管委会办公室印发《关于进一步支持5G网络规划建设和产业发展实施方案》的通知',
      '==================== 正文 ====================',
      '当前位置： 首页 时间：2020-05-07 08:53 微信 微博 QQ空间 平潭综合实验区管委会办公室文件 岚综管办〔2020〕35号 ' +
        `某片区2022年校园及周边治安综合治理工作实施方案 ${pad} 一、指导思想 以习近平新时代中国特色社会主义思想为指导，` +
        '全面落实工作部署。 二、组织机构 为保证工作的顺利开展，经研究，决定成立工作领导小组。 三、整治工作安排 ' +
        '（一）宣传发动阶段（4月1日至4月30日） 各校要从实际出发，通过广播、专刊、讲座等形式做好宣传发动工作。 ' +
        '（二）检查验收阶段（9月1日至11月30日） 9月1日至9月30日，片区管理局对所属学校进行检查验收。 四、保障措施 ' +
        '（一）加强宣传。做好宣传。牵头单位：区经发局 责任单位：各片区管理局、党群工作部附件：5G网络建设协调领导小组成员名单',
    ].join('\n'),
  );

  it('reads the 文号 after the red header that follows the share buttons', () => {
    expect(plan.docNumber).toBe('岚综管办〔2020〕35号');
  });

  it('ends a heading at the space before 为保证…, and a stage at the space after its period', () => {
    expect(plan.sections.map((s) => `${s.key} ${s.title}`)).toEqual([
      '一 指导思想',
      '二 组织机构',
      '三 整治工作安排',
      '四 保障措施',
    ]);
    expect(plan.tasks.map((t) => `${t.key} ${t.title} ${t.deadline ?? '-'}`)).toEqual([
      '三(一) 宣传发动阶段（4月1日至4月30日） 2022-04-30',
      '三(二) 检查验收阶段（9月1日至11月30日） 2022-11-30',
      '四(一) 加强宣传 2022-12-31',
    ]);
  });

  it('ends the last units clause at the attachment list run in after it', () => {
    expect([plan.tasks[2]?.leadUnit, plan.tasks[2]?.partnerUnits]).toEqual([
      '区经发局',
      ['各片区管理局', '党群工作部'],
    ]);
  });
});

// The 平潭 pages of set T (t-pingtan-finance-bureau-inspection-plan-…, t-pingtan-old-dangerous-buildings-…).
describe('a crawled page on one line, round 20', () => {
  it('takes the signature and date that close the page, and leaves a subject’s 要根据… sentence whole', () => {
    const pad =
      '为切实做好老楼危楼安全排查整治工作，保障人民群众生命财产安全，结合本区实际，制定本方案，请认真贯彻执行。';
    const { plan } = parsePlan(
      [
        '标题: 某局2023年度执法监督检查计划',
        '==================== 正文 ====================',
        `当前位置： 首页 某局2023年度执法监督检查计划 ${pad} 一、检查事项（一）会计监督检查。对部分单位开展会计信息质量检查。` +
          '（责任处室：监督检查处） 二、职责分工（一）各乡镇人民政府要根据本方案要求，按照属地管理的原则，认真组织开展辖区排查整治工作。' +
          '（二）区住建局要加强业务指导。三、有关要求（一）守检查纪律。检查人员要严格遵守工作纪律。 某区财政金融局2023年6月29日',
      ].join('\n'),
    );
    expect([plan.date, plan.issuer]).toEqual(['2023-06-29', '某区财政金融局']);
    expect(plan.tasks.map((t) => `${t.key} ${t.title}`)).toEqual([
      '一(一) 会计监督检查',
      '二(一) 各乡镇人民政府要根据本方案要求，按照属地管理的原则，认真组织开展辖区排查整治工作',
      '二(二) 区住建局要加强业务指导',
      '三(一) 守检查纪律',
    ]);
    expect(plan.tasks[3]?.text).not.toContain('2023年6月29日');
  });
});

// The 平潭 pages of set U (u-pingtan-bihai-marine-enforcement-…, …-sanitation-facilities-…, …-rule-of-law-…).
describe('a crawled page on one line, round 21', () => {
  it('cuts a heading before 自… and 按照…, but not a unit’s 按照… nor a heading word with its noun run on', () => {
    const pad =
      '为切实做好环卫设施建设工作，改善城乡环境卫生面貌，结合我区实际，制定本方案，请认真贯彻执行，确保取得实效。';
    const { plan } = parsePlan(
      `某区环卫设施建设两年行动计划实施方案 ${pad}一、行动时间自发文之日起至11月30日。二、建设标准及投资规模` +
        '（一）建设标准按照国家有关标准执行，确保建设质量符合规范要求。（二）投资规模按照两年行动计划的工作目标，经初步测算共需资金约2.3亿元。' +
        '三、保障措施（一）区党群工作部按照上级部署落实完善学校校医职称评审政策。（二）行政机关履行执法职责所需经费，纳入区级财政预算予以保障。',
    );
    expect(plan.sections.map((s) => `${s.key} ${s.title}`)).toEqual([
      '一 行动时间',
      '二 建设标准及投资规模',
      '三 保障措施',
    ]);
    expect(plan.tasks.map((t) => `${t.key} ${t.title}`)).toEqual([
      '二(一) 建设标准',
      '二(二) 投资规模',
      '三(一) 区党群工作部按照上级部署落实完善学校校医职称评审政策',
      '三(二) 行政机关履行执法职责所需经费，纳入区级财政预算予以保障',
    ]);
  });
});

// The 平潭 pages of set V (v-pingtan-luyang-fire-hazard-rectification-2016, v-pingtan-rectify-malpractice-2013).
describe('a crawled page on one line, round 22', () => {
  const pad = '为切实做好消防安全排查整治工作，改善全乡消防安全环境，结合我乡实际，制定本方案，请认真贯彻执行。';

  it('ends a short heading at the space of its paragraph break, not at a wrap space or one in brackets', () => {
    const { plan } = parsePlan(
      `某乡消防安全排查整治工作方案 ${pad}一、整治机构 为做好我乡消防安全排查整治工作，成立领导小组（详见附件）。` +
        '二、整治内容（一）完成消防规章制度编制工作 做好全乡消防规章制度的编制工作，规章制度要具有较强可操作性。' +
        '（二）监督检查工作（684 个工作日）对全区危险化学品企业开展监督检查，检查比例不少于百分之五十。' +
        '（三）宣传教育 进一步强化 消防安全宣传 工作力度，深入 开展“五进”消防宣传，利用 多种形式开展宣传。',
    );
    expect(plan.sections.map((s) => `${s.key} ${s.title}`)).toEqual(['一 整治机构', '二 整治内容']);
    expect(plan.tasks.map((t) => `${t.key} ${t.title}`)).toEqual([
      '二(一) 完成消防规章制度编制工作',
      // The space inside the brackets is not where it ends; the bracketed count is (see below).
      '二(二) 监督检查工作（684 个工作日）',
      expect.stringMatching(/^二\(三\) 宣传教育进一步强化/),
    ]);
  });

  it('keeps an item that skips one number after a paragraph break, and ends its heading at a labelled line', () => {
    const { plan } = parsePlan(
      `某乡消防安全排查整治工作方案 ${pad}一、整治内容（一）排查整治工作 隐患排查整治组下分五个整治小组：` +
        '1、建筑工地排查整治小组。 组长：陈某 负责对建筑工地进行排查整治和登记造册，并跟踪整改。' +
        ' 2、人员密集场所排查整治小组。 组长：魏某 负责对人员密集场所进行排查整治，并跟踪整改。' +
        ' 3、文化娱乐场所排查整治小组。 组长：严某 负责对文化站、敬老院进行排查整治，并跟踪整改。' +
        ' 5、中小学及幼儿园排查整治小组。 组长：严某 负责对学校及幼儿园进行排查整治，并跟踪整改。' +
        ' 6、宗教场所排查整治小组 组长：翁某 成员由派出所、安监站工作人员组成，负责对寺庙进行排查整治。' +
        ' （二）宣传教育工作 进一步强化消防安全宣传工作力度，每季度开展1—2次消防安全知识讲座。',
    );
    expect(plan.tasks.map((t) => `${t.key} ${t.title}`)).toEqual([
      '一(一)1 建筑工地排查整治小组',
      '一(一)2 人员密集场所排查整治小组',
      '一(一)3 文化娱乐场所排查整治小组',
      '一(一)5 中小学及幼儿园排查整治小组',
      '一(一)6 宗教场所排查整治小组',
      '一(二) 宣传教育工作',
    ]);
  });
});

// The 平潭 page of set W (w-pingtan-approval-reform-six-measures-2017).
describe('a crawled page on one line, round 23', () => {
  it('ends a heading of two clauses at the space of its paragraph break', () => {
    const pad = '为深化行政审批制度改革，提升审批服务效能，结合我区实际，制定如下措施，请认真贯彻执行。';
    const { plan } = parsePlan(
      `某区2017年深化改革六项措施 ${pad}一、实施档案电子化，构建行政审批“一张网” 为实现政务管理基础数据信息共享和档案监管互认，推进全区档案电子化工程。` +
        '二、加快医社保自助结算，逐步实施“多卡融合” 进一步加大沟通、协调力度，建立独立的社保卡管理系统。',
    );
    expect(plan.sections.map((s) => `${s.key} ${s.title}`)).toEqual([
      '一 实施档案电子化，构建行政审批“一张网”',
      '二 加快医社保自助结算，逐步实施“多卡融合”',
    ]);
    expect(plan.tasks.map((t) => `${t.key} ${t.title}`)).toEqual([
      '一 实施档案电子化，构建行政审批“一张网”',
      '二 加快医社保自助结算，逐步实施“多卡融合”',
    ]);
  });
});

// The 平潭 pages of set X (x-pingtan-limited-space-expert-service-2024, x-pingtan-grain-stock-inspection-2016).
describe('a crawled page on one line, round 24', () => {
  const pad = '为切实做好粮食库存检查工作，确保检查工作取得实效，结合我区实际，制定本方案，请认真贯彻执行。';

  it('reads the annexes after the attachment list apart, not as tasks of the last section', () => {
    const { plan } = parsePlan(
      `某区2024年有限空间作业专家指导服务实施方案 ${pad}一、工作目标（一）指导企业落实主体责任。对照会诊表（详见附件2）逐条核查。` +
        '（二）开展专家指导服务。在重点企业名单（详见附件1）中开展服务。二、工作要求（一）加强组织领导。各单位要高度重视。' +
        '（二）强化督促整改。督促企业及时整改。联系人及联系方式：杨某，0591-12345678。附件：1. 全区重点工贸企业名单 2. 工贸重点企业现场会诊表' +
        '附件1全区重点工贸企业名单一、机械制造某船舶修造公司二、建材行业某混凝土有限公司' +
        '附件2 工贸重点企业现场会诊表 企业名称： 指导服务时间： 年 月 日序号项目会诊要点一主要负责人职责落实' +
        '1.主要负责人作为第一责任人，应当组织制定安全管理制度。Ø 查阅资料：（1）是否制定制度。（2）是否明确监护人员。' +
        '2.企业应当实行有限空间作业监护制。3.监护人员应当具备安全知识。',
    );
    expect(plan.tasks.map((t) => `${t.key} ${t.title}`)).toEqual([
      '一(一) 指导企业落实主体责任',
      '一(二) 开展专家指导服务',
      '二(一) 加强组织领导',
      '二(二) 强化督促整改',
    ]);
  });

  it('ends a stage heading before the days that open its paragraph, and takes their last day', () => {
    const { plan } = parsePlan(
      `某区2016年粮食库存检查工作实施方案 ${pad}一、检查步骤（一）自查阶段 4月15日前，企业按照检查实施方案进行全面自查。` +
        '（二）普查阶段 4月15日—22日，由区农村发展局牵头对辖区内地方储备粮进行全面普查。' +
        '（三）交叉检查阶段 4月23日—5月10日，根据省粮食局要求开展设区市之间交叉检查。',
    );
    expect(plan.tasks.map((t) => `${t.key} ${t.title} ${t.deadline}`)).toEqual([
      '一(一) 自查阶段 2016-04-15',
      '一(二) 普查阶段 2016-04-22',
      '一(三) 交叉检查阶段 2016-05-10',
    ]);
  });
});

// The 平潭 page of set Y (y-pingtan-soe-bureau-safety-month-2021).
describe('a crawled page on one line, round 25', () => {
  it('ends a heading of two four-character phrases where the paragraph’s subject or opening follows', () => {
    const pad = '为做好2021年“安全生产月”活动，结合我局实际，制定本方案，请各所出资企业认真贯彻执行。';
    const { plan } = parsePlan(
      `某局2021年“安全生产月”活动方案 ${pad}一、工作要求（一）加强领导，精心组织各所出资企业要提高认识，细致谋划，明确分工。` +
        '（二）加强宣传，营造氛围结合工作实际，利用各类媒体大力宣传安全生产方面的内容。' +
        '（三）摸清底数，研究提出一批环境污染整治项目，以项目带动环境质量持续改善。',
    );
    expect(plan.tasks.map((t) => `${t.key} ${t.title}`)).toEqual([
      '一(一) 加强领导，精心组织',
      '一(二) 加强宣传，营造氛围',
      '一(三) 摸清底数，研究提出一批环境污染整治项目，以项目带动环境质量持续改善',
    ]);
  });
});

// n-pingtan-emergency-bureau-inspection-plan-2022 and t-pingtan-livable-environment-2015, looked at again.
describe('a crawled page on one line, headings closed by a count or followed by a field label', () => {
  it('ends a heading after its bracketed count or before 实施项目：, and leaves the days out of a unit', () => {
    const pad = '为做好2022年度执法检查工作，合理安排执法力量，结合我局实际，制定本计划，请认真贯彻执行。';
    const { plan } = parsePlan(
      `某局2022年度安全生产监督检查计划 ${pad}一、执法工作（一）开展安全生产综合监管（400个工作日）依据法律、法规、规章等规定开展综合监管工作。` +
        '责任单位：协调处（400日）。（二）打造城市完整社区实施项目：潭城镇东门社区、城东社区。' +
        '二、检查安排（一）重点检查对象1.一般检查对象（164个工作日）对16家危险化学品贸易型企业进行抽查，抽查比例不少于50%。',
    );
    expect(plan.tasks.map((t) => `${t.key} ${t.title}`)).toEqual([
      '一(一) 开展安全生产综合监管（400个工作日）',
      '一(二) 打造城市完整社区',
      '二(一)1 一般检查对象（164个工作日）',
    ]);
    expect(plan.tasks[0]?.leadUnit).toBe('协调处');
  });
});

// The 平潭 pages of set Z (z-pingtan-rural-tourism-upgrade-2019, z-pingtan-rural-toilet-revolution-2021-2025).
describe('a crawled page on one line, round 26', () => {
  const pad = '为推动乡村旅游提质升级，结合我区实际，制定本方案，现印发给你们，请认真贯彻执行。';

  it('reads a group whose heading runs into its lead-in paragraph, and gives its items the units closing the last', () => {
    const { plan } = parsePlan(
      `标题: 某区管委会办公室关于 印发《某区乡村旅游提质升级行动方案》的通知\n==================== 正文 ====================\n` +
        `某区乡村旅游提质升级行动方案 ${pad}一、重点任务（一）编制乡村旅游发展规划1.编制规划。统筹编制全区规划。` +
        '2.完善政策。出台扶持政策。3.建立机制。建立协调机制。（责任单位：区旅游发展委员会、农村发展局）' +
        '（二）实施乡村旅游基础设施提质升级分期实施、逐步打造一批星级乡村旅游特色村，大力改善公共服务设施。' +
        '1.乡村旅游公路。加快改造提升乡村旅游低等级公路。2.游客服务中心。新建或改建规模适度的游客中心。' +
        '3.旅游厕所。全面提升旅游厕所品质。（责任单位：区旅游发展委员会、交通与建设局）',
    );
    expect(plan.title).toBe('某区乡村旅游提质升级行动方案');
    expect(plan.groups.map((g) => g.key)).toEqual(['一(一)', '一(二)']);
    expect(plan.tasks.map((t) => `${t.key} ${t.title} ${t.leadUnit ?? '-'}`)).toEqual([
      '一(一)1 编制规划 区旅游发展委员会、农村发展局',
      '一(一)2 完善政策 区旅游发展委员会、农村发展局',
      '一(一)3 建立机制 区旅游发展委员会、农村发展局',
      '一(二)1 乡村旅游公路 区旅游发展委员会、交通与建设局',
      '一(二)2 游客服务中心 区旅游发展委员会、交通与建设局',
      '一(二)3 旅游厕所 区旅游发展委员会、交通与建设局',
    ]);
  });

  it('reads a single attachment named in the list and again over itself apart', () => {
    const { plan } = parsePlan(
      `某区农村厕所革命专项实施方案 ${pad}一、主要任务（一）编制工作方案。开展农村改厕情况摸底。（二）推进示范建设。建设示范村。` +
        '二、组织保障（一）加强组织领导。各部门要高度重视。附件：某区农村厕所革命专项实施方案任务清单' +
        '附件某区农村厕所革命专项实施方案任务清单序号任务名称主要内容责任单位一、完善基础设施（一）编制工作方案以片区为单位开展摸底。' +
        '（二）推进示范建设建设示范村。（三）加强管护建立管护机制。',
    );
    expect(plan.tasks.map((t) => t.key)).toEqual(['一(一)', '一(二)', '二(一)']);
  });
});

// q-pingtan-suping-investment-drive-2020 and y-pingtan-soe-bureau-safety-month-2021, looked at again.
describe('a crawled page on one line, headings before 以…为, 在…基础上 and 借助', () => {
  it('cuts the heading before those openings, but not before 以X为主的', () => {
    const pad = '为做好2020年招商引资工作，推动片区经济高质量发展，结合片区实际，制定本方案，请认真贯彻执行。';
    const { plan } = parsePlan(
      `某片区2020年招商引资工作方案 ${pad}一、招商方式（一）“一把手”招商以片区主要领导为主要负责人，主动出面接待、洽谈及商务谈判。` +
        '（二）以商招商借助企业的信息渠道、商务渠道、人脉资源进行招商引资。' +
        '（三）开展安全培训活动在“国资大讲堂”的基础上，组织1场实验区国资系统安全培训活动。' +
        '（四）引入有实力有经验的企业投资开发以民宿为主的旅游产品开发，打造一批精品民宿和特色旅游产品。',
    );
    expect(plan.tasks.map((t) => `${t.key} ${t.title}`)).toEqual([
      '一(一) “一把手”招商',
      '一(二) 以商招商',
      '一(三) 开展安全培训活动',
      '一(四) 引入有实力有经验的企业投资开发以民宿为主的旅游产品开发，打造一批精品民宿和特色旅游产品',
    ]);
  });
});

// ac-pingtan-soil-pollution-prevention-2016, annotated apart: a one-line page whose `1.` items are a
// heading, a space, then their paragraph, each closed by a 责任单位 clause and a space.
describe('a one-line page of headed 1. items with a units clause each', () => {
  it('titles each item by its heading and reads the units clause to its space', () => {
    const pad = '为切实加强土壤污染防治，逐步改善土壤环境质量，结合实际，制定本方案，请认真贯彻执行。';
    const { plan } = parsePlan(
      `某区土壤污染防治工作方案 ${pad}一、主要任务 （一）掌握土壤环境质量状况 1.开展土壤环境质量详查 2017年6月底前，完成全区土壤污染状况初步调查。` +
        '责任单位：区环境局牵头，区农村发展局等参与，各乡镇人民政府负责落实。 2.建立土壤环境监测体系 结合土壤污染治理试点项目建设，先行配备一批土壤快速检测设备，逐步建成覆盖全区农用地和重点行业企业用地的土壤环境质量监测网络。' +
        '责任单位：区环境局、农村发展局负责，区经济发展局等参与 鼓励农民增施有机肥，减少化肥使用量。 （二）严格监管各类污染源 ' +
        '1.强化工矿企业环境监管 加强日常环境监管。确定重点监管企业名单。 责任单位：区环境局牵头，区卫生局参与',
    );
    expect(
      plan.tasks.map((t) => `${t.key} ${t.title} ${t.leadUnit ?? '-'} ${(t.partnerUnits ?? []).join('、')}`),
    ).toEqual([
      '一(一)1 开展土壤环境质量详查 区环境局 区农村发展局、各乡镇人民政府',
      '一(一)2 建立土壤环境监测体系 区环境局、农村发展局 区经济发展局',
      '一(二)1 强化工矿企业环境监管 区环境局 区卫生局',
    ]);
    expect(plan.tasks[0]?.deadline).toBe('2017-06-30');
  });
});

// ae-pingtan-suping-rural-waste-sorting-2021: a section heading, a space, then a member list with wrap spaces.
describe('a one-line page whose first section is its leading group', () => {
  it('ends the heading 组织机构 before the list of members', () => {
    const pad = '为推进农村生活垃圾分类工作，改善农村人居环境，结合片区实际，特制定本工作方案。';
    const { plan } = parsePlan(
      `某片区农村生活垃圾分类实施工作方案 ${pad}一、组织机构 组 长：孙树群 党委书记、局长 副 组 长：何 盈 党委副书记 成 员：各村党支部书记 ` +
        '二、工作目标 （一）打造1个精品样本。对照最高标准打造精品样本村。（二）建设垃圾分类示范点。年底前基本建成示范村。',
    );
    expect(plan.sections.map((s) => s.title)).toEqual(['组织机构', '工作目标']);
  });
});

// af-pingtan-jinjing-illegal-fundraising-2022: a heading of a four- and a six-character phrase, glued.
describe('a glued heading of two phrases of four and six characters', () => {
  it('ends before the paragraph that opens with its subject', () => {
    const pad = '为切实做好防范和处置非法集资工作，维护经济金融秩序和社会稳定，结合片区实际，制定本方案。';
    const { plan } = parsePlan(
      `某片区2022年防范和处置非法集资工作方案 ${pad}一、工作措施（一）强化责任，落实属地管理结合网格化管理模式，加大信息收集力度。` +
        '（二）创新方式，提升宣传效果各部门、各单位要负责本行业本领域的防非宣传工作。',
    );
    expect(plan.tasks.map((t) => `${t.key} ${t.title}`)).toEqual([
      '一(一) 强化责任，落实属地管理',
      '一(二) 创新方式，提升宣传效果',
    ]);
  });
});

// ah-pingtan-haitan-hazard-screening-2020 and ah-pingtan-school-food-safety-2018, annotated apart.
describe('a one-line page whose items close with 牵头领导 … 责任处室（单位）: labels', () => {
  const pad = '为深入开展安全隐患大排查大整治，坚决防范遏制重特大事故发生，结合片区实际，制定本方案，请认真贯彻执行。';
  const { plan } = parsePlan(
    `某片区安全隐患大排查大整治实施方案 ${pad}一、突出排查整治重点（一）城镇燃气（含管道燃气）牵头领导:李 平牵头处室:交通建设处责任处室（单位）：各村居` +
      '（二）自然灾害。包括台风、山洪等。1.台风、山洪及森林火灾牵头领导:周训岚牵头处室:政法综治处责任处室（单位）:各村居' +
      '2.地质灾害隐患点牵头领导:林述佳牵头处室:资源生态处责任处室（单位）:各村居以上两类整治重点按文件规定抓好落实。' +
      '二、压紧压实工作责任本次大排查大整治不分阶段，各处室要迅速行动。（一）各学校要切实落实以校长为第一责任人的食品安全责任制。' +
      '三、确定赔偿责任人根据有关法律法规和本方案的规定，确认生态环境损害责任人的范围。（一）开展磋商。主动与责任人磋商。',
  );

  it('cuts the items after their units, titles them before the labels and ends the last units at 以上', () => {
    expect(plan.sections.map((s) => s.title)).toEqual(['突出排查整治重点', '压紧压实工作责任', '确定赔偿责任人']);
    expect(
      plan.tasks.map((t) => `${t.key} ${t.title} ${t.leadUnit ?? '-'} ${(t.partnerUnits ?? []).join('、')}`),
    ).toEqual([
      '一(一) 城镇燃气（含管道燃气） 交通建设处 各村居',
      '一(二)1 台风、山洪及森林火灾 政法综治处 各村居',
      '一(二)2 地质灾害隐患点 资源生态处 各村居',
      '二(一) 各学校要切实落实以校长为第一责任人的食品安全责任制 - ',
      '三(一) 开展磋商 - ',
    ]);
  });
});

// ai-pingtan-liushui-hazchem-fireworks-brics-2017 and ai-pingtan-hazchem-safety-governance-2017.
describe('a one-line 镇 page signed before an online viewer’s mark and the page trailer', () => {
  it('reads the signature as the issuer and a heading before 本次 as the section title', () => {
    const { plan } = parsePlan(
      [
        '标题: 流水镇加强危险化学品安全生产专项整治工作实施方案',
        '发布机构: 流水镇',
        '==================== 正文 ====================',
        '流水镇加强危险化学品安全生产专项整治工作实施方案 为深刻吸取2015年天津港特别重大火灾爆炸事故教训，切实加强危险化学品安全管理，特制定本方案。' +
          '一、目标任务全面排查治理危险化学品安全隐患，坚决遏制重特大事故。二、专项整治实施步骤本次专项整治工作分四个阶段实施。' +
          '（一）动员部署阶段（2017年3月10日至4月30日）。制定方案。（二）排查整治阶段（2017年5月1日至7月31日）。全面排查。' +
          '三、工作要求（一）加强组织领导。各村要高度重视。 流水镇人民政府2017年3月10日Power by YOZOSOFT 来源：流水镇 附件下载',
      ].join('\n'),
    );
    expect(plan.issuer).toBe('流水镇人民政府');
    expect(plan.year).toBeNull();
    expect(plan.sections.map((s) => s.title)).toEqual(['目标任务', '专项整治实施步骤', '工作要求']);
    expect(plan.tasks.at(-1)?.text).not.toMatch(/YOZOSOFT|来源/);
  });
});
