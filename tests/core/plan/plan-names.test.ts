/**
 * The plan's own name (plan.title) from the shapes set D showed: the cover sentence's 《…》, a
 * notice title broken over three lines or written in traditional characters, a 标题: metadata
 * cell, a title saved as a file name, wrap spaces, a cut-off date in parentheses.
 */
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../../src/core/plan/parse-plan';

const TASKS = ['一、总体安排', '1.做好低保工作。按月发放。', '2.做好养老服务。建设助餐点。'];

function nameOf(...lines: string[]): string | null {
  return parsePlan([...lines, ...TASKS].join('\n')).plan.title;
}

describe('plan name', () => {
  it('takes the 《》 of the cover sentence when there is no notice title, without wrap spaces', () => {
    expect(nameOf('各区民政局: 现将《2024 年 全市民政工作要点》印发给你们,请认真贯彻执行。')).toBe(
      '2024年全市民政工作要点',
    );
  });

  it('prefers the plan the cover sentence issues to an attachment title', () => {
    const name = nameOf(
      '关于印发某县2024年十大民生实事项目的通知',
      '《某县2024年十大民生实事项目》已经县人民代表大会表决通过,现印发给你们。',
      '附件:某县2024年十大民生实事项目清单',
      '某县2024年十大民生实事项目清单',
    );
    expect(name).toBe('某县2024年十大民生实事项目');
  });

  it('keeps the title line as written when it is the plan the cover sentence names', () => {
    const name = nameOf(
      '某区办公室关于印发贯彻《条例》推进分类体系建设实施方案的通知',
      '《关于贯彻〈条例〉推进分类体系建设的实施方案》已经区政府同意，现印发给你们。',
      '关于贯彻《条例》推进分类体系建设的实施方案',
    );
    expect(name).toBe('关于贯彻《条例》推进分类体系建设的实施方案');
  });

  it('joins a notice title broken over three lines, in traditional characters', () => {
    const name = nameOf(
      '關于印發《某州落實〈自治區“十四五”',
      '城鄉社區服務體系建設規劃〉',
      '實施方案》的通知',
      '某州落實《自治區“十四五”城鄉社區服務體系建設規劃》實施方案',
    );
    expect(name).toBe('某州落實〈自治區“十四五”城鄉社區服務體系建設規劃〉實施方案');
  });

  it('reads a 标题: cell of the page metadata when the body has no title line', () => {
    expect(nameOf('| 发文机关:某镇人民政府 | 主题词:工作计划 |', '| 标题:某镇人民政府2023年工作计划 | |')).toBe(
      '某镇人民政府2023年工作计划',
    );
  });

  it('drops the file extension of a title saved as a file name', () => {
    expect(nameOf('某市教育局2024年工作要点.docx')).toBe('某市教育局2024年工作要点');
  });

  it('keeps a cut-off date in parentheses as part of a table title', () => {
    expect(nameOf('2022年度民生实事项目进度表(截至10月31日)')).toBe('2022年度民生实事项目进度表(截至10月31日)');
  });

  // Set K: k-jingan-cultural-relics-2018, k-hongkou-heritage-disaster-risk-2014, k-pingtan-suping-rural-living-environment-2025.
  it('reads 批转, a verb before 关于, and a notice about a plan without 印发 as issuing that plan', () => {
    expect(nameOf('某区人民政府关于批转区文化局《关于进一步加强文物保护工作的实施意见》的通知')).toBe(
      '关于进一步加强文物保护工作的实施意见',
    );
    const verbFirst = parsePlan(
      [
        '某区人民政府办公室印发关于建立历史建筑防灾机制实施意见的通知',
        '《关于建立历史建筑防灾机制的实施意见》已经区政府同意，现印发给你们，请按照执行。',
        '关于建立历史建筑',
        '',
        '防灾机制的实施意见',
        ...TASKS,
      ].join('\n'),
    ).plan;
    expect([verbFirst.title, verbFirst.issuer]).toEqual(['关于建立历史建筑防灾机制的实施意见', '某区人民政府办公室']);
    expect(nameOf('某片区管理局关于农村人居环境整治提升五年行动实施方案的通知', '各处室：现将方案通知如下。')).toBe(
      '农村人居环境整治提升五年行动实施方案',
    );
    // A notice about doing some work is itself the plan.
    expect(nameOf('某区民政局关于做好2024年养老服务工作方案的通知')).toBe(
      '某区民政局关于做好2024年养老服务工作方案的通知',
    );
  });

  // Set L: l-pingtan-tourism-points-2016, l-pingtan-suping-national-day-tourism-2023.
  it('reads X印发Y的通知 without 关于 or 《》, and prefers the fuller own title to the notice’s 《》', () => {
    const plain = parsePlan(
      [
        '某区管委会印发某区2016年度旅游工作要点的通知',
        '各单位：现印发给你们。',
        '某区2016年度旅游工作要点',
        ...TASKS,
      ].join('\n'),
    ).plan;
    expect([plain.title, plain.issuer]).toEqual(['某区2016年度旅游工作要点', '某区管委会']);
    expect(
      nameOf(
        '某片区管理局关于印发《十一旅游品质提升整治方案》的通知',
        '各处室：现印发给你们。',
        '苏平片区十一旅游品质提升整治方案',
      ),
    ).toBe('苏平片区十一旅游品质提升整治方案');
  });

  // r-huangpu-old-estates-property-2019: a plan 转发 as what an office drew up, its （试行） kept.
  it('reads 转发X制订的Y（试行）的通知 as Y（试行）', () => {
    expect(
      nameOf(
        '黄浦区人民政府办公室关于转发区房管局制订的黄浦区老旧住宅小区物业综合管理实施意见（试行）的通知',
        '各委、办、局：区房管局制订的《黄浦区老旧住宅小区物业综合管理实施意见（试行）》已经区政府同意，现转发给你们。',
        '黄浦区老旧住宅小区物业综合管理实施意见（试行）',
      ),
    ).toBe('黄浦区老旧住宅小区物业综合管理实施意见（试行）');
  });

  // w-fengxian-farmland-soil-2020 (round 23): one notice issues three plans.
  it('takes the first plan of a notice that issues 《X》等', () => {
    expect(nameOf('某区农业农村委员会关于印发《某区耕地土壤环境保护工作方案》等的通知')).toBe(
      '某区耕地土壤环境保护工作方案',
    );
  });

  // w-shanghai-zero-carbon-parks-2026 (round 23).
  it('does not take a target’s 到2030年 as the year of a plan without one', () => {
    const { plan } = parsePlan(
      ['某市零碳园区建设工作方案', '为推进零碳园区建设，到2030年，完成一批零碳园区建设。', ...TASKS].join('\n'),
    );
    expect(plan.year).toBeNull();
  });

  // ae-shanghai-agri-mechanization-2021-2025, annotated apart: a scraped page whose heading drops the
  // inner 《》, over a cover that names the plan in the sentence before the one that issues it.
  it('reads 编制了《X<Y>》。现印发给你们 with Y in 《》, and a 发布机构 that only names a place as no issuer', () => {
    const { plan } = parsePlan(
      [
        '# 上海关于贯彻落实“十四五”全国农业机械化发展规划的实施意见',
        '',
        '**发布机构**: 上海市',
        '',
        '---',
        '',
        '各区农业农村委、市属有关单位：',
        '为贯彻落实有关部署，我委编制了《上海关于贯彻落实<“十四五”全国农业机械化发展规划>的实施意见》。现印发给你们，请结合实际贯彻执行。',
        '上海市农业农村委员会',
        '2022年5月26日',
        '上海关于贯彻落实《“十四五”全国农业机械化发展规划》的实施意见',
        ...TASKS,
      ].join('\n'),
    );
    expect(plan.title).toBe('上海关于贯彻落实《“十四五”全国农业机械化发展规划》的实施意见');
    expect(plan.issuer).toBe('上海市农业农村委员会');
  });

  // ag-pingtan-junshan-law-publicity-2023: one notice issuing a 工作要点 and its 责任清单.
  it('takes the first of two plans a notice issues side by side', () => {
    expect(
      nameOf(
        '某片区管理局党政办公室关于印发《2023年某片区普法依法治理工作要点》《2023年某片区重点普法责任清单》的通知',
      ),
    ).toBe('2023年某片区普法依法治理工作要点');
    expect(nameOf('某区关于印发《2024年某区工作要点》和《任务分工》的通知')).toBe('2024年某区工作要点');
  });

  // aj-pingtan-luyang-hazchem-storage-rectification-2016: a crawled page whose title line lost its first
  // words at a wrap space; its 标题 field keeps them, and its 文号 has a typed space before 号.
  it('prefers the page’s fuller 标题 to a title line that ends the same way, and tidies the 文号', () => {
    const { plan } = parsePlan(
      [
        '标题: 某乡关于开展危险化学品储存场所安全专项整治工作方案',
        '==================== 正文 ====================',
        '岚某政〔2016〕58 号',
        '',
        '各村、各危险化学品生产经营单位：',
        '危险化学品储存场所安全专项整治工作方案',
        ...TASKS,
      ].join('\n'),
    );
    expect(plan.title).toBe('某乡关于开展危险化学品储存场所安全专项整治工作方案');
    expect(plan.docNumber).toBe('岚某政〔2016〕58号');
  });
});
