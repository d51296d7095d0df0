/** Spawns the real CLI (`tsx src/cli/parse.ts`), as `npm run parse` does. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { sharedPlanPath } from '../helpers/shared-plans';
import { setDeclaredSizes } from '../helpers/zip-mutations';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');

function run(file: string, ...flags: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(TSX, ['src/cli/parse.ts', file, ...flags], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run parse', () => {
  it('prints the plan as JSON on stdout', () => {
    const { status, stdout } = run(sharedPlanPath('huli-2021'));
    expect(status).toBe(0);
    const plan = JSON.parse(stdout) as { title: string; tasks: { key: string }[]; sections: unknown[] };
    expect(plan.title).toBe('2021年湖里区民政工作要点');
    expect(plan.sections).toHaveLength(7);
    expect(plan.tasks.map((t) => t.key).slice(-1)).toEqual(['28']);
  }, 60_000);

  it('lists the levels found and reads the plan at the level named by --task-level', () => {
    type Output = { tasks: { key: string; level: string }[]; levels: { id: string; marker: string; count: number }[] };
    const auto = JSON.parse(run(sharedPlanPath('chongming-illegal-land-2020')).stdout) as Output;
    expect(auto.levels.map((l) => l.marker)).toEqual(['一、', '（一）', '1.']);
    expect(auto.tasks.map((t) => t.key).slice(0, 2)).toEqual(['二(一)1', '二(一)2']);
    const chosen = run(sharedPlanPath('chongming-illegal-land-2020'), '--task-level', '（一）');
    expect(chosen.status).toBe(0);
    const plan = JSON.parse(chosen.stdout) as Output;
    expect(plan.tasks.map((t) => t.key).slice(0, 3)).toEqual(['二(一)', '二(二)', '三(一)']);
    expect(new Set(plan.tasks.map((t) => t.level))).toEqual(new Set(['cn-paren']));
  }, 60_000);

  it('prints problems on stderr and exits 2 on unreadable input', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-cli-'));
    const pdf = join(dir, 'plan.pdf');
    writeFileSync(pdf, '%PDF-1.7\n');
    const refused = run(pdf);
    expect(refused.status).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain('[unsupported-pdf]');
    expect(run(join(dir, 'missing.txt')).status).toBe(2);
  }, 60_000);

  it('refuses a .docx zip bomb with its cause, not as a reader that failed to load', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-cli-'));
    const bomb = join(dir, 'bomb.docx');
    // 1 MB of zeros that declares 600 MB, as the 614 kB file did (tests/io/plan-readers/docx.test.ts has the rest).
    writeFileSync(
      bomb,
      setDeclaredSizes(zipSync({ 'word/document.xml': new Uint8Array(1024 * 1024) }), 600 * 1024 * 1024),
    );
    const { status, stdout, stderr } = run(bomb);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('[archive-too-large] 该 Word 文档解压后超过 100 MB');
    expect(stderr).not.toContain('无法加载');
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '   \n');
    expect(run(empty).stderr).toContain('[no-text]');
  }, 60_000);

  it('reports parser problems on stderr and still prints the plan', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-cli-'));
    const file = join(dir, 'dup.txt');
    writeFileSync(file, '1.学习。\n1.教育。\n');
    const { status, stdout, stderr } = run(file);
    expect(status).toBe(0);
    expect(stderr).toContain('[duplicate-key] 第 2 行');
    expect((JSON.parse(stdout) as { tasks: unknown[] }).tasks).toHaveLength(2);
  }, 60_000);
});
