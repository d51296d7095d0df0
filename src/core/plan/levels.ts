/**
 * The numbering levels a plan uses, for the 任务层级 choice: each with its first marker as
 * written and how many lines it numbers, outermost first. A level the user names may be given
 * by its id (`cn-paren`) or by a marker as shown (`（一）`, `(二)`, `——任务1：`).
 */
import type { PlanLevel } from './types';
import { readMarker } from './markers';
import type { OutlineNode } from './tree';

function depth(node: OutlineNode): number {
  let d = 0;
  for (let p = node.parent; p; p = p.parent) d++;
  return d;
}

export function listLevels(nodes: readonly OutlineNode[]): PlanLevel[] {
  const found = new Map<string, PlanLevel & { depth: number; first: number }>();
  for (const node of nodes) {
    const id = node.marker.level;
    const known = found.get(id);
    if (known) {
      known.count++;
      known.depth = Math.min(known.depth, depth(node));
    } else {
      found.set(id, { id, marker: node.marker.marker, count: 1, depth: depth(node), first: node.order });
    }
  }
  return [...found.values()]
    .sort((a, b) => a.depth - b.depth || a.first - b.first)
    .map(({ id, marker, count }) => ({ id, marker, count }));
}

/** The level id meant by `wanted` (an id or a marker), `auto`, or null when no level matches. */
export function resolveLevel(levels: readonly PlanLevel[], wanted: string): string | null {
  const text = wanted.trim();
  if (text === '' || text === 'auto' || text === '自动') return 'auto';
  const exact = levels.find((l) => l.id === text || l.marker === text);
  if (exact) return exact.id;
  // A marker typed by hand: `(一)` or `1、` is read as the start of a numbered line.
  const marker = readMarker(`${text}任务`);
  return marker && levels.some((l) => l.id === marker.level) ? marker.level : null;
}
