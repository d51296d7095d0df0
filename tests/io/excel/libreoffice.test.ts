/**
 * The half-year report as a district office prints it: converted by LibreOffice to PDF, every
 * page A4 landscape and every task present. Keeps a PNG of page 1 in docs/screenshots.
 * Needs `soffice` and poppler's `pdftotext`/`pdftoppm` (CI installs libreoffice-calc poppler-utils);
 * set PLAN_LEDGER_SKIP_SOFFICE=1 to skip where they cannot be installed.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { exportReport } from '../../../src/io/excel/reports';
import { readExpectedPlan } from '../../helpers/shared-plans';
import { fixtureWorkbook, withTasks } from '../../helpers/workbook-fixture';
import type { TaskPatch } from '../../core/workbook/builders';

const SCREENSHOT = fileURLToPath(new URL('../../../docs/screenshots/report-half-year-page1.png', import.meta.url));
const expected = readExpectedPlan('huli-2021');
const dir = mkdtempSync(join(tmpdir(), 'plan-ledger-lo-'));

/** Realistic progress on a few tasks so the page looks like a filled-in table. */
function filled(): ReturnType<typeof fixtureWorkbook> {
  const patches: Record<string, TaskPatch> = {};
  expected.tasks.slice(0, 6).forEach((t, i) => {
    patches[t.key] = {
      status: i === 0 ? '已完成' : '推进中',
      leadUnit: '民政科',
      partnerUnits: i % 2 ? '各社区' : '',
      owner: '张三',
      periods: {
        半年: {
          status: null,
          progress: `上半年已组织专题学习${i + 3}次，覆盖机关干部和社区工作者${120 + i * 10}人次，形成调研报告${i + 1}篇。`,
          percent: i === 0 ? 100 : 30 + i * 10,
          problems: i % 2 ? '部分社区人手不足，进度不均衡。' : '',
          nextSteps: '下半年继续推进，确保按期完成。',
          actuals: [],
        },
      },
    };
  });
  return withTasks(fixtureWorkbook('huli-2021'), patches);
}

function run(command: string, args: string[]): string {
  return execFileSync(command, args, {
    cwd: dir,
    encoding: 'utf8',
    timeout: 120_000,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(process.env['PLAN_LEDGER_SKIP_SOFFICE'] === '1')('LibreOffice print of the half-year report', () => {
  it('is A4 landscape with every task, and page 1 is kept as a PNG', { timeout: 180_000 }, async () => {
    const { bytes } = await exportReport(filled(), '半年', '2021-07-05');
    writeFileSync(join(dir, 'report.xlsx'), bytes);
    run('soffice', [
      `-env:UserInstallation=file://${dir}/profile`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      'report.xlsx',
    ]);
    const pdf = readFileSync(join(dir, 'report.pdf')).toString('latin1');

    const boxes = [...pdf.matchAll(/\/Type\s*\/Page\b[^>]*?\/MediaBox\s*\[\s*([\d.\s]+)\]/g)].map((m) =>
      (m[1] ?? '').trim().split(/\s+/).map(Number),
    );
    expect(boxes.length).toBeGreaterThan(0);
    for (const [x0, y0, x1, y1] of boxes) {
      expect(Math.round((x1 ?? 0) - (x0 ?? 0))).toBe(842);
      expect(Math.round((y1 ?? 0) - (y0 ?? 0))).toBe(595);
    }

    // -raw keeps a wrapped cell's lines together; fonts may turn ， into , hence NFKC on both sides.
    const raw = run('pdftotext', ['-raw', 'report.pdf', '-']);
    const compact = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
    expect(compact(raw)).toContain(compact(`殿前街道${expected.title}半年推进情况表`));
    for (const task of expected.tasks) {
      expect(raw).toMatch(new RegExp(`^${task.key.replace(/[()]/g, '\\$&')} `, 'm'));
      expect(compact(raw)).toContain(compact(task.title));
    }

    run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', 'report.pdf', 'page']);
    copyFileSync(join(dir, 'page-1.png'), SCREENSHOT);
  });
});
