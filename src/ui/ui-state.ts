/** UI state: how the app was left (period, columns, charts). Never part of a workbook or an export. */
import type { Period } from '../core/workbook/types';

export interface UiState {
  period: Period;
  lastOpened?: string;
  sampleCreated?: boolean;
  /** Hidden columns and widths; read through readLayout (may be old or damaged). */
  columns?: unknown;
  /** 填报单位 typed at the last import, offered at the next one. */
  lastUnit?: string;
  /** Whether the detail panel beside the grid is open (folded away on small screens by default). */
  detailOpen?: boolean;
  /** What the 图表 view was last set to; validated where it is used. */
  charts?: ChartsUiState;
}

export interface ChartsUiState {
  period?: Period;
  compareWith?: Period;
  /** A picked as-of date, and the day it was picked (reused only that day, see open-charts.ts). */
  asOf?: string;
  asOfPickedOn?: string;
}
