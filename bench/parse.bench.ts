/**
 * Plan parsing benchmark: median parse time per shared plan, then growth up to 2.5 MB for three
 * shapes — ordinary plans concatenated, a task line padded with spaces, and a whole plan with no
 * newlines. Run with `npx tsx bench/parse.bench.ts`; prints Markdown tables (docs/performance.md).
 */
import { numberToChinese } from '../src/core/plan/numerals';
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

/**
 * One plan of 99 sections × 19 tasks (1,881, under the 2,000 cap) whose task texts grow with the
 * size, so every step — outline, keys, titles, deadlines, units, indicators — runs on all of it.
 * (Concatenated plans end their body at the second plan's 一、: the rest is read as an annex.)
 */
function bigPlan(size: number): string {
  const sentence = '完善社区养老服务网络，年底前新增助餐点83个（牵头单位：区民政局，配合单位：区财政局）。';
  const repeat = Math.max(1, Math.round(size / (99 * 19 * bytes(sentence))));
  const lines = ['2025年某区工作要点'];
  for (let s = 1; s <= 99; s++) {
    lines.push(`${numberToChinese(s)}、第${s}部分`);
    for (let t = 1; t <= 19; t++) lines.push(`${t}.任务${s}-${t}。${sentence.repeat(repeat)}`);
  }
  return lines.join('\n');
}

const shapes: [string, (size: number) => string][] = [
  ['one plan, 1,881 tasks', bigPlan],
  ['shared plans concatenated', (size) => grow(`${plain}\n`, size)],
  ['task line with 80,000 spaces', (size) => grow(spacey, size)],
  ['one line, no newlines', (size) => grow(oneLine, size)],
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
for (const [name, make] of shapes) {
  for (const size of sizes) {
    const text = make(size);
    const ms = timeParse(text, size > 1024 * KB ? 5 : 9);
    console.log(
      `| ${name} | ${(bytes(text) / KB).toFixed(0)} | ${ms.toFixed(1)} | ${((ms * 25 * KB) / bytes(text)).toFixed(2)} |`,
    );
  }
}
