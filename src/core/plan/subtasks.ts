/**
 * Subtasks inside a task: `一是…二是…` (or `一要…二要…`) runs within the text (essay plans) or lines numbered one
 * level below the task (`（1）` under `1.`).
 */
import type { PlanSubtask } from './types';
import { chineseToNumber } from './numerals';
import { headingOf } from './title';

// `一是` only counts at the start of the text or after a punctuation mark, so `统一是` does not —
// or after a page number a PDF copy stuck into the text (`聚力增效2一是`). The context before it is
// checked by hand: a lookbehind in the pattern made it run at every position of every task.
// `一要…二要…` counts the same way, but a run keeps the word it started with.
const MARKER = /([一二三四五六七八九十]{1,3})(是|要)/g;
const BREAK = /[。；;！!？?：:，,\n]/;
// 统一, 唯一, 单一, 同一, 之一, 第一, 进一步, 万一, 专一, 归一, 划一, 逐一: `一是` after them is in a word.
const ONE_WORDS = /[统唯单同之第进万专归划逐]/;

/** Where the text before a marker ends: after its punctuation, or before a stuck page number; -1 if `一是` is inside a word. */
function cutBefore(text: string, at: number): number {
  let i = at;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\u3000')) i--;
  if (i === 0 || BREAK.test(text[i - 1] ?? '')) return at;
  let d = i;
  while (d > 0 && d > i - 3 && /\d/.test(text[d - 1] ?? '')) d--;
  return d < i && /\p{Script=Han}/u.test(text[d - 1] ?? '') ? d : -1;
}

/** `一是A。…二是B。…` → subtasks keyed `<task>.1`, `<task>.2`; markers must count up from 一. */
export function ordinalSubtasks(taskKey: string, text: string): PlanSubtask[] {
  const starts: { index: number; bodyStart: number }[] = [];
  let word = '';
  for (const m of text.matchAll(MARKER)) {
    const n = chineseToNumber(m[1] ?? '');
    if (n !== starts.length + 1 || (word !== '' && m[2] !== word)) continue;
    // `有关单位一要…；二要…`: the first 一要 may follow its subject directly; so may the first 一是
    // follow a heading run into it (`…十五条硬措施一是各级党委…`), but not a word ending in 一 (统一是).
    const cut = cutBefore(text, m.index ?? 0);
    const at = m.index ?? 0;
    const glued = n === 1 && (m[2] === '要' || !ONE_WORDS.test(text[at - 1] ?? ''));
    const index = cut < 0 && glued ? at : cut;
    if (index < 0) continue;
    word = m[2] ?? '';
    starts.push({ index, bodyStart: (m.index ?? 0) + m[0].length });
  }
  if (starts.length < 2) return [];
  return starts.map((s, i) => {
    const end = i + 1 < starts.length ? (starts[i + 1]?.index ?? text.length) : text.length;
    const body = text.slice(s.bodyStart, end).trim();
    // `一是土地收回重新出让` on its own line: the title ends with the line.
    return { key: `${taskKey}.${i + 1}`, title: headingOf(body.split('\n')[0] ?? body), text: body };
  });
}
