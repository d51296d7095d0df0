/**
 * Parser accuracy on real plans, as issue 10 measures it: task F1 (a task counts when its key and
 * section match; optional tasks may be kept or dropped), title accuracy over the matched tasks, and
 * the share of plans whose name (plan.title) is exact.
 *
 *   npx tsx bench/parse-score.ts              held-out fixtures (never tuned on), the default
 *   npx tsx bench/parse-score.ts --round-1    the fixtures held out in round 1 (see pending-plans.ts)
 *   npx tsx bench/parse-score.ts --round-2    the half of them still held out in round 2
 *   npx tsx bench/parse-score.ts --round-3    set D, held out until measured (see pending-plans.ts)
 *   npx tsx bench/parse-score.ts --round-4    set E, full-length documents (see pending-plans.ts)
 *   npx tsx bench/parse-score.ts --round-5    the half of set E held out while tuning on the other
 *   npx tsx bench/parse-score.ts --round-6    set F, held out after tuning on set E
 *   npx tsx bench/parse-score.ts --round-7    set G, held out after tuning on sets E and F
 *   npx tsx bench/parse-score.ts --round-8    set H, held out after tuning on sets E to G
 *   npx tsx bench/parse-score.ts --round-9    set I, held out after tuning on sets E to H
 *   npx tsx bench/parse-score.ts --round-10   set J, held out after tuning on sets E to I
 *   npx tsx bench/parse-score.ts --round-11   set K, held out after tuning on sets E to J
 *   npx tsx bench/parse-score.ts --round-12   set L, held out after tuning on sets E to K
 *   npx tsx bench/parse-score.ts --round-13   set M, held out after tuning on sets E to L
 *   npx tsx bench/parse-score.ts --round-14   set N, held out after tuning on sets E to M
 *   npx tsx bench/parse-score.ts --round-15   set O, held out after tuning on sets E to N
 *   npx tsx bench/parse-score.ts --round-16   set P, held out after tuning on sets E to O
 *   npx tsx bench/parse-score.ts --round-17   set Q, held out after tuning on sets E to P
 *   npx tsx bench/parse-score.ts --round-18   set R, held out after tuning on sets E to Q
 *   npx tsx bench/parse-score.ts --round-19   set S, held out after tuning on sets E to R
 *   npx tsx bench/parse-score.ts --round-20   set T, held out after tuning on sets E to S
 *   npx tsx bench/parse-score.ts --round-21   set U, held out after tuning on sets E to T
 *   npx tsx bench/parse-score.ts --round-22   set V, held out after tuning on sets E to U
 *   npx tsx bench/parse-score.ts --round-23   set W, held out after tuning on sets E to V
 *   npx tsx bench/parse-score.ts --round-24   set X, held out after tuning on sets E to W
 *   npx tsx bench/parse-score.ts --round-25   set Y, held out after tuning on sets E to X
 *   npx tsx bench/parse-score.ts --round-26   set Z, held out after tuning on sets E to Y
 *   npx tsx bench/parse-score.ts --round-27   set AA, held out after tuning on sets E to Z
 *   npx tsx bench/parse-score.ts --round-28   set AB, held out after tuning on sets E to AA
 *   npx tsx bench/parse-score.ts --round-29   set AC, held out after tuning on sets E to AB
 *   npx tsx bench/parse-score.ts --round-30   set AD, held out after tuning on sets E to AC
 *   npx tsx bench/parse-score.ts --round-31   set AE, held out after tuning on sets E to AD
 *   npx tsx bench/parse-score.ts --round-32   set AF, held out after tuning on sets E to AE
 *   npx tsx bench/parse-score.ts --round-33   set AG, held out after tuning on sets E to AF
 *   npx tsx bench/parse-score.ts --round-34   set AH, held out after tuning on sets E to AG
 *   npx tsx bench/parse-score.ts --round-35   set AI, held out after tuning on sets E to AH
 *   npx tsx bench/parse-score.ts --round-36   set AJ, held out after tuning on sets E to AI
 *   npx tsx bench/parse-score.ts --round-37   set AK, held out after tuning on sets E to AJ
 *   npx tsx bench/parse-score.ts --round-38   set AL, held out after tuning on sets E to AK
 *   npx tsx bench/parse-score.ts --tuning     fixtures the parser was tuned on
 *   npx tsx bench/parse-score.ts --shared     the eight shared plans
 *   npx tsx bench/parse-score.ts --all        everything
 */
import { parsePlan } from '../src/core/plan/parse-plan';
import { planCases, type PlanCase } from '../tests/helpers/shared-plans';
import { scorePlan, type PlanScore } from '../tests/core/plan/compare-plan';
import {
  HELD_OUT,
  ROUND_2,
  ROUND_3,
  ROUND_4,
  ROUND_5,
  ROUND_6,
  ROUND_7,
  ROUND_8,
  ROUND_9,
  ROUND_10,
  ROUND_11,
  ROUND_12,
  ROUND_13,
  ROUND_14,
  ROUND_15,
  ROUND_16,
  ROUND_17,
  ROUND_18,
  ROUND_19,
  ROUND_20,
  ROUND_21,
  ROUND_22,
  ROUND_23,
  ROUND_24,
  ROUND_25,
  ROUND_26,
  ROUND_27,
  ROUND_28,
  ROUND_29,
  ROUND_30,
  ROUND_31,
  ROUND_32,
  ROUND_33,
  ROUND_34,
  ROUND_35,
  ROUND_36,
  ROUND_37,
  ROUND_38,
  TUNED_AFTER_ROUND_1,
} from '../tests/core/plan/pending-plans';

type Set =
  | 'held-out'
  | 'round-1'
  | 'round-2'
  | 'round-3'
  | 'round-4'
  | 'round-5'
  | 'round-6'
  | 'round-7'
  | 'round-8'
  | 'round-9'
  | 'round-10'
  | 'round-11'
  | 'round-12'
  | 'round-13'
  | 'round-14'
  | 'round-15'
  | 'round-16'
  | 'round-17'
  | 'round-18'
  | 'round-19'
  | 'round-20'
  | 'round-21'
  | 'round-22'
  | 'round-23'
  | 'round-24'
  | 'round-25'
  | 'round-26'
  | 'round-27'
  | 'round-28'
  | 'round-29'
  | 'round-30'
  | 'round-31'
  | 'round-32'
  | 'round-33'
  | 'round-34'
  | 'round-35'
  | 'round-36'
  | 'round-37'
  | 'round-38'
  | 'tuning'
  | 'shared'
  | 'all';

function chosen(arg: string | undefined): Set {
  if (arg === '--round-1') return 'round-1';
  if (arg === '--round-2') return 'round-2';
  if (arg === '--round-3') return 'round-3';
  if (arg === '--round-4') return 'round-4';
  if (arg === '--round-5') return 'round-5';
  if (arg === '--round-6') return 'round-6';
  if (arg === '--round-7') return 'round-7';
  if (arg === '--round-8') return 'round-8';
  if (arg === '--round-9') return 'round-9';
  if (arg === '--round-10') return 'round-10';
  if (arg === '--round-11') return 'round-11';
  if (arg === '--round-12') return 'round-12';
  if (arg === '--round-13') return 'round-13';
  if (arg === '--round-14') return 'round-14';
  if (arg === '--round-15') return 'round-15';
  if (arg === '--round-16') return 'round-16';
  if (arg === '--round-17') return 'round-17';
  if (arg === '--round-18') return 'round-18';
  if (arg === '--round-19') return 'round-19';
  if (arg === '--round-20') return 'round-20';
  if (arg === '--round-21') return 'round-21';
  if (arg === '--round-22') return 'round-22';
  if (arg === '--round-23') return 'round-23';
  if (arg === '--round-24') return 'round-24';
  if (arg === '--round-25') return 'round-25';
  if (arg === '--round-26') return 'round-26';
  if (arg === '--round-27') return 'round-27';
  if (arg === '--round-28') return 'round-28';
  if (arg === '--round-29') return 'round-29';
  if (arg === '--round-30') return 'round-30';
  if (arg === '--round-31') return 'round-31';
  if (arg === '--round-32') return 'round-32';
  if (arg === '--round-33') return 'round-33';
  if (arg === '--round-34') return 'round-34';
  if (arg === '--round-35') return 'round-35';
  if (arg === '--round-36') return 'round-36';
  if (arg === '--round-37') return 'round-37';
  if (arg === '--round-38') return 'round-38';
  if (arg === '--tuning') return 'tuning';
  if (arg === '--shared') return 'shared';
  if (arg === '--all') return 'all';
  return 'held-out';
}

function inSet(c: PlanCase, set: Set): boolean {
  if (set === 'all') return true;
  if (set === 'shared') return c.origin === 'shared';
  if (set === 'round-1') return ROUND_2.has(c.name) || TUNED_AFTER_ROUND_1.has(c.name);
  if (set === 'round-2') return ROUND_2.has(c.name);
  if (set === 'round-3') return ROUND_3.has(c.name);
  if (set === 'round-4') return ROUND_4.has(c.name);
  if (set === 'round-5') return ROUND_5.has(c.name);
  if (set === 'round-6') return ROUND_6.has(c.name);
  if (set === 'round-7') return ROUND_7.has(c.name);
  if (set === 'round-8') return ROUND_8.has(c.name);
  if (set === 'round-9') return ROUND_9.has(c.name);
  if (set === 'round-10') return ROUND_10.has(c.name);
  if (set === 'round-11') return ROUND_11.has(c.name);
  if (set === 'round-12') return ROUND_12.has(c.name);
  if (set === 'round-13') return ROUND_13.has(c.name);
  if (set === 'round-14') return ROUND_14.has(c.name);
  if (set === 'round-15') return ROUND_15.has(c.name);
  if (set === 'round-16') return ROUND_16.has(c.name);
  if (set === 'round-17') return ROUND_17.has(c.name);
  if (set === 'round-18') return ROUND_18.has(c.name);
  if (set === 'round-19') return ROUND_19.has(c.name);
  if (set === 'round-20') return ROUND_20.has(c.name);
  if (set === 'round-21') return ROUND_21.has(c.name);
  if (set === 'round-22') return ROUND_22.has(c.name);
  if (set === 'round-23') return ROUND_23.has(c.name);
  if (set === 'round-24') return ROUND_24.has(c.name);
  if (set === 'round-25') return ROUND_25.has(c.name);
  if (set === 'round-26') return ROUND_26.has(c.name);
  if (set === 'round-27') return ROUND_27.has(c.name);
  if (set === 'round-28') return ROUND_28.has(c.name);
  if (set === 'round-29') return ROUND_29.has(c.name);
  if (set === 'round-30') return ROUND_30.has(c.name);
  if (set === 'round-31') return ROUND_31.has(c.name);
  if (set === 'round-32') return ROUND_32.has(c.name);
  if (set === 'round-33') return ROUND_33.has(c.name);
  if (set === 'round-34') return ROUND_34.has(c.name);
  if (set === 'round-35') return ROUND_35.has(c.name);
  if (set === 'round-36') return ROUND_36.has(c.name);
  if (set === 'round-37') return ROUND_37.has(c.name);
  if (set === 'round-38') return ROUND_38.has(c.name);
  const held = c.origin === 'fixture' && HELD_OUT.has(c.name);
  return set === 'held-out' ? held : c.origin === 'fixture' && !held;
}

function ratio(a: number, b: number): string {
  return b === 0 ? '–' : (a / b).toFixed(3);
}

function f1(s: Pick<PlanScore, 'truePositives' | 'falsePositives' | 'falseNegatives'>): number {
  const denominator = 2 * s.truePositives + s.falsePositives + s.falseNegatives;
  return denominator === 0 ? 1 : (2 * s.truePositives) / denominator;
}

const set = chosen(process.argv[2]);
const cases = planCases().filter((c) => inSet(c, set));
const total = { truePositives: 0, falsePositives: 0, falseNegatives: 0, titlesRight: 0, names: 0 };
console.log(`Set: ${set} (${cases.length} plans)\n`);
console.log('| plan | tasks expected | found | TP | FP | FN | F1 | titles | name |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|:---:|');
for (const c of cases) {
  const result = parsePlan(c.text);
  const s = scorePlan(result, c.expected);
  total.truePositives += s.truePositives;
  total.falsePositives += s.falsePositives;
  total.falseNegatives += s.falseNegatives;
  total.titlesRight += s.titlesRight;
  total.names += s.nameRight ? 1 : 0;
  const cells = [
    c.expected.tasks.length,
    result.plan.tasks.length,
    s.truePositives,
    s.falsePositives,
    s.falseNegatives,
  ];
  const scores = [f1(s).toFixed(3), ratio(s.titlesRight, s.truePositives), s.nameRight ? '✓' : '✗'];
  console.log(`| ${c.name} | ${cells.join(' | ')} | ${scores.join(' | ')} |`);
}
console.log('');
console.log(`task F1 (key + section): ${f1(total).toFixed(3)}`);
console.log(`titles right (of matched tasks): ${ratio(total.titlesRight, total.truePositives)}`);
console.log(`plan name right: ${total.names}/${cases.length} (${ratio(total.names, cases.length)})`);
