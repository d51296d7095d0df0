/** Metadata in the shapes web pages leave it: bullets, table cells, dates without 年月日, run-in signatures. */
import { describe, expect, it } from 'vitest';
import { findDate, isDateLine } from '../../../src/core/plan/lines';
import { parsePlan } from '../../../src/core/plan/parse-plan';

describe('a signature date that lost its 年/月/日', () => {
  it.each([
    ['2024327', '2024-03-27'],
    ['2020227', '2020-02-27'],
    ['20201112', '2020-11-12'],
  ])('%s is %s', (text, date) => {
    expect(isDateLine(text)).toBe(true);
    expect(findDate(text)).toBe(date);
  });

  it.each(['2020111', '2024', '12345678', '2024100'])('%s is not read (ambiguous or no date)', (text) => {
    expect(findDate(text)).toBeNull();
  });

  it('closes the signature above it', () => {
    const { plan } = parsePlan(
      '关于印发2020年某局工作要点的通知\n各单位:\n现印发给你们。\n某某市民政局\n\n2020227\n2020年某局工作要点\n一、党建\n1.学习。',
    );
    expect([plan.issuer, plan.date]).toEqual(['某某市民政局', '2020-02-27']);
  });
});

describe('page metadata', () => {
  it('reads fields in table cells and a 文号 after a bullet, in traditional characters', () => {
    const text = [
      '| 发文机关:某镇人民政府 | 主题词:工作计划 |',
      '| 发文时间:2023-01-05 | |',
      '  • 发文字号',
      '  • 洋政發〔2024〕8號',
      '2023年某镇工作计划',
      '一、党建',
      '1.学习。',
    ].join('\n');
    const { plan } = parsePlan(text);
    expect([plan.issuer, plan.date, plan.docNumber]).toEqual(['某镇人民政府', '2023-01-05', '洋政發〔2024〕8號']);
  });

  it('takes the issuer of a bulleted notice title without the bullet', () => {
    const text =
      '  • 某区民政局关于印发2025年全区民政工作要点的通知\n现将《2025年全区民政工作要点》印发你们。\n2025年全区民政工作要点\n一、党建\n1.学习。';
    expect(parsePlan(text).plan.issuer).toBe('某区民政局');
  });

  it('splits a signature and date run into a one-line cover', () => {
    const text = `各区民政局: 现将《2024 年全市民政工作要点》印发给你们,请认真贯彻执行。 某某市民政局 2024 年 3 月 7 日 2024 年全市民政工作要点 2024 年是关键一年${'，做好工作'.repeat(20)}。 一、保持正确方向 (一)深入学习。持续深化。 (二)加强领导。牢牢把握。`;
    const { plan } = parsePlan(text);
    expect([plan.title, plan.issuer, plan.date]).toEqual(['2024年全市民政工作要点', '某某市民政局', '2024-03-07']);
  });

  // u-pingtan-medical-insurance-poverty-2018-2020: `X等部门关于印发…` is issued by X.
  it('drops 等部门 from the issuer a notice heading names', () => {
    const text = [
      '某区医疗保障管理局等部门关于印发《医疗保障扶贫三年行动实施方案》的通知',
      '各单位：现将《医疗保障扶贫三年行动实施方案》印发给你们。',
      '医疗保障扶贫三年行动实施方案',
      '一、目标',
      '1.做好保障。',
    ].join('\n');
    expect(parsePlan(text).plan.issuer).toBe('某区医疗保障管理局');
  });

  // o-pingtan-junshan-safe-construction-politics-legal-points-2021: the notice heading shortens the office.
  it('takes the signature’s full name of the office the notice heading shortens', () => {
    const text = [
      '君山片区管理局党政办公室关于印发《2021年君山片区平安建设工作要点》的通知',
      '各处室：现将《2021年君山片区平安建设工作要点》印发给你们，请认真对照落实。',
      '平潭综合实验区君山片区管理局党政办公室',
      '2021年5月16日',
      '2021年君山片区平安建设工作要点',
      '一、党建',
      '1.学习。',
    ].join('\n');
    expect(parsePlan(text).plan.issuer).toBe('平潭综合实验区君山片区管理局党政办公室');
    const other = text.replace('平潭综合实验区君山片区管理局党政办公室', '平潭综合实验区社会事业局');
    expect(parsePlan(other).plan.issuer).toBe('君山片区管理局党政办公室');
  });
});

describe('units', () => {
  it('reads a 责任科室 parenthesis as the lead', () => {
    const { plan } = parsePlan('2024年某局工作要点\n一、党建\n1.加强理论武装。深入学习。(责任科室:组干科、机关党委)');
    expect(plan.tasks.map((t) => [t.title, t.leadUnit])).toEqual([['加强理论武装', '组干科、机关党委']]);
  });

  it('does not take a 建设地点 cell for the unit responsible', () => {
    const text = ['序号', '项目名称', '建设地点', '责任单位', '1', '道路建设项目', '纸坊街道', '住建局'].join('\n');
    expect(parsePlan(text).plan.tasks.map((t) => [t.title, t.leadUnit])).toEqual([['道路建设项目', '住建局']]);
  });

  // Set K's 平潭 pages: `文号: 无`, and the 文号 run into the share buttons of a one-line page.
  it('reads 文号: 无 as none, and a 文号 right after the share buttons of a crawled page', () => {
    const none = parsePlan(
      ['标题: 某片区2023年度工作计划', '文号: 无', '一、工作', '1.做好低保。按月发放。'].join('\n'),
    ).plan;
    expect(none.docNumber).toBeNull();
    const shared = parsePlan(
      [
        '标题: 关于印发某区工作方案的通知',
        '文号: ',
        '==== 正文 ====',
        '当前位置： 首页 时间：2018-05-23 微信 微博 QQ空间 岚综管办〔2018〕82号 某区管委会办公室关于印发某区工作方案的通知 各单位：现印发给你们。（依据闽政办〔2018〕27号）',
        '一、工作',
        '1.做好低保。按月发放。',
      ].join('\n'),
    ).plan;
    expect(shared.docNumber).toBe('岚综管办〔2018〕82号');
  });
});
