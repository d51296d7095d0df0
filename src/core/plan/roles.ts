/**
 * Which numbered items are sections, groups, tasks and subtasks. The outermost level is the
 * sections when any of its items holds numbered items. Below a section, each item is read on its
 * own: a heading (a short line with no sentence of its own) that holds numbered items is a group
 * and its items are looked at the same way; anything else is a task, and the numbered items
 * inside it are its subtasks. So depth may differ between sections, and even between the groups
 * of one section (a `（三）` with no numbers under it is itself the task).
 *
 * The user may instead name the level read as tasks, for the whole plan or for one section: then
 * items of that level are tasks, the headings above them groups, and items with no such level
 * beneath them are read automatically.
 */
import type { OutlineNode, Outline } from './tree';
import { isUnitList } from './flat-table';

export interface Picked {
  node: OutlineNode;
  section: OutlineNode | null;
  group: OutlineNode | null;
}

export interface Structure {
  sections: OutlineNode[];
  groups: Picked[];
  tasks: Picked[];
  /** Numbers of lists run into one line, which count when keys decide whether a level runs on. */
  lists: Outline['lists'];
}

export interface LevelChoice {
  taskLevel?: string;
  sectionLevels?: Record<string, string>;
}

/** A line that only names what follows: short, not a sentence (no 。 or ；). */
export function isHeading(node: OutlineNode): boolean {
  const rest = node.marker.rest.trim();
  return rest.length <= 60 && !/[。；;]/.test(rest);
}

/**
 * `（一）开展…专项行动。` alone on its line, a 。 only at its end, still names what follows when
 * every item of its level there holds numbered items too (`1.学习。` over one `（1）`, beside a
 * `2.教育。` with none, is a task with a subtask).
 */
function isStoppedHeading(node: OutlineNode, siblings: readonly OutlineNode[]): boolean {
  const rest = node.marker.rest.trim();
  if (rest.length > 60 || !rest.endsWith('。') || /[。；;]/.test(rest.slice(0, -1))) return false;
  const same = siblings.filter((s) => s.marker.level === node.marker.level);
  return same.length >= 2 && same.every(hasItems);
}

/**
 * `2．各居民区：居委党组织承担…的责任。` over `（1）…（7）`: in a 职责分工 the item names a unit and
 * its role in one sentence, and the numbered duties under it are the work.
 */
function isDutyHeading(node: OutlineNode): boolean {
  const rest = node.marker.rest.trim();
  const unit = /^([^：:。；;]{2,24})[：:]/.exec(rest)?.[1];
  return unit !== undefined && isUnitList(unit) && rest.length <= 160 && !/[。；;]./.test(rest);
}

/**
 * `2. 处置。区、镇两级…分类处置，主要包括以下几类问题：` over `(1)…(4)`: a short run-in head (cut at its
 * first 。) over numbered items that carry the work names a group of them.
 */
function isRunInHeading(node: OutlineNode): boolean {
  // `（一）前期准备阶段（2022年3月1日—3月28日）。`: a stage's period does not lengthen its head.
  const head = node.marker.rest.trim().replace(/[（(][^（）()。]{1,30}[）)]/g, '');
  if (node.marker.level === 'shi' || !/^[^。；;：:]{2,20}。/.test(head)) return false;
  const items = node.children.filter((c) => c.marker.level !== 'shi');
  // `1.本区城市体检总体情况；` … lists what something contains: content, not work.
  const listed = items.filter((c) => /[；;]$/.test(c.marker.rest.trim())).length;
  return items.length >= 2 && listed * 2 < items.length;
}

/**
 * `（二）实施…提质升级分期实施、逐步打造…。深入推进…。` over `1.乡村旅游公路。…`–`7.…`: a heading run into
 * its lead-in paragraph is still a group when its items are headed work items (a short head and a
 * 。 each) and a sibling of its level is a group by its short heading.
 */
function isLeadInGroup(node: OutlineNode, siblings: readonly OutlineNode[]): boolean {
  const items = node.children.filter((c) => c.marker.level !== 'shi');
  if (items.length < 2 || !items.every((c) => /^[^。；;：:，,]{2,20}。/.test(c.marker.rest.trim()))) return false;
  return siblings.some((s) => s !== node && s.marker.level === node.marker.level && hasItems(s) && isHeading(s));
}

/** `一是` paragraphs inside an item are its content, not items under it. */
function hasItems(node: OutlineNode): boolean {
  return node.children.some((c) => c.marker.level !== 'shi');
}

// An article (第一条) is a unit of content: never a section or a group.
function isArticle(node: OutlineNode): boolean {
  return node.marker.level === 'article';
}

function levelsUnder(node: OutlineNode, memo: Map<OutlineNode, Set<string>>): Set<string> {
  const known = memo.get(node);
  if (known) return known;
  const levels = new Set<string>();
  for (const child of node.children) {
    levels.add(child.marker.level);
    for (const l of levelsUnder(child, memo)) levels.add(l);
  }
  memo.set(node, levels);
  return levels;
}

interface Walk {
  out: Structure;
  memo: Map<OutlineNode, Set<string>>;
}

function pick(
  w: Walk,
  node: OutlineNode,
  at: { section: OutlineNode | null; group: OutlineNode | null; siblings: readonly OutlineNode[] },
  level?: string,
) {
  const { section, group } = at;
  const chosen = level !== undefined && level !== 'auto';
  const holds = chosen && (node.marker.level === level || levelsUnder(node, w.memo).has(level));
  const heading =
    isHeading(node) ||
    isDutyHeading(node) ||
    isStoppedHeading(node, at.siblings) ||
    isRunInHeading(node) ||
    isLeadInGroup(node, at.siblings);
  const isGroup = holds ? node.marker.level !== level : hasItems(node) && heading && !isArticle(node);
  if (!isGroup) {
    w.out.tasks.push({ node, section, group });
    return;
  }
  w.out.groups.push({ node, section, group });
  for (const child of node.children) pick(w, child, { section, group: node, siblings: node.children }, level);
}

function mostFrequentLevel(nodes: readonly OutlineNode[]): string | null {
  const counts = new Map<string, number>();
  for (const n of nodes) counts.set(n.marker.level, (counts.get(n.marker.level) ?? 0) + 1);
  let best: string | null = null;
  for (const [level, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = level;
  return best;
}

/** The level of the sections, or null when the outermost items are themselves the tasks. */
function sectionLevel(outline: Outline, choice: LevelChoice): string | null {
  const top = mostFrequentLevel(outline.roots);
  if (top === null || top === 'article' || top === 'shi' || choice.taskLevel === top) return null;
  const items = outline.roots.filter((r) => r.marker.level === top);
  if (top === 'cn') return items.some((r) => r.children.length > 0) ? top : null;
  // With no 一、 level, `（一）` items are sections only when most hold numbered items: one group of
  // `1.–4.` among run-in `一是…` paragraphs is a group beside the tasks.
  return items.filter(hasItems).length * 2 >= items.length ? top : null;
}

/** `keyOf` gives a section's key as written, for `choice.sectionLevels`. */
export function chooseStructure(
  outline: Outline,
  choice: LevelChoice,
  keyOf: (section: OutlineNode) => string,
): Structure {
  const w: Walk = { out: { sections: [], groups: [], tasks: [], lists: outline.lists }, memo: new Map() };
  const level = sectionLevel(outline, choice);
  // `一是/二是` paragraphs at the top are the tasks when nothing else is (a 镇 plan led by 一是…二是…).
  const shiTop = mostFrequentLevel(outline.roots) === 'shi';
  // `一、实施档案电子化…` with nothing numbered under any part: each part is a section holding one
  // task, the part itself (keyed 一 as a lone paragraph of a section is).
  const partsAlone = level === null && choice.taskLevel === undefined && mostFrequentLevel(outline.roots) === 'cn';
  for (const root of outline.roots) {
    if (partsAlone && root.marker.level === 'cn') {
      w.out.sections.push(root);
      w.out.tasks.push({ node: root, section: root, group: null });
      continue;
    }
    if (level !== null && root.marker.level === level) {
      w.out.sections.push(root);
      const own = choice.sectionLevels?.[keyOf(root)] ?? choice.taskLevel;
      // `一是/二是` paragraphs are a section's tasks only when it has no other numbers.
      const children = hasItems(root) ? root.children.filter((c) => c.marker.level !== 'shi') : root.children;
      for (const child of children) pick(w, child, { section: root, group: null, siblings: children }, own);
    } else if (root.marker.level !== 'shi' || shiTop) {
      pick(w, root, { section: null, group: null, siblings: outline.roots }, choice.taskLevel);
    }
  }
  return w.out;
}
