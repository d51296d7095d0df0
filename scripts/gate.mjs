#!/usr/bin/env node
// `npm test`: the one gate, the same locally and in CI — typecheck, lint, format, unused exports, unit tests,
// build, browser tests — then one plain closing line `N passed, N failed` that CI can read
// (vitest's own summary is not a line CI recognises).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const reports = mkdtempSync(join(tmpdir(), 'plan-ledger-gate-'));
const steps = [
  ['typecheck (core, no DOM)', 'npx', ['tsc', '-p', 'tsconfig.core.json']],
  ['typecheck (app)', 'npx', ['tsc', '-p', 'tsconfig.app.json']],
  ['typecheck (tests, scripts, CLI)', 'npx', ['tsc', '-p', 'tsconfig.node.json']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings', '0']],
  ['format', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']],
  ['unused files and exports (knip)', 'npx', ['knip']],
  [
    'unit tests',
    'npx',
    [
      'vitest',
      'run',
      '--project',
      'unit',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${join(reports, 'unit.json')}`,
    ],
  ],
  ['build', 'npm', ['run', 'build', '--silent']],
  [
    'browser tests',
    'npx',
    [
      'vitest',
      'run',
      '--project',
      'browser',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${join(reports, 'browser.json')}`,
    ],
  ],
];

let passed = 0;
let failed = 0;
let broken = null;

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

for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  const jsonFile = name === 'unit tests' ? 'unit.json' : name === 'browser tests' ? 'browser.json' : null;
  if (jsonFile) countTests(jsonFile);
  if (result.status !== 0) {
    broken = name;
    // A step that is not a test run still counts as one failure, so the closing line never says 0 failed.
    if (!jsonFile || failed === 0) failed += 1;
    break;
  }
}

console.log('');
if (broken) console.log(`gate: stopped at "${broken}"`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(broken ? 1 : 0);
