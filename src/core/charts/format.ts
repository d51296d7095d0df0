/** Small helpers shared by the chart builders: rounding and readable labels. */

/** A 0–1 rate as a percentage with one decimal (0.625 → 62.5); null stays null. */
export function toPercent(rate: number | null): number | null {
  return rate === null ? null : Math.round(rate * 1000) / 10;
}

/**
 * Shorten a label to `max` characters with an ellipsis. Counts code points, not UTF-16 units, so
 * a rare CJK character outside the BMP is never cut in half.
 */
export function shortenLabel(text: string, max = 12): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** `二、加快推进社会救助体系建设` — the way the plan itself writes a section heading. */
export function sectionHeading(key: string | null, title: string): string {
  return key === null ? title : `${key}、${title}`;
}
