/**
 * Plan parsing benchmark: median parse time per shared plan and for a 2.5 MB concatenation.
 * Run with `npx tsx bench/parse.bench.ts`; prints a Markdown table (results in docs/performance.md).
 */
import { parsePlan } from '../src/core/plan/parse-plan';
import { SHARED_PLAN_NAMES, readSharedPlan } from '../tests/helpers/shared-plans';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function timeParse(text: string, runs: number): number {
  for (let i = 0; i < Math.min(runs, 5); i++) parsePlan(text);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    parsePlan(text);
    times.push(performance.now() - start);
  }
  return median(times);
}

const rows: [string, number, number][] = [];
const texts = SHARED_PLAN_NAMES.map((name) => readSharedPlan(name));
SHARED_PLAN_NAMES.forEach((name, i) => {
  const text = texts[i] ?? '';
  rows.push([name, new TextEncoder().encode(text).length, timeParse(text, 200)]);
});
const all = texts.join('\n');
let big = '';
while (new TextEncoder().encode(big).length < 2.5 * 1024 * 1024) big += `${all}\n`;
rows.push(['all five, concatenated to 2.5 MB', new TextEncoder().encode(big).length, timeParse(big, 9)]);

console.log('| input | size (kB) | median parse (ms) | ms per 25 kB |');
console.log('|---|---:|---:|---:|');
for (const [name, bytes, ms] of rows) {
  console.log(
    `| ${name} | ${(bytes / 1024).toFixed(1)} | ${ms.toFixed(2)} | ${((ms * 25 * 1024) / bytes).toFixed(2)} |`,
  );
}
