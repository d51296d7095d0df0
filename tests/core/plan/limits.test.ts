/** The task cap: a plan has tens to a few hundred tasks, so more than 2,000 is refused with a message. */
import { describe, expect, it } from 'vitest';
import { MAX_TASKS, parsePlan } from '../../../src/core/plan/parse-plan';

const SECTIONS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** `count` tasks in ten sections, numbered `1.` again in each (numbers have at most three digits). */
function numbered(count: number): string {
  const lines: string[] = [];
  const perSection = Math.ceil(count / SECTIONS.length);
  for (let i = 0; i < count; i++) {
    if (i % perSection === 0) lines.push(`${SECTIONS[i / perSection]}、部分`);
    lines.push(`${(i % perSection) + 1}.任务${i + 1}。`);
  }
  return lines.join('\n');
}

describe('task cap', () => {
  it('reads exactly 2,000 tasks', () => {
    const { plan, problems } = parsePlan(numbered(MAX_TASKS));
    expect(plan.tasks).toHaveLength(MAX_TASKS);
    expect(problems.map((p) => p.code)).not.toContain('too-many-tasks');
  });

  it('refuses 2,001 tasks with a Chinese message and no tasks', () => {
    const { plan, problems } = parsePlan(numbered(MAX_TASKS + 1));
    expect(plan.tasks).toEqual([]);
    const problem = problems.find((p) => p.code === 'too-many-tasks');
    expect(problem?.message).toContain('2000');
    expect(problem?.message).toMatch(/任务/);
    expect(problems.map((p) => p.code)).not.toContain('no-tasks');
  });
});
