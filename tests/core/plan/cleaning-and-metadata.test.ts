import { describe, expect, it } from 'vitest';
import { cleanPlanText } from '../../../src/core/plan/normalize';
import { isNoiseLine } from '../../../src/core/plan/noise';
import { parsePlan } from '../../../src/core/plan/parse-plan';
import { stripPinyin } from '../../../src/core/plan/pinyin';

describe('stripPinyin', () => {
  it.each([
    ['民政局業(yè)務工作目標', '民政局業務工作目標'],
    ['城鄉(xiāng)社區(qū)', '城鄉社區'],
    ['新增社区老年助餐点(社区食堂)83个', '新增社区老年助餐点(社区食堂)83个'],
    ['附件(a)和(ab)', '附件(a)和(ab)'],
  ])('%s', (input, expected) => expect(stripPinyin(input)).toBe(expected));
});

describe('cleanPlanText', () => {
  it('normalises line endings, odd spaces, control characters and full-width digits', () => {
    expect(cleanPlanText('\uFEFF一、党建\r\n\u3000\u00a0１．学习\t内容\u0007\r二、服务')).toEqual([
      '一、党建',
      '1．学习 内容',
      '二、服务',
    ]);
  });
});

describe('isNoiseLine', () => {
  it.each([
    '浏览次数:',
    '扫一扫在手机上查看当前页面',
    '- 上一篇:某文',
    '下一篇：某文',
    '分享到：',
    '打印本页 关闭窗口',
    '下载本信息公开文件',
    '時間:2022-12-13 08:44:50',
    '(此件公开发布)',
  ])('drops %s', (line) => expect(isNoiseLine(line)).toBe(true));
  it.each(['1.加强基层政权建设。', '分享发展成果，打印材料。'])('keeps %s', (line) =>
    expect(isNoiseLine(line)).toBe(false),
  );
});

describe('metadata', () => {
  it('reads 来源 and 发布日期 fields, the title line and the year', () => {
    const { plan } = parsePlan(
      '关于印发《2023年某局工作要点》的通知\n来源：某某市民政局\n发布日期：2023-03-08\n2023年某局工作要点\n一、党建\n1.学习。',
    );
    expect([plan.title, plan.issuer, plan.date, plan.year, plan.docNumber]).toEqual([
      '2023年某局工作要点',
      '某某市民政局',
      '2023-03-08',
      2023,
      null,
    ]);
  });

  // f-shanghai-tech-services-2025: the page's 发布机构 is the bureau that posted the 办公厅's notice.
  it('takes the issuer the notice names over the page field, without 等七部门', () => {
    const text = (head: string) =>
      `${head}关于印发《2023年某局工作要点》的通知\n来源：某某市民政局\n一、党建\n1.学习。`;
    expect(parsePlan(text('某市人民政府办公厅')).plan.issuer).toBe('某市人民政府办公厅');
    expect(parsePlan(text('工业和信息化部等七部门')).plan.issuer).toBe('工业和信息化部');
  });

  it('reads the date line when the 发布日期 field names no day', () => {
    const { plan } = parsePlan('某局工作要点\n发布日期：2024年1月\n一、党建\n1.学习。\n某某区民政局\n2024年1月18日');
    expect(plan.date).toBe('2024-01-18');
  });

  it('reads the document number, a signature above a date line and a Chinese date', () => {
    const { plan } = parsePlan(
      '某民〔2022〕5号\n2022年某局工作要点\n一、党建\n1.学习。\n某某区民政局\n二〇二二年三月一日',
    );
    expect([plan.docNumber, plan.issuer, plan.date]).toEqual(['某民〔2022〕5号', '某某区民政局', '2022-03-01']);
  });

  it('falls back to the title inside 关于印发《…》', () => {
    expect(parsePlan('关于印发《2020年某县工作要点》的通知\n一、党建\n1.学习。').plan.title).toBe('2020年某县工作要点');
  });
});
