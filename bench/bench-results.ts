/**
 * What every benchmark leaves behind: its figures as a flat JSON object in
 * `bench/results/<bench>.json` (ignored by git), so runs can be compared and docs/performance.md
 * quoted without copying from a terminal.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

export type Figures = Record<string, number | string | null>;

const round = (value: number | string | null): number | string | null =>
  typeof value === 'number' ? (Number.isFinite(value) ? Math.round(value * 1000) / 1000 : null) : value;

/** Write `bench/results/<bench>.json` with the machine and time alongside the figures. */
export function writeResults(bench: string, figures: Figures): string {
  const dir = join('bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${bench}.json`);
  const flat: Figures = {
    bench,
    at: new Date().toISOString(),
    node: process.version,
    cores: cpus().length,
    memory_gb: Math.round(totalmem() / 2 ** 30),
    ...Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, round(v)])),
  };
  writeFileSync(file, `${JSON.stringify(flat, null, 2)}\n`);
  console.log(`\nfigures → ${file}`);
  return file;
}
