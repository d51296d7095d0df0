/**
 * Canonical keys from the document's own numbers, chosen per numbering level: a level numbered
 * continuously through the plan → `7`; numbering that restarts in each group → `二(一)1` (under a
 * numbered sub-group, `三(一)1(2)`); that
 * restarts in each section → `二(三)` / `四(1)`. Group keys are `<section>(<number>)`. Duplicates
 * (typos in the source) get a `-2` suffix and a problem, so keys are always unique.
 */
import type { Problem } from './types';
import type { Picked } from './roles';
import type { OutlineNode } from './tree';
import { isDecimalLevel } from './markers';

/** The number as it goes into a key: Chinese numerals and decimals (`3.2.1`) as written, others as digits. */
export function keyLabel(node: OutlineNode): string {
  const { level, label, n } = node.marker;
  return CHINESE_LEVELS.has(level) || isDecimalLevel(level) ? label : String(n);
}

const CHINESE_LEVELS = new Set(['cn', 'cn-paren', 'shi']);

export function groupKey(node: OutlineNode, section: string | null): string {
  const { level, label } = node.marker;
  // `3.2.1` names itself wherever it stands.
  if (isDecimalLevel(level)) return label;
  const number = level.startsWith('word:') ? `${level.slice(5)}${label}` : keyLabel(node);
  return `${section ?? ''}(${number})`;
}

/** Every number of the level larger than the one before, over its sections, groups, tasks and run-in lists. */
function continuousLevels(nodes: readonly Pick<OutlineNode, 'marker'>[]): Set<string> {
  const last = new Map<string, number>();
  const broken = new Set<string>();
  for (const node of nodes) {
    const level = node.marker.level;
    if ((last.get(level) ?? 0) >= node.marker.n) broken.add(level);
    last.set(level, node.marker.n);
  }
  return new Set([...last.keys()].filter((l) => !broken.has(l)));
}

/**
 * `level|section` pairs whose numbers start at 1 in every group of that section: one section's
 * principles `1.–3.` under （二） restart, while the next section's tasks run on across its groups.
 */
function restartsInGroups(tasks: readonly Picked[]): Set<string> {
  const seen = new Set<OutlineNode>();
  const pairs = new Set<string>();
  const bad = new Set<string>();
  for (const t of tasks) {
    if (!t.group) continue;
    const pair = groupedPair(t);
    pairs.add(pair);
    if (seen.has(t.group)) continue;
    seen.add(t.group);
    // The group's first item of the level counts, task or not: `1.` may head `（1）` tasks, `6.` be one.
    const first = t.group.children.find((c) => c.marker.level === t.node.marker.level) ?? t.node;
    if (first.marker.n !== 1) bad.add(pair);
  }
  return new Set([...pairs].filter((p) => !bad.has(p)));
}

/** Levels whose tasks all sit in one and the same group (`任务1` keeps its own number: it is cited so). */
function levelsOfOneGroup(tasks: readonly Picked[]): Set<string> {
  const groups = new Map<string, Set<OutlineNode | null>>();
  for (const t of tasks) {
    const level = t.node.marker.level;
    groups.set(level, (groups.get(level) ?? new Set()).add(t.group));
  }
  const sole = [...groups].filter(([level, g]) => g.size === 1 && !g.has(null) && !level.startsWith('word:'));
  return new Set(sole.map(([level]) => level));
}

function groupedPair(t: Picked): string {
  return `${t.node.marker.level}|${t.section?.line ?? -1}`;
}

/**
 * Continuous levels keyed by plain numbers. `（一）` numbering conventionally restarts in each
 * section, so a Chinese-numeral level seen in one section only is keyed by section; a later level
 * whose numbers would collide with another's is keyed by section too.
 */
function plainLevels(tasks: readonly Picked[], continuous: Set<string>): Set<string> {
  const owner = new Map<number, string>();
  const plain = new Set<string>();
  const clashing = new Set<string>();
  const sections = new Map<string, Set<OutlineNode | null>>();
  for (const t of tasks) {
    const level = t.node.marker.level;
    if (!continuous.has(level)) continue;
    plain.add(level);
    sections.set(level, (sections.get(level) ?? new Set()).add(t.section));
    const was = owner.get(t.node.marker.n);
    if (was !== undefined && was !== level) clashing.add(level);
    else owner.set(t.node.marker.n, level);
  }
  const oneSection = (l: string): boolean => CHINESE_LEVELS.has(l) && (sections.get(l)?.size ?? 0) === 1;
  return new Set([...plain].filter((l) => !clashing.has(l) && !(oneSection(l) && !sections.get(l)?.has(null))));
}

export interface KeyContext {
  sectionKey: (node: OutlineNode | null) => string | null;
  groupKey: (node: OutlineNode | null) => string | null;
}

/**
 * Keys for `tasks`; `structural` are the sections, groups and tasks in document order (their
 * numbers decide whether a level runs on through the plan).
 */
export function taskKeys(
  tasks: readonly Picked[],
  structural: readonly Pick<OutlineNode, 'marker'>[],
  ctx: KeyContext,
  problems: Problem[],
): string[] {
  const plain = plainLevels(tasks, continuousLevels(structural));
  const grouped = restartsInGroups(tasks);
  const soleGroup = levelsOfOneGroup(tasks);
  const used = new Set<string>();
  return tasks.map((t) => {
    const level = t.node.marker.level;
    const section = ctx.sectionKey(t.section);
    const group = ctx.groupKey(t.group);
    let key: string;
    if (isDecimalLevel(level)) return uniqueKey(t.node.marker.label, used, t.node.line + 1, problems);
    // A single group's own `1.–3.` is keyed by the group, as numbers restarting in every group are.
    const byGroup = group !== null && grouped.has(groupedPair(t));
    if (plain.has(level) && !(byGroup && soleGroup.has(level))) key = String(t.node.marker.n);
    // Under a group that is itself numbered `1.` (four levels), `三(一)1(2)`, never `三(一)12`.
    else if (byGroup) key = /\d$/.test(group) ? `${group}(${t.node.marker.n})` : `${group}${t.node.marker.n}`;
    else if (section !== null) key = `${section}(${keyLabel(t.node)})`;
    else key = String(t.node.marker.n);
    return uniqueKey(key, used, t.node.line + 1, problems);
  });
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
