/**
 * Property tests: any string parses without throwing, under any level choice and corrections;
 * keys are unique; titles come from the cleaned input; task lines point into `lines`.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanPlanText } from '../../../src/core/plan/normalize';
import { parsePlan } from '../../../src/core/plan/parse-plan';
import type { Correction, PlanReadOptions } from '../../../src/core/plan/types';

function checkInvariants(text: string, options?: PlanReadOptions): void {
  const { plan, problems, lines, levels } = parsePlan(text, options);
  const keys = plan.tasks.map((t) => t.key);
  expect(new Set(keys).size).toBe(keys.length);
  expect(new Set(plan.sections.map((s) => s.key)).size).toBe(plan.sections.length);
  expect(new Set(plan.groups.map((g) => g.key)).size).toBe(plan.groups.length);
  expect(new Set(levels.map((l) => l.id)).size).toBe(levels.length);
  // Titles come from the input; a one-line PDF copy loses the spaces its line breaks became.
  const cleaned = cleanPlanText(text).join('\n').replace(/\s+/g, '');
  for (const t of plan.tasks) {
    expect(cleaned).toContain(t.title.replace(/\s+/g, ''));
    expect(t.line).toBeGreaterThanOrEqual(1);
    expect(t.line).toBeLessThanOrEqual(lines.length);
  }
  for (const p of problems) expect(p.message.length).toBeGreaterThan(0);
}

/** Corrections and a level choice drawn from what the plan itself shows. */
function checkWithChoices(text: string, picks: number[]): void {
  const first = parsePlan(text);
  const kinds: Correction['kind'][] = ['not-task', 'merge-up', 'make-task'];
  const corrections = picks.map((p, i): Correction => ({
    kind: kinds[i % 3] ?? 'not-task',
    line: first.lines[p % Math.max(1, first.lines.length)] ?? '',
  }));
  const level = first.levels[(picks[0] ?? 0) % Math.max(1, first.levels.length)]?.id;
  checkInvariants(text, { corrections, ...(level ? { taskLevel: level } : {}) });
}

const planish = fc.array(
  fc.oneof(
    fc.constantFrom(
      '一、',
      '二、',
      '十三、',
      '（一）',
      '(二)',
      '1.',
      '2、',
      '１．',
      '（3）',
      '①',
      '一是',
      '二是',
      '附件：',
      '2024年2月23日',
      '某某局',
      '浏览次数',
      '\t',
      '\u3000',
    ),
    fc.string({ unit: 'grapheme', maxLength: 12 }),
    fc.constantFrom('加强党建。', '推进改革', '新增83个', '年底前', '牵头单位：某局', '。', '\n', '\r\n'),
  ),
  { maxLength: 40 },
);

describe('parsePlan on arbitrary input', () => {
  it('holds its invariants on random unicode, control characters included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => checkInvariants(text)),
      { numRuns: 300 },
    );
  });

  it('holds its invariants on plan-like fragments', () => {
    fc.assert(
      fc.property(planish, (parts) => checkInvariants(parts.join(''))),
      { numRuns: 300 },
    );
  });

  it('holds its invariants under any level choice and corrections', () => {
    fc.assert(
      fc.property(planish, fc.array(fc.nat(60), { maxLength: 6 }), (parts, picks) =>
        checkWithChoices(parts.join(''), picks),
      ),
      { numRuns: 200 },
    );
  });

  it('copes with 1 MB of digits', () => {
    checkInvariants('1234567890'.repeat(100_000));
  });

  it('copes with 10,000 一、 lines', () => {
    const text = Array.from({ length: 10_000 }, () => '一、').join('\n');
    expect(() => parsePlan(text)).not.toThrow();
    checkInvariants(text);
  });

  it('copes with 10,000 numbered sections with tasks', () => {
    const text = Array.from({ length: 10_000 }, (_, i) => `一、标题${i}\n1.任务${i}。`).join('\n');
    checkInvariants(text);
  });
});
