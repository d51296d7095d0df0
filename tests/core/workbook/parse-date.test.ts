/** 完成时限 as people type it, with the workbook's year (2021) where the text has none. */
import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../src/core/workbook/parse-date';

describe('parseDate with the workbook’s year', () => {
  it.each([
    ['6月30日', '2021-06-30'],
    ['6.30', '2021-06-30'],
    ['6/30', '2021-06-30'],
    ['6月底', '2021-06-30'],
    ['6月底前', '2021-06-30'],
    ['9月30日前', '2021-09-30'],
    ['11月上旬', '2021-11-10'],
    ['11月中旬前', '2021-11-20'],
    ['11月下旬', '2021-11-30'],
    ['2月', '2021-02-28'],
    ['年底', '2021-12-31'],
    ['年底前', '2021-12-31'],
    ['年内', '2021-12-31'],
    ['全年', '2021-12-31'],
    ['上半年', '2021-06-30'],
    ['年中', '2021-06-30'],
    ['一季度', '2021-03-31'],
    ['三季度末', '2021-09-30'],
    ['第三季度', '2021-09-30'],
    ['2季度末', '2021-06-30'],
    // A year in the text wins over the workbook's.
    ['2022年三季度末', '2022-09-30'],
    ['2022年6月底前', '2022-06-30'],
    ['2020年底', '2020-12-31'],
    ['２０２１年１０月底', '2021-10-31'],
  ])('%s → %s', (raw, iso) => {
    expect(parseDate(raw, 2021)).toEqual({ ok: true, value: iso });
  });

  it.each([
    ['6月31日', /2021年6月没有31日/],
    ['13月底', /没有13月/],
    ['五季度', /不是有效日期/],
    ['尽快', /不是有效日期/],
  ])('refuses %s', (raw, message) => {
    const parsed = parseDate(raw, 2021);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });

  it('asks for a year when the workbook gives none', () => {
    expect(parseDate('三季度末')).toMatchObject({ ok: false, message: expect.stringContaining('缺少年份') });
  });
});
