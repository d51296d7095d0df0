#!/usr/bin/env node
// `npm run bench`: every bench/*.bench.ts in turn (Node ones and the Chromium ones, which build
// the app into a temp dir themselves), output as it comes; `npm run bench -- grid storage` runs
// those whose file name contains a word given. Each Chromium bench also writes its figures to
// bench/results/<bench>.json (and CPU profile summaries beside them). Targets are recorded in
// docs/performance.md; a benchmark never fails on a slow number, only when it cannot run.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const only = process.argv.slice(2);
const files = readdirSync('bench')
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const failed = [];
for (const file of files) {
  console.log(`\n▶ bench/${file}  (${new Date().toISOString()})\n`);
  const result = spawnSync('npx', ['tsx', `bench/${file}`], { stdio: 'inherit' });
  if (result.status !== 0) failed.push(file);
}

console.log('');
console.log(
  failed.length
    ? `bench: ${failed.length} of ${files.length} failed: ${failed.join(', ')}`
    : `bench: ${files.length} ran`,
);
process.exit(failed.length ? 1 : 0);
