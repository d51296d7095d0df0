/**
 * Real plans not yet in the table-driven test, because the parser must not be tuned on them before
 * their accuracy is measured (bench/parse-score.ts).
 *
 * Round 1 (measured at 826de1e, docs/plan-format.md "Accuracy"): of the set A and B fixtures not
 * yet inspected, every other one in alphabetical order, plus all of set C (it arrived later). The
 * split was fixed before any of them was read.
 *
 * Round 2 (measured at 38125cf): after that measurement the parser was tuned on half of round 1 —
 * every other one in alphabetical order — and the other half stayed unread until measured.
 */
/** The fixtures measured in round 2 (never read until then). */
export const ROUND_2 = new Set([
  'a-magnolia-promotion-2024-2026',
  'a-shanghai-mca-eldercare-fire-2023',
  'b-chongming-highrise-fire-2017',
  'b-songjiang-urban-renewal-2025-pdf',
  'c-hk-policy-address-2005-district',
  'c-mirror-eldercare-project-table',
  'c-xihu-mca-2024q1-tasks',
]);

/** Round 1 fixtures the parser was tuned on before round 2. */
export const TUNED_AFTER_ROUND_1 = new Set([
  'a-fengxian-illegal-land-2024-2026',
  'a-quantum-city-ai-2026-2027',
  'b-baoshan-waste-sorting-2019',
  'b-shmz-eldercare-fire-2025',
  'c-haian-mca-2023-project-progress',
  'c-luan-2021-livelihood-progress-notice',
  'c-suining-mca-2018-targets',
  'c-yuhang-2020-elderly-disabled-projects',
]);

/**
 * Round 3 (set D, tests/fixtures/plans/d-SOURCES.md): fifteen new pages, annotated and committed
 * before the parser was ever run on them, measured at 4e94661, then tuned on.
 */
export const ROUND_3 = new Set([
  'd-cangnan-livelihood-2022-table',
  'd-changji-community-2023-traditional',
  'd-changzhou-mca-2020',
  'd-district-education-plan-traditional',
  'd-district-mca-toc-2025',
  'd-fuling-mca-2025',
  'd-huzhou-health-2023',
  'd-nanzhang-town-2023',
  'd-tanjiazhai-township-2023',
  'd-township-2023-chunked',
  'd-wuhan-mca-2024-oneline',
  'd-wuhu-education-2024',
  'd-xx-education-2024-oneline',
  'd-yangxian-livelihood-2024-traditional',
  'd-zengdu-mca-2025',
]);

/**
 * Round 4 (set E, tests/fixtures/plans/e-SOURCES.md): sixteen full-length documents (set D's
 * pages were cut at about 2,000 bytes), annotated by four annotators who never ran the parser,
 * committed before the parser was first run on them.
 */
export const ROUND_4 = new Set([
  'e-baoshan-marine-litter-2025',
  'e-chongming-land-market-pilot-2023',
  'e-fengxian-industry-education-2024-2026',
  'e-jiading-illegal-land-2026',
  'e-jiading-sponge-city-2024',
  'e-qingpu-public-fire-safety-2024',
  'e-shanghai-bci-industry-2025-2030',
  'e-shanghai-beidou-industry-2021-2023',
  'e-shanghai-construction-safety-2024-2026',
  'e-shanghai-proof-of-concept-platforms-2025',
  'e-songjiang-muck-trucks-2026',
  'e-wujing-construction-waste-2021',
  'e-yangpu-construction-business-env-2023',
  'e-yangpu-construction-business-env-2024',
  'e-yangpu-shu-innovation-district-2025',
  'e-youyi-road-waste-sorting-2019',
]);

/**
 * Round 5: after round 4 was measured (at 3a6efb4), the parser was tuned on every other one of
 * set E in alphabetical order; these, the other half, stay unread (only their round-4 scores were
 * seen) until measured again.
 */
export const ROUND_5 = new Set([...ROUND_4].sort().filter((_, i) => i % 2 === 1));

/**
 * Round 6 (set F, tests/fixtures/plans/f-SOURCES.md): fifteen more full-length documents, annotated
 * and committed before the parser (as tuned on rounds 4–5) was first run on them.
 */
export const ROUND_6 = new Set([
  'f-chongming-rural-housing-safety-2020',
  'f-fengxian-eldercare-gas-safety-2023',
  'f-huangpu-renewable-energy-2025',
  'f-jiading-illegal-land-2014',
  'f-jingan-professional-services-2026-2028',
  'f-jingan-waste-sorting-2025',
  'f-national-future-industries-2024',
  'f-qingpu-old-estates-renovation-2024',
  'f-shanghai-port-shore-power-2023',
  'f-shanghai-public-health-research-2025',
  'f-shanghai-tech-services-2025',
  'f-wujing-rental-housing-2023',
  'f-yangpu-drainage-reform-2025',
  'f-yangpu-grassroots-fire-safety-2022',
  'f-yangpu-internal-roads-2025',
]);

/**
 * Round 7 (set G, tests/fixtures/plans/g-SOURCES.md): twelve more full-length documents, committed
 * before they were measured with the parser as tuned on rounds 4–6.
 */
export const ROUND_7 = new Set([
  'g-baoshan-expropriation-supervision-2021',
  'g-baoshan-inefficient-land-2021',
  'g-chongming-residential-estates-2015-2017',
  'g-hongkou-waste-sorting-2018-2020',
  'g-huangpu-grassroots-fire-2023',
  'g-jiading-idle-land-2022',
  'g-jingan-carbon-energy-saving-2025',
  'g-jingan-construction-water-safety-2024-2026',
  'g-luodian-sanitation-assessment-2020',
  'g-putuo-sponge-city-2025',
  'g-shanghai-religious-sites-fire-2022',
  'g-shanghai-transport-pv-2023',
]);

/**
 * Round 6 was measured at edb45eb and round 7 at 9710592; both are being tuned on now, and stay
 * out of the table-driven test until each passes (TUNING), never to be measured as unseen again.
 */
const TUNING = new Set<string>([...ROUND_6, ...ROUND_7]);

/** Fixtures held out now: none; a new one goes here. */
export const HELD_OUT = new Set<string>([]);

/** Tuning fixtures that do not pass yet, each with what is missing. */
const NOT_YET: Record<string, string> = {
  'c-yuhang-2020-elderly-disabled-projects': 'table whose cells are glued into one line, with no separator at all',
  'c-mirror-eldercare-project-table': 'flattened table without a 序号 column: rows cannot be told apart',
  'd-changji-community-2023-traditional':
    'the text is cut after its only section, 一、工作目標 (one paragraph of targets): read as one task, annotated as none',
  'c-hk-policy-address-2005-district':
    'name is a section heading among page-menu lines; years only in the URL; lead named in prose',
};

export const PENDING = new Set([...HELD_OUT, ...TUNING, ...Object.keys(NOT_YET)]);

/**
 * Single fields of otherwise passing fixtures that the parser does not read yet, each with why:
 * the table-driven test leaves just these out, so the rest of the plan stays checked.
 * `'*'` stands for the plan's own metadata.
 */
export const FIELD_GAPS: Record<string, Record<string, { fields: string[]; why: string }>> = {
  'e-chongming-land-market-pilot-2023': {
    '*': { fields: ['years'], why: 'the span is only in prose (从2023年4月启动，至2024年底结束), not in the name' },
    '五(一)': { fields: ['deadline', 'deadlineText'], why: '2023年6月前 (a month with 前 but no 底) is not read' },
  },
  'e-jiading-illegal-land-2026': {
    '二(三)': {
      fields: ['deadline', 'deadlineText'],
      why: 'an unnumbered follow-up paragraph (2027年底前) is read into the task, so its later date wins',
    },
    '三(三)': { fields: ['deadlineText'], why: '7月初 names no day, and a phrase is kept only with a date' },
  },
  'e-shanghai-beidou-industry-2021-2023': {
    '三(8)': { fields: ['lead'], why: 'a PDF page break leaves a blank line inside the label (牵头部 / 门：)' },
  },
  'e-wujing-construction-waste-2021': {
    '二(九)': {
      fields: ['lead'],
      why: '吴泾、塘湾派出所 is one unit of two places; a 、 inside a duty unit is not read',
    },
  },
};
