/**
 * `npm run parse -- <file> [--task-level MARKER] [--section-level KEY=MARKER]…`: the plan as JSON
 * on stdout (schema: docs/plan-format.md) with the numbering levels found, problems on stderr,
 * exit 2 when the input cannot be read. Same readers, parser and level choice as the app.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parsePlan } from '../core/plan/parse-plan';
import type { PlanReadOptions, Problem } from '../core/plan/types';
import { readPlanFile } from '../io/plan-readers/read-plan-file';

const USAGE =
  '用法：npm run parse -- <文件.txt|.docx|.html|.md> [--task-level 层级] [--section-level 部分=层级]…\n' +
  '  层级写作原文中的编号（一、 （一） 1. ——任务1：）或层级 id（cn cn-paren num word:任务）；auto 为自动。\n';

function report(problems: readonly Problem[]): void {
  for (const p of problems) {
    const where = p.line === undefined ? '' : `第 ${p.line} 行：`;
    process.stderr.write(`[${p.code}] ${where}${p.message}${p.detail ? ` (${p.detail})` : ''}\n`);
  }
}

interface Args {
  path?: string;
  options: PlanReadOptions;
  error?: string;
}

/** `--flag value` and `--flag=value`. */
function readArgs(args: readonly string[]): Args {
  const out: Args = { options: {} };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    if (flag !== '--task-level' && flag !== '--section-level') {
      if (out.path === undefined && !arg.startsWith('-')) out.path = arg;
      else out.error = `未知参数：${arg}`;
      continue;
    }
    const value = inline ?? args[++i];
    if (value === undefined) return { ...out, error: `${flag} 缺少取值` };
    if (flag === '--task-level') out.options.taskLevel = value;
    else {
      const [key, level] = [value.slice(0, value.indexOf('=')), value.slice(value.indexOf('=') + 1)];
      if (!key || !level || !value.includes('='))
        return { ...out, error: `--section-level 应写作 部分=层级：${value}` };
      out.options.sectionLevels = { ...out.options.sectionLevels, [key]: level };
    }
  }
  return out;
}

async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stderr.write(USAGE);
    return 0;
  }
  const { path, options, error } = readArgs(argv);
  if (!path || error) {
    process.stderr.write(`${error ? `${error}\n` : ''}${USAGE}`);
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (err) {
    process.stderr.write(`[file-unreadable] 无法读取文件：${path} (${String(err)})\n`);
    return 2;
  }
  const read = await readPlanFile({ name: basename(path), bytes });
  report(read.problems);
  if (read.text.trim().length === 0) {
    // Never exit without a word: an empty document is a reason too.
    if (read.problems.length === 0) process.stderr.write('[no-text] 文件中没有可识别的文字\n');
    return 2;
  }
  const { plan, problems, levels } = parsePlan(read.text, options);
  report(problems);
  process.stdout.write(`${JSON.stringify({ ...plan, levels }, null, 2)}\n`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
