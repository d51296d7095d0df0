/**
 * `npm run parse -- <file>`: the plan as JSON on stdout (schema: docs/plan-format.md), problems
 * on stderr, exit 2 when the input cannot be read. Same readers and parser as the app.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parsePlan } from '../core/plan/parse-plan';
import type { Problem } from '../core/plan/types';
import { readPlanFile } from '../io/plan-readers/read-plan-file';

function report(problems: readonly Problem[]): void {
  for (const p of problems) {
    const where = p.line === undefined ? '' : `第 ${p.line} 行：`;
    process.stderr.write(`[${p.code}] ${where}${p.message}${p.detail ? ` (${p.detail})` : ''}\n`);
  }
}

async function main(args: readonly string[]): Promise<number> {
  const path = args[0];
  if (!path || path === '--help' || path === '-h') {
    process.stderr.write('用法：npm run parse -- <文件.txt|.docx|.html|.md>\n');
    return path ? 0 : 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    process.stderr.write(`[file-unreadable] 无法读取文件：${path} (${String(error)})\n`);
    return 2;
  }
  const read = await readPlanFile({ name: basename(path), bytes });
  report(read.problems);
  if (read.text.trim().length === 0) {
    // Never exit without a word: an empty document is a reason too.
    if (read.problems.length === 0) process.stderr.write('[no-text] 文件中没有可识别的文字\n');
    return 2;
  }
  const { plan, problems } = parsePlan(read.text);
  report(problems);
  process.stdout.write(`${JSON.stringify(plan, null, 2)}\n`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
