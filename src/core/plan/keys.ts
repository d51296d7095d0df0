/**
 * Canonical keys from the document's own numbers: continuous numbering → `7`; numbering that
 * restarts in each section → `二(三)` / `四(1)`; restarting in each group → `二(一)1`.
 * Duplicates (typos in the source) get a `-2` suffix and a problem, so keys are always unique.
 */
import type { Problem } from './types';
import type { OutlineNode, OutlineTask } from './outline';

export type KeyScheme = 'continuous' | 'group' | 'section' | 'plain';

export function sectionKey(node: OutlineNode): string {
  return node.label;
}

export function groupKey(node: OutlineNode): string {
  return `${node.section ? sectionKey(node.section) : ''}(${node.label})`;
}

function firstTasksStartAtOne(
  tasks: readonly OutlineTask[],
  parentOf: (t: OutlineTask) => OutlineNode | null,
): boolean {
  const seen = new Set<OutlineNode | null>();
  let containers = 0;
  for (const t of tasks) {
    const parent = parentOf(t);
    if (seen.has(parent)) continue;
    seen.add(parent);
    containers++;
    if (t.n !== 1) return false;
  }
  return containers > 1;
}

export function chooseScheme(tasks: readonly OutlineTask[]): KeyScheme {
  if (tasks.every((t, i) => i === 0 || t.n > (tasks[i - 1]?.n ?? 0))) return 'continuous';
  if (tasks.some((t) => t.group) && firstTasksStartAtOne(tasks, (t) => t.group)) return 'group';
  if (tasks.some((t) => t.section)) return 'section';
  return 'plain';
}

export function taskKey(task: OutlineTask, scheme: KeyScheme): string {
  if (scheme === 'group' && task.group) return `${groupKey(task.group)}${task.label}`;
  if ((scheme === 'group' || scheme === 'section') && task.section) return `${sectionKey(task.section)}(${task.label})`;
  return String(task.n);
}

// Next free suffix per base key, so that thousands of repeated numbers stay linear.
const nextSuffix = new WeakMap<Set<string>, Map<string, number>>();

/** Makes `key` unique among `used`, reporting a problem when it had to change. */
export function uniqueKey(key: string, used: Set<string>, line: number, problems: Problem[]): string {
  if (!used.has(key)) {
    used.add(key);
    return key;
  }
  const suffixes = nextSuffix.get(used) ?? new Map<string, number>();
  nextSuffix.set(used, suffixes);
  let k = suffixes.get(key) ?? 2;
  while (used.has(`${key}-${k}`)) k++;
  suffixes.set(key, k + 1);
  const unique = `${key}-${k}`;
  used.add(unique);
  problems.push({
    code: 'duplicate-key',
    message: `第 ${line} 行的编号「${key}」与前文重复，已改记为「${unique}」，请核对原文编号。`,
    detail: `duplicate key ${key} → ${unique}`,
    line,
  });
  return unique;
}
