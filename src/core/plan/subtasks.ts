/**
 * Subtasks inside a task: `一是…二是…` runs within the text (essay plans) or lines numbered one
 * level below the task (`（1）` under `1.`).
 */
import type { PlanSubtask } from './types';
import { chineseToNumber } from './numerals';
import { headingOf } from './title';

// `一是` only counts at the start of the text or after a punctuation mark, so `统一是` does not —
// or after a page number a PDF copy stuck into the text (`聚力增效2一是`).
const MARKER = /(^|[。；;！!？?：:，,\n]|(?<=\p{Script=Han})\d{1,3})\s*([一二三四五六七八九十]{1,3})是/gu;

/** `一是A。…二是B。…` → subtasks keyed `<task>.1`, `<task>.2`; markers must count up from 一. */
export function ordinalSubtasks(taskKey: string, text: string): PlanSubtask[] {
  const starts: { index: number; bodyStart: number }[] = [];
  for (const m of text.matchAll(MARKER)) {
    const n = chineseToNumber(m[2] ?? '');
    if (n !== starts.length + 1) continue;
    // A stuck page number is dropped from the text before it; punctuation stays with it.
    const glued = /^\d/.test(m[1] ?? '');
    const index = (m.index ?? 0) + (glued ? 0 : (m[1] ?? '').length);
    starts.push({ index, bodyStart: (m.index ?? 0) + m[0].length });
  }
  if (starts.length < 2) return [];
  return starts.map((s, i) => {
    const end = i + 1 < starts.length ? (starts[i + 1]?.index ?? text.length) : text.length;
    const body = text.slice(s.bodyStart, end).trim();
    return { key: `${taskKey}.${i + 1}`, title: headingOf(body), text: body };
  });
}
