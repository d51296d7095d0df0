/** The user's corrections from the import preview: 不是任务, 并入上一项, 设为任务. */
import { describe, expect, it } from 'vitest';
import { correctionAt } from '../../../src/core/plan/corrections';
import { parsePlan } from '../../../src/core/plan/parse-plan';
import type { Correction, ParseResult } from '../../../src/core/plan/types';

function keys(result: ParseResult): string[] {
  return result.plan.tasks.map((t) => `${t.key} ${t.title}`);
}

const JUNK = '一、党建\n1.学习。内容。\n2.教育。内容。\n3.任务分解表.xlsx';

describe('not-task (不是任务)', () => {
  it('drops the task and moves its text to the end of the preamble', () => {
    const result = parsePlan(JUNK, { corrections: [{ kind: 'not-task', line: '3.任务分解表.xlsx' }] });
    expect(keys(result)).toEqual(['1 学习', '2 教育']);
    expect(result.plan.preamble.split('\n').at(-1)).toBe('3.任务分解表.xlsx');
    expect(result.problems).toEqual([]);
  });

  it('is built from a task line by correctionAt', () => {
    const first = parsePlan(JUNK);
    const junk = first.plan.tasks[2];
    const correction = correctionAt(first.lines, junk?.line ?? 0, 'not-task');
    expect(correction).toEqual({ kind: 'not-task', line: '3.任务分解表.xlsx' });
    expect(keys(parsePlan(JUNK, { corrections: [correction] }))).toEqual(['1 学习', '2 教育']);
  });

  it('reads a revised plan the same way, even when the line is renumbered', () => {
    const corrections: Correction[] = [{ kind: 'not-task', line: '3.任务分解表.xlsx' }];
    const revised = '一、党建\n1.学习。内容。\n2.教育。内容。\n3.宣传。内容。\n4.任务分解表.xlsx';
    expect(keys(parsePlan(revised, { corrections }))).toEqual(['1 学习', '2 教育', '3 宣传']);
  });

  it('tells which occurrence of a repeated line is meant', () => {
    const text = '1.学习。\n2.附表。\n3.教育。\n2.附表。';
    const first = parsePlan(text);
    const second = first.plan.tasks[3];
    const correction = correctionAt(first.lines, second?.line ?? 0, 'not-task');
    expect(correction.nth).toBe(2);
    expect(keys(parsePlan(text, { corrections: [correction] }))).toEqual(['1 学习', '2 附表', '3 教育']);
  });
});

describe('merge-up (并入上一项)', () => {
  it('appends the task, number and all, to the one before', () => {
    const text = '一、党建\n1.学习。内容。\n2.续写学习的要求。\n3.教育。';
    const result = parsePlan(text, { corrections: [{ kind: 'merge-up', line: '2.续写学习的要求。' }] });
    expect(keys(result)).toEqual(['1 学习', '3 教育']);
    expect(result.plan.tasks[0]?.text).toBe('学习。内容。\n2.续写学习的要求。');
  });

  it('reports a problem when there is no task above', () => {
    const result = parsePlan('1.学习。\n2.教育。', { corrections: [{ kind: 'merge-up', line: '1.学习。' }] });
    expect(keys(result)).toEqual(['1 学习', '2 教育']);
    expect(result.problems.map((p) => p.code)).toEqual(['correction-not-applied']);
  });
});

describe('make-task (设为任务)', () => {
  it('reads a left-out line as a task with the next free number in its section', () => {
    const text = '一、党建\n1.学习。内容。\n加强作风建设，开展专项整治。\n2.教育。\n二、服务\n3.养老。';
    const result = parsePlan(text, { corrections: [{ kind: 'make-task', line: '加强作风建设，开展专项整治。' }] });
    expect(keys(result)).toEqual(['1 学习', '4 加强作风建设，开展专项整治', '2 教育', '3 养老']);
    expect(result.plan.tasks[0]?.text).toBe('学习。内容。');
    expect(result.plan.tasks[1]).toMatchObject({ section: '一', line: 3, level: 'line' });
  });

  it('keeps the line’s own number when it has one', () => {
    const text = '一、党建\n（一）学习。\n附件\n（二）教育。';
    expect(keys(parsePlan(text))).toEqual(['一(一) 学习']);
    const result = parsePlan(text, { corrections: [{ kind: 'make-task', line: '（二）教育。' }] });
    expect(keys(result)).toEqual(['一(一) 学习', '一(二) 教育']);
  });

  it('keeps keys unique when the own number is taken', () => {
    const text = '一、党建\n1.学习。\n（1）读原著。\n2.教育。';
    const result = parsePlan(text, { corrections: [{ kind: 'make-task', line: '（1）读原著。' }] });
    expect(keys(result)).toEqual(['1 学习', '3 读原著', '2 教育']);
  });

  it('reports a line that is not in the text', () => {
    const result = parsePlan('1.学习。', { corrections: [{ kind: 'make-task', line: '没有这一行' }] });
    expect(result.problems.map((p) => [p.code, p.message])).toEqual([
      ['correction-not-applied', '「设为任务」未能应用：文中没有这一行「没有这一行」。'],
    ]);
  });
});

describe('corrections together', () => {
  it('apply in order and give the same plan for a revised text', () => {
    const corrections: Correction[] = [
      { kind: 'not-task', line: '3.任务分解表.xlsx' },
      { kind: 'make-task', line: '加强作风建设。' },
    ];
    const v1 = '一、党建\n1.学习。\n加强作风建设。\n2.教育。\n3.任务分解表.xlsx';
    const v2 = '一、党建\n1.学习。内容有所修改。\n加强作风建设。\n2.教育。\n3.任务分解表.xlsx';
    expect(keys(parsePlan(v1, { corrections }))).toEqual(['1 学习', '3 加强作风建设', '2 教育']);
    expect(keys(parsePlan(v2, { corrections }))).toEqual(['1 学习', '3 加强作风建设', '2 教育']);
  });
});
