/**
 * A consolidation (汇总) seen by unit: completion ranked, and a unit × section heat table.
 * Takes `UnitSummary[]` so it does not depend on how the consolidation model is built.
 */
import { LIGHT_COLORS } from '../workbook/traffic-light';
import { sectionHeading, shortenLabel, toPercent } from './format';
import type { ChartData, UnitSummary } from './types';

/** Rate descending, units without a rate last; ties keep the input order (Array#sort is stable). */
export function rankUnits(units: readonly UnitSummary[]): UnitSummary[] {
  return [...units].sort((a, b) => (b.rate ?? -1) - (a.rate ?? -1));
}

export function unitRankingChart(units: readonly UnitSummary[]): ChartData {
  const ranked = rankUnits(units);
  return {
    id: 'units',
    title: '各单位完成率排名',
    kind: 'hbar',
    unit: '%',
    // The unit's tasks live in its own workbook, so the click carries the unit, not task keys.
    categories: ranked.map((u, i) => ({
      label: `${i + 1}. ${shortenLabel(u.unit, 10)}`,
      title: u.unit,
      taskKeys: [],
      unit: u.unit,
    })),
    series: [{ label: '完成率', values: ranked.map((u) => toPercent(u.rate)), color: LIGHT_COLORS.蓝 }],
  };
}

export interface HeatCell {
  /** Percent with one decimal; null when the unit has no counted task there. */
  value: number | null;
  background: string;
  /** Dark text on light cells, white on dark ones. */
  foreground: string;
}

export interface HeatTable {
  columns: { key: string; label: string; title: string }[];
  rows: { unit: string; total: HeatCell; cells: HeatCell[] }[];
}

const EMPTY_COLOR = '#f3f4f6';
const DARK_TEXT = '#111827';

function hexChannels(hex: string): number[] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
}

/** White at 0% to the palette's blue (已完成) at 100%: more done, more "blue". */
export function heatColor(rate: number | null): string {
  if (rate === null) return EMPTY_COLOR;
  const share = Math.min(1, Math.max(0, rate));
  const blue = hexChannels(LIGHT_COLORS.蓝);
  return `#${blue
    .map((c) =>
      Math.round(255 + (c - 255) * share)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

function heatCell(rate: number | null): HeatCell {
  return {
    value: toPercent(rate),
    background: heatColor(rate),
    foreground: rate !== null && rate > 0.6 ? '#ffffff' : DARK_TEXT,
  };
}

/** Rows in ranking order; columns are every section any unit has, in first-seen order. */
export function unitSectionHeat(units: readonly UnitSummary[]): HeatTable {
  const columns = new Map<string, { key: string; label: string; title: string }>();
  for (const unit of units) {
    for (const s of unit.sections) {
      if (!columns.has(s.key)) columns.set(s.key, { key: s.key, label: s.key, title: sectionHeading(s.key, s.title) });
    }
  }
  const keys = [...columns.keys()];
  return {
    columns: [...columns.values()],
    rows: rankUnits(units).map((u) => ({
      unit: u.unit,
      total: heatCell(u.rate),
      cells: keys.map((k) => heatCell(u.sections.find((s) => s.key === k)?.rate ?? null)),
    })),
  };
}
