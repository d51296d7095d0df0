#!/usr/bin/env node
// `npm test`: the one gate, the same locally and in CI — typecheck, lint, format, unused exports, unit tests,
// build, browser tests — then one plain closing line `N passed, N failed` that CI can read
// (vitest's own summary is not a line CI recognises).
//
// The static checks are single-threaded, so they run as two lanes side by side (a 2-core CI machine
// otherwise idles one core for two minutes); each step's output is printed whole when it ends, with
// its time, so a slow CI run says where the time went.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const reports = mkdtempSync(join(tmpdir(), 'plan-ledger-gate-'));
const vitest = (project) => [
  'vitest',
  'run',
  '--project',
  project,
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${join(reports, `${project}.json`)}`,
];

/** Each inner list runs in order; the lists of one stage run side by side. */
const stages = [
  [
    [
      ['typecheck (core, no DOM)', 'npx', ['tsc', '-p', 'tsconfig.core.json']],
      ['typecheck (app)', 'npx', ['tsc', '-p', 'tsconfig.app.json']],
      ['typecheck (tests, scripts, CLI)', 'npx', ['tsc', '-p', 'tsconfig.node.json']],
    ],
    [
      ['lint', 'npx', ['eslint', '.', '--max-warnings', '0']],
      ['format', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']],
      ['unused files and exports (knip)', 'npx', ['knip']],
    ],
  ],
  [[['unit tests', 'npx', vitest('unit'), 'unit.json']]],
  [[['build', 'npm', ['run', 'build', '--silent']]]],
  [[['browser tests', 'npx', vitest('browser'), 'browser.json']]],
];

let passed = 0;
let failed = 0;
const broken = [];

function countTests(file) {
  try {
    const report = JSON.parse(readFileSync(join(reports, file), 'utf8'));
    passed += report.numPassedTests ?? 0;
    failed += report.numFailedTests ?? 0;
    return true;
  } catch {
    return false;
  }
}

const seconds = (start) => `${((Date.now() - start) / 1000).toFixed(0)} s`;

/** Run one step; a lone lane streams its output, a lane beside another prints it whole at the end. */
function run([name, command, args, jsonFile], alone) {
  return new Promise((resolve) => {
    const start = Date.now();
    if (alone) console.log(`\n▶ ${name}`);
    const child = spawn(command, args, {
      stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: '0' },
    });
    const output = [];
    child.stdout?.on('data', (chunk) => output.push(chunk));
    child.stderr?.on('data', (chunk) => output.push(chunk));
    child.on('close', (status) => {
      if (!alone) {
        console.log(`\n▶ ${name}`);
        process.stdout.write(Buffer.concat(output).toString());
      }
      const failedBefore = failed;
      if (jsonFile) countTests(jsonFile);
      console.log(`◀ ${name}: ${status === 0 ? 'ok' : `exit ${status}`} in ${seconds(start)}`);
      if (status !== 0) {
        broken.push(name);
        // A step that is not a test run still counts as one failure, so the closing line never says 0 failed.
        if (failed === failedBefore) failed += 1;
      }
      resolve(status === 0);
    });
  });
}

async function lane(steps, alone) {
  for (const step of steps) if (!(await run(step, alone))) return;
}

const gateStart = Date.now();
for (const lanes of stages) {
  await Promise.all(lanes.map((steps) => lane(steps, lanes.length === 1)));
  if (broken.length > 0) break;
}

console.log(`\ngate: ${seconds(gateStart)}`);
if (broken.length > 0) console.log(`gate: stopped at ${broken.map((name) => `"${name}"`).join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(broken.length > 0 ? 1 : 0);
