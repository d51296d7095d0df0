/**
 * Chart data: what each chart shows, computed from the workbook by pure functions. The view only
 * draws it; the Excel 统计 sheet draws the same data, so numbers never differ between the two.
 */
import type { Light } from '../workbook/traffic-light';
import type { Period, Status, Workbook } from '../workbook/types';

export type ChartId = 'sections' | 'status' | 'lights' | 'indicators' | 'periods' | 'units';

/** Horizontal bars read best with long Chinese section names; doughnuts for shares of a whole. */
export type ChartKind = 'bar' | 'hbar' | 'doughnut';

/** One bar group or slice, with the tasks behind it so a click can filter the grid to them. */
export interface ChartCategory {
  /** Axis or legend text, possibly shortened. */
  label: string;
  /** Full text, for the tooltip. */
  title: string;
  taskKeys: string[];
  /** Extra tooltip lines, e.g. `目标 ≥83个，实际 60个`. */
  details?: string[];
  /** In a consolidation: the unit behind the bar (its tasks live in that unit's workbook). */
  unit?: string;
  /** The grid filter the category stands for, so a click shows in the filter controls. */
  filter?: CategoryFilter;
}

export interface CategoryFilter {
  section?: string;
  status?: Status;
  /** A 序时 light, or 无 for tasks off the schedule. */
  light?: Light | '无';
}

export interface ChartSeries {
  label: string;
  /** One value per category: percentages 0–100 (one decimal) or counts; null = nothing to show. */
  values: (number | null)[];
  /** One colour for the series, or one per category. */
  color: string | string[];
}

export interface ChartData {
  id: ChartId;
  /** Chart title, also the PNG file name. */
  title: string;
  kind: ChartKind;
  /** `%` charts run on a 0–100 axis; `项` charts count tasks. */
  unit: '%' | '项';
  categories: ChartCategory[];
  series: ChartSeries[];
}

/** The completion of one unit in a consolidation; rates are 0–1 as `sectionRates` returns them. */
export interface UnitSummary {
  unit: string;
  sections: { key: string; title: string; rate: number | null }[];
  rate: number | null;
}

export interface ChartInput {
  workbook: Workbook;
  /** ISO date the 序时 lights are judged at. */
  asOf: string;
  period: Period;
  /** The other period of the comparison; defaults by `comparisonPeriods`. */
  compareWith?: Period;
  /** Present for a consolidation (汇总): one summary per reporting unit. */
  units?: UnitSummary[];
}
