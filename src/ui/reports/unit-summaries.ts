/** A consolidation seen the way the charts module takes it: one `UnitSummary` per unit. */
import type { UnitSummary } from '../../core/charts/types';
import type { ConsolidationResult } from '../../io/excel/reports';

/** Tasks outside any section share one column, keyed like the heat table needs (a string). */
export const NO_SECTION_KEY = '—';

export function unitSummaries(result: ConsolidationResult): UnitSummary[] {
  return result.units.map((u) => ({
    unit: u.unit || '（未写单位）',
    rate: u.rate,
    sections: result.sections.map((s, i) => ({
      key: s.key ?? NO_SECTION_KEY,
      title: s.title,
      rate: u.sectionRates[i] ?? null,
    })),
  }));
}
