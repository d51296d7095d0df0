/** Who a 填报表 goes to: units read from 牵头/配合单位 as offices type them, and the tasks naming each. */
import { describe, expect, it } from 'vitest';
import { namesUnit, planUnits, splitUnits, unitLines } from '../../../../src/core/report/handout/handout-units';
import { task } from '../../workbook/builders';

describe('handout units', () => {
  it.each([
    ['殿前街道、禾山街道', ['殿前街道', '禾山街道']],
    ['殿前街道，禾山街道;江头街道', ['殿前街道', '禾山街道', '江头街道']],
    ['殿前街道 / 禾山街道', ['殿前街道', '禾山街道']],
    ['  ', []],
  ])('splits %j', (text, units) => expect(splitUnits(text)).toEqual(units));

  it('lists each unit of the plan once, in plan order, leaving archived tasks out', () => {
    const tasks = [
      task('1', { leadUnit: '禾山街道', partnerUnits: '金山街道、江头街道' }),
      task('2', { leadUnit: '金山街道' }),
      task('3', { leadUnit: '莲前街道', archived: true }),
    ];
    expect(planUnits({ tasks })).toEqual(['禾山街道', '金山街道', '江头街道']);
  });

  it('finds a unit named as lead or partner, also inside a longer name', () => {
    expect(namesUnit(task('1', { leadUnit: '殿前街道等' }), '殿前街道')).toBe(true);
    expect(namesUnit(task('1', { partnerUnits: '禾山街道、殿前街道' }), '殿前街道')).toBe(true);
    expect(namesUnit(task('1', { leadUnit: '禾山街道' }), '殿前街道')).toBe(false);
    expect(namesUnit(task('1', { leadUnit: '禾山街道' }), '')).toBe(false);
  });

  it('reads the 下发单位 box one unit a line, without blanks or repeats', () => {
    expect(unitLines(' 殿前街道\n\n禾山街道\r\n殿前街道 \n')).toEqual(['殿前街道', '禾山街道']);
  });
});
