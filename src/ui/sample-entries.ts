/**
 * What a street office might have filled in on the sample plan by 30 June 2021, so the first
 * screen shows the product at work: lights of every colour, a carried-over 一季度, indicator
 * actuals, a task that does not concern the street, and a half-year report with content.
 * Written for the sample by hand (invented figures, not any office's real report).
 */
import { parseFieldValue, type FieldId } from '../core/workbook/fields';
import { withConsistency } from '../core/workbook/consistency';
import { applyOperation, type CellChange } from '../core/workbook/operations';
import type { Workbook } from '../core/workbook/types';

type Entry = readonly [key: string, field: FieldId, raw: string];

const UNITS: readonly Entry[] = [
  ['1', 'leadUnit', '党建办'],
  ['1', 'owner', '陈敏'],
  ['2', 'leadUnit', '党建办'],
  ['3', 'leadUnit', '党建办'],
  ['4', 'leadUnit', '社会事务科'],
  ['4', 'owner', '王芳'],
  ['5', 'leadUnit', '社会事务科'],
  ['5', 'owner', '王芳'],
  ['6', 'leadUnit', '社会事务科'],
  ['7', 'leadUnit', '社会事务科'],
  ['7', 'owner', '李静'],
  ['8', 'leadUnit', '社区建设科'],
  ['8', 'owner', '周强'],
  ['8', 'deadline', '6月30日'],
  ['9', 'leadUnit', '社区建设科'],
  ['11', 'leadUnit', '社区建设科'],
  ['11', 'partnerUnits', '各社区'],
  ['12', 'leadUnit', '社会事务科'],
  ['12', 'partnerUnits', '综治办、安监站'],
  ['13', 'leadUnit', '社会事务科'],
  ['13', 'deadline', '9月底'],
  ['17', 'leadUnit', '党建办'],
  ['21', 'notes', '由区婚姻登记处办理'],
  ['26', 'leadUnit', '社会事务科'],
];

const FIRST_QUARTER: readonly Entry[] = [
  ['1', 'status@一季度', '推进中'],
  ['1', 'percent@一季度', '25'],
  ['1', 'progress@一季度', '制定党工委中心组年度学习计划，集中学习2次。'],
  ['8', 'status@一季度', '推进中'],
  ['8', 'percent@一季度', '40'],
  ['8', 'progress@一季度', '完成11个社区选情摸底，制定换届选举工作方案。'],
];

const HALF_YEAR: readonly Entry[] = [
  ['1', 'status@半年', '推进中'],
  ['1', 'percent@半年', '55'],
  ['1', 'progress@半年', '党工委中心组集中学习6次，11个社区党组织开展专题学习48场次。'],
  ['1', 'nextSteps@半年', '下半年结合党史学习教育开展专题研讨。'],
  ['2', 'percent@半年', '50'],
  ['2', 'progress@半年', '召开专题学习会2次，编印学习资料300册。'],
  ['3', 'percent@半年', '65'],
  ['3', 'progress@半年', '举办党史专题讲座3场；“再学习、再调研、再落实”走访社区11个，收集问题23条，已解决17条。'],
  ['4', 'percent@半年', '50'],
  ['4', 'progress@半年', '1月起按新标准发放，1—6月累计发放低保金、特困供养金及各类补贴386.2万元，惠及1204人次。'],
  ['4', 'nextSteps@半年', '按月发放；10月前完成社区购买社会救助服务项目评估。'],
  ['5', 'percent@半年', '40'],
  ['5', 'progress@半年', '办理临时救助27户次，其中“小金额先行救助”9户次，发放救助金21.6万元。'],
  ['5', 'problems@半年', '个别社区急难情况发现不及时，主动发现渠道仍需畅通。'],
  ['5', 'nextSteps@半年', '三季度组织网格员开展主动发现培训，7月底前建立个案会商台账。'],
  ['6', 'status@半年', '已完成'],
  ['6', 'progress@半年', '5月、6月各举办社会救助业务培训班1期，培训街道、社区工作人员86人次。'],
  ['7', 'percent@半年', '30'],
  ['7', 'actual@半年#0', '0'],
  ['7', 'progress@半年', '完成困境儿童排查，在册事实无人抚养儿童12人，生活费按月足额发放。'],
  ['7', 'problems@半年', '“福蕾行动计划”示范点选址未定，进度滞后。'],
  ['7', 'nextSteps@半年', '8月底前确定示范点并启动建设。'],
  ['8', 'status@半年', '已完成'],
  ['8', 'progress@半年', '辖区11个社区于5月底前全部完成居委会换届选举，平均参选率92.6%。'],
  ['9', 'percent@半年', '50'],
  ['9', 'progress@半年', '北站社区列为近邻服务试点，清理社区台账37项，减少会议、检查12项。'],
  ['11', 'percent@半年', '70'],
  ['11', 'progress@半年', '新建小区党支部9个，“两个比例”提高到68%；组建小区治理爱心联盟，引入爱心企业15家。'],
  ['12', 'percent@半年', '50'],
  ['12', 'progress@半年', '开展养老机构消防安全检查4轮，整改隐患15处，已全部销号。'],
  ['13', 'percent@半年', '30'],
  ['13', 'progress@半年', '北站社区老年人助餐点完成选址、设计，正在进行场地改造。'],
  ['13', 'problems@半年', '场地产权移交手续延后约1个月。'],
  ['13', 'nextSteps@半年', '7月完成改造，9月底前投入运营。'],
  ['14', 'percent@半年', '50'],
  ['14', 'progress@半年', '组织助老员培训2期，参训62人次。'],
  ['17', 'percent@半年', '55'],
  ['17', 'actual@半年#0', '14'],
  ['17', 'actual@半年#1', '2'],
  ['17', 'actual@半年#2', '0'],
  ['17', 'progress@半年', '走访社会组织14家，开展特色主题党日活动2场。'],
  ['17', 'nextSteps@半年', '四季度举办党务工作者培训班。'],
  ['19', 'percent@半年', '45'],
  ['19', 'progress@半年', '“慈善助学”资助困难学生23名。'],
  ['20', 'percent@半年', '60'],
  ['20', 'progress@半年', '清明期间设文明祭扫劝导点6个，发放倡议书5000份。'],
  ['21', 'status@半年', '不涉及'],
  ['25', 'percent@半年', '50'],
  ['25', 'progress@半年', '落实意识形态工作责任制，开展廉政谈话31人次。'],
  ['26', 'percent@半年', '50'],
  ['26', 'progress@半年', '辖区养老机构落实出入人员管理和每周核酸检测，动员60岁以上老人接种疫苗3200人次。'],
];

export const SAMPLE_ENTRIES: readonly Entry[] = [...UNITS, ...FIRST_QUARTER, ...HALF_YEAR];

/**
 * The sample workbook with those entries, parsed and settled as if typed (a 完成进度 on a 未启动
 * task makes it 推进中); a value the grid would refuse throws.
 */
export function withSampleEntries(workbook: Workbook, now: string): Workbook {
  const changes: CellChange[] = SAMPLE_ENTRIES.filter(([key]) => workbook.tasks.some((t) => t.key === key)).map(
    ([key, field, raw]) => {
      const parsed = parseFieldValue(field, raw, { year: workbook.year });
      if (!parsed.ok) throw new Error(`sample entry ${key} ${field}: ${parsed.message}`);
      return { key, field, value: parsed.value };
    },
  );
  const settled = withConsistency(workbook, changes).changes;
  return applyOperation(workbook, { type: 'setCells', label: '示例填报', changes: settled }, now).workbook;
}
