import { describe, expect, it } from 'vitest';
import { reportFileName, sanitizeFileName } from '../../../src/core/report/file-name';

describe('file names', () => {
  it('joins unit, plan and report with hyphens', () => {
    expect(reportFileName(['殿前街道', '2021年民政工作要点', '半年推进情况'])).toBe(
      '殿前街道-2021年民政工作要点-半年推进情况.xlsx',
    );
  });

  it.each([
    ['a/b\\c:d*e?f"g<h>i|j', 'a_b_c_d_e_f_g_h_i_j.xlsx'],
    ['  ..隐藏.. ', '隐藏.xlsx'],
    ['CON', '报表_CON.xlsx'],
    ['', '报表.xlsx'],
    ['tab\there\u0000', 'tab here.xlsx'],
  ])('%j → %j', (name, expected) => {
    expect(sanitizeFileName(name, 'xlsx')).toBe(expected);
  });

  it('caps very long names', () => {
    expect(Array.from(sanitizeFileName('民'.repeat(300), 'xlsx')).length).toBe(85);
  });
});
