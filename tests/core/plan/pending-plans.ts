/**
 * Real plans not yet in the table-driven test. Held-out fixtures are listed here until their
 * accuracy has been measured (bench/parse-score.ts) without the parser ever being tuned on them.
 * The split was fixed before any of them was read: of the sets A and B fixtures not yet inspected,
 * every other one in alphabetical order, plus every fixture that arrived later.
 */
export const HELD_OUT = new Set([
  'a-fengxian-illegal-land-2024-2026',
  'a-magnolia-promotion-2024-2026',
  'a-quantum-city-ai-2026-2027',
  'a-shanghai-mca-eldercare-fire-2023',
  'b-baoshan-waste-sorting-2019',
  'b-chongming-highrise-fire-2017',
  'b-shmz-eldercare-fire-2025',
  'b-songjiang-urban-renewal-2025-pdf',
  // Set C arrived after the split was made: held out whole.
  'c-haian-mca-2023-project-progress',
  'c-hk-policy-address-2005-district',
  'c-luan-2021-livelihood-progress-notice',
  'c-mirror-eldercare-project-table',
  'c-suining-mca-2018-targets',
  'c-xihu-mca-2024q1-tasks',
  'c-yuhang-2020-elderly-disabled-projects',
]);

/** Tuning fixtures that do not pass yet, each with what is missing. */
const NOT_YET: Record<string, string> = {};

export const PENDING = new Set([...HELD_OUT, ...Object.keys(NOT_YET)]);
