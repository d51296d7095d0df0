/** Task tables that arrive one cell per line, as copied from a web page or Word. */
import { describe, expect, it } from 'vitest';
import { isUnitList } from '../../../src/core/plan/flat-table';
import { parsePlan } from '../../../src/core/plan/parse-plan';

const TABLE = [
  '2024年某区重点工作任务分解表',
  '序号',
  '工作任务',
  '牵头单位',
  '配合单位',
  '完成时限',
  '一、加强基层治理',
  '1',
  '完善社区工作者职业体系。按要求落实待遇。',
  '区民政局',
  '区人社局、区财政局',
  '6月底前',
  '2',
  '推进“一网统管”',
  '区城运中心',
  '11月中旬前',
  '二、提升养老服务',
  '3',
  '新建社区长者食堂5家',
  '区民政局、各街道',
  '三季度末',
].join('\n');

describe('a flattened task table', () => {
  const { plan, problems } = parsePlan(TABLE);

  it('reads one task per row, keyed by its 序号, with band rows as sections', () => {
    expect(problems).toEqual([]);
    expect(plan.sections).toEqual([
      { key: '一', title: '加强基层治理' },
      { key: '二', title: '提升养老服务' },
    ]);
    expect(plan.tasks.map((t) => `${t.key} ${t.section} ${t.title}`)).toEqual([
      '1 一 完善社区工作者职业体系',
      '2 一 推进“一网统管”',
      '3 二 新建社区长者食堂5家',
    ]);
  });

  it('maps the cells to units and deadlines by what they hold', () => {
    expect(plan.tasks.map((t) => [t.leadUnit, t.partnerUnits, t.deadline, t.deadlineText])).toEqual([
      ['区民政局', ['区人社局', '区财政局'], '2024-06-30', '6月底前'],
      ['区城运中心', undefined, '2024-11-20', '11月中旬前'],
      ['区民政局、各街道', undefined, '2024-09-30', '三季度末'],
    ]);
    expect(plan.tasks.map((t) => t.level)).toEqual(['table', 'table', 'table']);
  });

  it('drops the labels of a merged column before 序号 and takes band rows as groups under sections', () => {
    const text = [
      '一、重点任务',
      '（一）推进城市更新。内容。',
      '附件：重点任务清单',
      '任务类型',
      '序号',
      '工作任务',
      '推进单位',
      '行动一：再造发展新极行动',
      '1',
      '推进走马塘片区规划研究',
      '区规划资源局、区发展改革委',
      '旧住房更新改造',
      '2',
      '加快推进各类旧住房更新改造。',
      '3',
      '完成既有多层住宅加装电梯700台',
    ].join('\n');
    const result = parsePlan(text);
    expect(
      result.plan.tasks.map((t) => `${t.key} ${t.section ?? '-'} ${t.group ?? '-'} ${t.title} ${t.leadUnit ?? '-'}`),
    ).toEqual([
      '一(一) 一 - 推进城市更新 -',
      '1 - (行动一) 推进走马塘片区规划研究 区规划资源局、区发展改革委',
      '2 - (行动一) 加快推进各类旧住房更新改造 -',
      '3 - (行动一) 完成既有多层住宅加装电梯700台 -',
    ]);
    expect(result.plan.groups).toEqual([{ key: '(行动一)', section: '', title: '再造发展新极行动', number: '行动一' }]);
  });

  it('ignores an annexed table that repeats the plan’s own numbers', () => {
    const text = [
      '一、党建',
      '1.学习。',
      '2.教育。',
      '附件',
      '序号',
      '工作任务',
      '牵头单位',
      '1',
      '学习',
      '区委',
      '2',
      '教育',
      '区委',
    ];
    expect(parsePlan(text.join('\n')).plan.tasks.map((t) => `${t.key} ${t.title}`)).toEqual(['1 学习', '2 教育']);
  });

  it('is not read when the header has no task column', () => {
    const text = ['一、党建', '1.学习。', '附表', '序号', '街镇', '面积', '1', '某街道', '0.3'].join('\n');
    expect(parsePlan(text).plan.tasks.map((t) => t.key)).toEqual(['1']);
  });
});

describe('cells matched to the header by what they hold', () => {
  it('reads units before the task, unknown columns, a first 序号 that is not 1 and trailing ` |`', () => {
    const text = [
      '某市民政局2023年民生实事项目实施进度表',
      '序号 |',
      '责任单位 |',
      '实施内容 |',
      '协同单位 |',
      '最新进度(8月24日) |',
      '是否 达序时 |',
      '15 |',
      '民政局 |',
      '新增养老床位不少于300张。完成适老化改造400户。 |',
      '财政局 住建局 各区镇街道 |',
      '床位已新增近100张，改造9月底前完成。 |',
      '是 |',
    ].join('\n');
    const { plan } = parsePlan(text);
    expect([plan.title, plan.year, plan.issuer]).toEqual([
      '某市民政局2023年民生实事项目实施进度表',
      2023,
      '某市民政局',
    ]);
    expect(plan.tasks.map((t) => [t.key, t.title, t.leadUnit, t.partnerUnits, t.deadlineText])).toEqual([
      ['15', '新增养老床位不少于300张', '民政局', ['财政局', '住建局', '各区镇街道'], undefined],
    ]);
  });

  it('takes the task from 任务内容 over a merged 任务名称, joins a unit cell broken after 、 and reads 2019年3月', () => {
    const text = [
      '附件',
      '序号',
      '任务名称',
      '任务内容',
      '牵头部门',
      '配合部门',
      '时间节点',
      '1',
      '加强组织领导',
      '召开动员大会。部署全年工作。',
      '区政府办公室、区绿化市容局、',
      '区规划资源局',
      '各街镇（园区）',
      '2019年3月',
      '2',
      '建立责任体系。',
      '区委宣传部（区文明办、区委网信办）',
      '区民政局',
      '区妇联',
      '2019年',
      '附件2',
      '序号',
      '街镇',
      '指标',
      '3',
    ].join('\n');
    const { plan } = parsePlan(text);
    expect(plan.tasks.map((t) => [t.key, t.title, t.leadUnit, t.partnerUnits, t.deadline, t.deadlineText])).toEqual([
      ['1', '召开动员大会', '区政府办公室、区绿化市容局、区规划资源局', ['各街镇（园区）'], '2019-03-31', '2019年3月'],
      ['2', '建立责任体系', '区委宣传部（区文明办、区委网信办）', ['区民政局', '区妇联'], '2019-12-31', '2019年'],
    ]);
  });
});

describe('rows with missing cells', () => {
  it('keep the task in the first cell, a deadline in its column and notes in parentheses of the header', () => {
    const text = [
      '序号',
      '重点工作任务(民生实事项目)',
      '牵头单位',
      '负责人',
      '计划完成时间',
      '进展情况(一季度)',
      '1',
      '新增老年食堂15个',
      '区民政局',
      '某某',
      '11月底前',
      '已完成3个。',
      '2',
      '新增专区床位100张',
      '10月底前',
      '已完成选址。',
      '3',
      '建成启用区级老年活动中心',
      '正在装修。',
    ].join('\n');
    expect(parsePlan(text).plan.tasks.map((t) => [t.key, t.title, t.leadUnit, t.deadlineText])).toEqual([
      ['1', '新增老年食堂15个', '区民政局', '11月底前'],
      ['2', '新增专区床位100张', undefined, '10月底前'],
      ['3', '建成启用区级老年活动中心', undefined, undefined],
    ]);
  });
});

describe('a project table with 项目内容 or 項目名稱 columns', () => {
  it('reads a progress table one cell per line: 项目内容 is the task, 当前进度 and 备注 are not', () => {
    const text = ['进度表', '序号', '项目内容', '当前进度', '牵头单位', '备注']
      .concat(['1', '新建公办园5所。', '80%(新区实验幼儿园进度滞后)', '县教育局', '市民生实事'])
      .concat(['2', '建设四好农村路55公里。', '95%', '县交通局', '县民生实事'])
      .join('\n\n');
    expect(parsePlan(text).plan.tasks.map((t) => [t.key, t.title, t.leadUnit])).toEqual([
      ['1', '新建公办园5所', '县教育局'],
      ['2', '建设四好农村路55公里', '县交通局'],
    ]);
  });

  it('skips the lone | lines left of a table whose cells end in " |" (traditional headers)', () => {
    const row = (n: string, name: string, unit: string): string[] => [
      '|',
      n,
      name,
      '某鎮',
      '2024',
      '改造校舍。',
      '300',
      unit,
    ];
    const text = ['|', '序號', '項目名稱', '建設地點', '建設時間', '建設內容', '投資金額', '責任單位']
      .concat(row('1', '中小學改造項目', '教體局'), row('2', '道路建設項目', '住建局'))
      .join('\n');
    expect(parsePlan(text).plan.tasks.map((t) => [t.key, t.title, t.leadUnit])).toEqual([
      ['1', '中小學改造項目', '教體局'],
      ['2', '道路建設項目', '住建局'],
    ]);
  });
});

describe('isUnitList', () => {
  it.each([
    ['区规划资源局、各相关街镇', true],
    ['区“两旧”专班、区房管局、市北高新集团', true],
    ['经济技术开发区', true],
    ['区委宣传部（区文明办、区政府新闻办）、区妇联', true],
    ['财政局 住建局 瑞海集团 各区镇街道', true],
    ['“美丽家园”建设', false],
    ['产业园区', false],
    ['旧住房更新改造', false],
  ])('%s → %s', (cell, expected) => expect(isUnitList(cell)).toBe(expected));

  it('takes thirty units for a list, and a long run of names and spaces for none', () => {
    const thirty = Array.from({ length: 30 }, (_, i) => `区第${i + 1}局`).join('、');
    expect(isUnitList(thirty)).toBe(true);
    expect(isUnitList(`区民政局${' '.repeat(80_000)}区财政局`)).toBe(false);
  });
});

// ac-jingan-carbon-energy-saving-2026 and g-jingan-carbon-energy-saving-2025, annotated apart.
describe('a task table whose band rows are a bare numeral and a title, with a 时间进度 column', () => {
  it('reads the bands as groups, 时间进度 as the deadline and unit cells ending in 等', () => {
    const text = [
      '2026年某区节能减排重点工作安排',
      '一、工作目标',
      '全面完成年度目标。',
      '附件',
      '重点工作任务分工表',
      '序号',
      '重点任务',
      '具体工作',
      '时间进度',
      '责任部门',
      '一',
      '推进碳达峰碳中和综合管理',
      '1',
      '全面实施碳排放总量和强度双控制度',
      '全年推进',
      '发展改革委、生态环境局、区委党校等',
      '2',
      '编制温室气体排放清单',
      '三季度完成',
      '各功能片区',
      '二',
      '持续推动节能降碳增效',
      '3',
      '强化重点单位能源消费管理',
      '年内完成',
      '商务委、各功能区',
    ].join('\n\n');
    const { plan } = parsePlan(text);
    expect(plan.groups.map((g) => `${g.number} ${g.title}`)).toEqual([
      '一 推进碳达峰碳中和综合管理',
      '二 持续推动节能降碳增效',
    ]);
    const rows = plan.tasks.filter((t) => t.level === 'table');
    expect(rows.map((t) => `${t.key} ${t.group} ${t.deadline} ${t.leadUnit}`)).toEqual([
      '1 (一) 2026-12-31 发展改革委、生态环境局、区委党校等',
      '2 (一) 2026-09-30 各功能片区',
      '3 (二) 2026-12-31 商务委、各功能区',
    ]);
  });
});

// h-jiading-major-projects-2025, annotated apart: cells parted by blank lines, a project name wrapped in its cell.
describe('a project table whose names wrap inside their cells', () => {
  it('titles each row by the whole cell', () => {
    const text = [
      '2025年某区重大工程建设计划\n\n一、产业发展类\n\n安排重大项目2个。\n\n附件：2025年某区重大工程建设计划表\n\n附件\n\n2025年某区重大工程建设计划',
      '序号\n\n项目名称\n\n牵头单位\n\n建设目标',
      '一\n\n产业发展类（2个）',
      '1\n\n联影生产研发基地一期\n（高端医疗影像设备产业化基金项目）\n\n区经委\n\n建成',
      '2\n\n外冈工业园区JDS3-0101单元17-06地块新建厂房\n一期工程\n\n区经委\n\n建成',
    ].join('\n\n');
    const { plan } = parsePlan(text);
    expect(plan.tasks.filter((t) => t.level === 'table').map((t) => `${t.key} ${t.title} ${t.leadUnit}`)).toEqual([
      '1 联影生产研发基地一期（高端医疗影像设备产业化基金项目） 区经委',
      '2 外冈工业园区JDS3-0101单元17-06地块新建厂房一期工程 区经委',
    ]);
  });
});

// af-shanghai-integrated-transport-system-2024-2025, annotated apart: a 任务分解表 right after the body
// (no 附件 line), its band rows the body's own sections, some 内容 cells merged with the row above's.
describe('a task table after the body whose bands repeat the sections', () => {
  it('files its rows under those sections and reads rows whose task cell was merged away', () => {
    const text = [
      '某市综合交通体系建设工作方案',
      '一、科学编制并实施综合交通体系规划',
      '（一）科学编制综合交通体系规划。完善规划体系。',
      '二、推动交通基础设施协同发展',
      '（一）强化全生命周期管理。建立管理体系。',
      '全面推进综合交通体系建设任务分解表',
      '序号',
      '内容',
      '牵头部门',
      '配合部门',
      '2024年工作任务',
      '2025年工作计划',
      '一、科学编制并实施综合交通体系规划',
      '1',
      '科学编制综合交通体系规划',
      '综合规划处',
      '委内各相关处室',
      '继续完善“十五五”规划基本思路。',
      '启动编制“十五五”规划。',
      '2',
      '交通建设处',
      '设施养护处',
      '有序推进漕宝路快速路项目建设',
      '完成漕宝路快速路主线贯通。',
      '3',
      '客运处',
      '—',
      '推进公交站点品质提升',
      '完成第二批站亭改造。',
      '二、推动交通基础设施协同发展',
      '4',
      '加快开展慢行交通系统建设',
      '设施运行处',
      '综合规划处',
      '设施养护处',
      '推进慢行交通品质提升。',
      '完成年度慢行交通品质提升任务。',
    ].join('\n\n');
    const { plan } = parsePlan(text);
    expect(plan.sections.map((s) => s.key)).toEqual(['一', '二']);
    expect(plan.groups).toEqual([]);
    const rows = plan.tasks.filter((t) => t.level === 'table');
    expect(
      rows.map((t) => `${t.key} ${t.section} ${t.title} ${t.leadUnit} ${(t.partnerUnits ?? []).join('、')}`),
    ).toEqual([
      '1 一 科学编制综合交通体系规划 综合规划处 委内各相关处室',
      '2 一 有序推进漕宝路快速路项目建设 交通建设处 设施养护处',
      '3 一 推进公交站点品质提升 客运处 ',
      '4 二 加快开展慢行交通系统建设 设施运行处 综合规划处、设施养护处',
    ]);
  });
});
