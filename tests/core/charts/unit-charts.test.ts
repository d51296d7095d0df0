import { describe, expect, it } from 'vitest';
import type { UnitSummary } from '../../../src/core/charts/types';
import { heatColor, rankUnits, unitRankingChart, unitSectionHeat } from '../../../src/core/charts/unit-charts';

const UNITS: UnitSummary[] = [
  {
    unit: '殿前街道',
    rate: 0.5,
    sections: [
      { key: '一', title: '党建', rate: 1 },
      { key: '二', title: '社会救助', rate: 0 },
    ],
  },
  { unit: '湖里街道', rate: 0.8, sections: [{ key: '一', title: '党建', rate: 0.8 }] },
  { unit: '金山街道', rate: null, sections: [] },
  {
    unit: '禾山街道',
    rate: 0.5,
    sections: [
      { key: '二', title: '社会救助', rate: 0.5 },
      { key: '三', title: '养老', rate: null },
    ],
  },
];

describe('unit charts', () => {
  it('ranks by rate, ties in input order, units without a rate last', () => {
    expect(rankUnits(UNITS).map((u) => u.unit)).toEqual(['湖里街道', '殿前街道', '禾山街道', '金山街道']);
  });

  it('draws the ranking with the unit behind each bar', () => {
    const chart = unitRankingChart(UNITS);
    expect(chart.categories.map((c) => c.label)).toEqual(['1. 湖里街道', '2. 殿前街道', '3. 禾山街道', '4. 金山街道']);
    expect(chart.categories.map((c) => c.unit)).toEqual(['湖里街道', '殿前街道', '禾山街道', '金山街道']);
    expect(chart.series[0]!.values).toEqual([80, 50, 50, null]);
  });

  it('builds a unit × section heat table over every section seen', () => {
    const heat = unitSectionHeat(UNITS);
    expect(heat.columns.map((c) => c.title)).toEqual(['一、党建', '二、社会救助', '三、养老']);
    expect(heat.rows.map((r) => r.unit)).toEqual(['湖里街道', '殿前街道', '禾山街道', '金山街道']);
    expect(heat.rows[0]!.cells.map((c) => c.value)).toEqual([80, null, null]);
    expect(heat.rows[1]!.cells.map((c) => c.value)).toEqual([100, 0, null]);
    expect(heat.rows[2]!.cells.map((c) => c.value)).toEqual([null, 50, null]);
    expect(heat.rows[1]!.total.value).toBe(50);
  });

  it('shades from white to the palette blue, grey when empty, white text on dark cells', () => {
    expect(heatColor(0)).toBe('#ffffff');
    expect(heatColor(1)).toBe('#3b82f6');
    // halfway: 255→59 = 157, 255→130 = 192.5 ≈ 193, 255→246 = 250.5 ≈ 251
    expect(heatColor(0.5)).toBe('#9dc1fb');
    expect(heatColor(null)).toBe('#f3f4f6');
    const heat = unitSectionHeat(UNITS);
    expect(heat.rows[1]!.cells[0]!.foreground).toBe('#ffffff');
    expect(heat.rows[1]!.cells[1]!.foreground).toBe('#111827');
  });
});
