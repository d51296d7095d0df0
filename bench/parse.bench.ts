/**
 * Plan parsing benchmark: median parse time per shared plan, then growth up to 2.5 MB for three
 * shapes — ordinary plans concatenated, a task line padded with spaces, and a whole plan with no
 * newlines. Run with `npx tsx bench/parse.bench.ts`; prints Markdown tables (docs/performance.md).
 */
import { parsePlan } from '../src/core/plan/parse-plan';
import { SHARED_PLAN_NAMES, readSharedPlan } from '../tests/helpers/shared-plans';

const KB = 1024;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function timeParse(text: string, runs: number): number {
  for (let i = 0; i < Math.min(runs, 3); i++) parsePlan(text);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    parsePlan(text);
    times.push(performance.now() - start);
  }
  return median(times);
}

function bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** `unit` repeated until the text reaches `size` bytes. */
function grow(unit: string, size: number): string {
  const unitBytes = bytes(unit);
  return unit.repeat(Math.max(1, Math.ceil(size / unitBytes)));
}

const texts = SHARED_PLAN_NAMES.map((name) => readSharedPlan(name));
const plain = texts.join('\n');
const oneLine = plain.replace(/\s+/g, '');
// A task line with 80,000 spaces inside it (the input that took 8 s), repeated as its own plan.
const spacey = `2024年某局工作要点\n一、党建\n1.加强学习${' '.repeat(80_000)}内容。\n2.从严治党。\n`;

const shapes: [string, string][] = [
  ['shared plans concatenated', `${plain}\n`],
  ['task line with 80,000 spaces', spacey],
  ['one line, no newlines', oneLine],
];
const sizes = [100 * KB, 500 * KB, 2.5 * 1024 * KB];

console.log('| input | size (kB) | median parse (ms) | ms per 25 kB |');
console.log('|---|---:|---:|---:|');
SHARED_PLAN_NAMES.forEach((name, i) => {
  const text = texts[i] ?? '';
  const ms = timeParse(text, 100);
  console.log(
    `| ${name} | ${(bytes(text) / KB).toFixed(1)} | ${ms.toFixed(2)} | ${((ms * 25 * KB) / bytes(text)).toFixed(2)} |`,
  );
});
console.log('');
console.log('| shape | size (kB) | median parse (ms) | ms per 25 kB |');
console.log('|---|---:|---:|---:|');
for (const [name, unit] of shapes) {
  for (const size of sizes) {
    const text = grow(unit, size);
    const ms = timeParse(text, size > 1024 * KB ? 5 : 9);
    console.log(
      `| ${name} | ${(bytes(text) / KB).toFixed(0)} | ${ms.toFixed(1)} | ${((ms * 25 * KB) / bytes(text)).toFixed(2)} |`,
    );
  }
}
