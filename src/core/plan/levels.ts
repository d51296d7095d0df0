/**
 * Which numbering kind is the section, the group and the task level of a plan. Tasks are the
 * lowest numbered level that most of its parents use; rarer, deeper numbers are subtasks, so a
 * stray `（1）` inside one task does not turn every `1.` task into a section.
 */
import { KIND_RANK, type ItemKind } from './numbering';

export interface Levels {
  section: ItemKind | null;
  group: ItemKind | null;
  task: ItemKind;
  /** Kinds below the task level, read as subtasks. */
  sub: ItemKind[];
}

export interface KindAt {
  kind: ItemKind;
}

/** Share of `parent` items directly followed (before the next parent) by at least one `child` item. */
function nestingShare(items: readonly KindAt[], parent: ItemKind, child: ItemKind): number {
  let parents = 0;
  let withChild = 0;
  let open = false;
  for (const { kind } of items) {
    if (kind === parent) {
      parents++;
      open = true;
    } else if (kind === child && open) {
      withChild++;
      open = false;
    }
  }
  return parents === 0 ? 0 : withChild / parents;
}

export function chooseLevels(items: readonly KindAt[]): Levels | null {
  const kinds = [...new Set(items.map((i) => i.kind))].sort((a, b) => KIND_RANK[a] - KIND_RANK[b]);
  const [top, second, third] = kinds;
  if (top === undefined) return null;
  if (second === undefined) return { section: null, group: null, task: top, sub: [] };
  if (top !== 'section' && nestingShare(items, top, second) < 0.5) {
    return { section: null, group: null, task: top, sub: kinds.slice(1) };
  }
  if (third !== undefined && nestingShare(items, second, third) > 0.5) {
    return { section: top, group: second, task: third, sub: kinds.slice(3) };
  }
  // Two unrelated kinds under the sections: the more frequent one is the task level.
  const count = (kind: ItemKind): number => items.filter((i) => i.kind === kind).length;
  const task = third !== undefined && count(third) > count(second) ? third : second;
  return { section: top, group: null, task, sub: kinds.filter((k) => KIND_RANK[k] > KIND_RANK[task]) };
}
