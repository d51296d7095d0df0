/**
 * Sections, groups and task drafts from the chosen structure. A draft keeps line indexes rather
 * than text, so corrections can move lines between tasks before the text is assembled.
 */
import type { PlanGroup, PlanSection, Problem } from './types';
import { groupKey, keyLabel, taskKeys, uniqueKey } from './keys';
import { isDecimalLevel, numberAsWritten } from './markers';
import type { Structure } from './roles';
import { sectionHeading } from './title';
import { linesOf, type OutlineNode } from './tree';

export interface TaskDraft {
  key: string;
  section: string | null;
  group?: string;
  level: string;
  /** 0-based indexes of the task's lines; the first is its own line. */
  lines: number[];
  /** The first line after its marker. */
  head: string;
  /** Heading lines of the groups around the task, innermost first (a stage's deadline may be there). */
  groupHeads: string[];
  /** Cells of a table row, which carry units and deadline directly. */
  cells?: { lead?: string; partner?: string; deadline?: string };
}

export interface Drafted {
  sections: PlanSection[];
  /** Each section's key with the 0-based line of its heading. */
  sectionLines: { key: string; line: number }[];
  groups: (PlanGroup & { number: string })[];
  drafts: TaskDraft[];
}

function groupHeads(group: OutlineNode | null, groups: ReadonlySet<OutlineNode>): string[] {
  const heads: string[] = [];
  for (let g = group; g && groups.has(g); g = g.parent) heads.push(g.marker.rest);
  return heads;
}

/** Section keys as written, for options that name a section before keys are made unique. */
/** `第一章` is section 一, as `一、` is (`第1章` stays 1). */
export function sectionLabel(node: OutlineNode): string {
  const { level, label } = node.marker;
  return (level === 'chapter' || level === 'part') && /^[一二三四五六七八九十百]+$/.test(label)
    ? label
    : keyLabel(node);
}

type Keys = Map<OutlineNode, string>;

function draftGroups(s: Structure, sectionKeys: Keys, groupKeys: Keys, problems: Problem[]): Drafted['groups'] {
  const used = new Set<string>();
  const numbers = new Map<OutlineNode, string>();
  return s.groups.map(({ node, section, group }) => {
    const sectionKey = section ? (sectionKeys.get(section) ?? null) : null;
    // A group inside a group is numbered after it: `(二)1`.
    const own = numberAsWritten(node.marker);
    // `3.2.1` inside `3.2` already carries its parents' numbers.
    const whole = isDecimalLevel(node.marker.level);
    const number = `${group && !whole ? (numbers.get(group) ?? '') : ''}${own}`;
    numbers.set(node, number);
    const base = group && !whole ? `${groupKeys.get(group) ?? ''}${own}` : groupKey(node, sectionKey);
    const key = uniqueKey(base, used, node.line + 1, problems);
    groupKeys.set(node, key);
    return { key, section: sectionKey ?? '', title: sectionHeading(node.marker.rest), number };
  });
}

export function draftStructure(s: Structure, problems: Problem[]): Drafted {
  const sectionKeys: Keys = new Map();
  const usedSections = new Set<string>();
  const sections = s.sections.map((node) => {
    const key = uniqueKey(sectionLabel(node), usedSections, node.line + 1, problems);
    sectionKeys.set(node, key);
    return { key, title: sectionHeading(node.marker.rest) };
  });
  const groupKeys: Keys = new Map();
  const groups = draftGroups(s, sectionKeys, groupKeys, problems);
  const groupNodes = new Set(s.groups.map((g) => g.node));
  // A task's own numbered items count too: `1.–2.` under `六（一）` restart the `1.–6.` of 二.
  const inner = s.tasks.flatMap((t) => t.node.children.filter((c) => c.marker.level !== 'shi'));
  const structural = [...s.sections, ...groupNodes, ...s.tasks.map((t) => t.node), ...inner, ...s.lists].sort(
    (a, b) => a.order - b.order,
  );
  const ctx = {
    sectionKey: (n: OutlineNode | null) => (n ? (sectionKeys.get(n) ?? null) : null),
    groupKey: (n: OutlineNode | null) => (n ? (groupKeys.get(n) ?? null) : null),
  };
  const keys = taskKeys(s.tasks, structural, ctx, problems);
  const drafts = s.tasks.map((t, i): TaskDraft => {
    const draft: TaskDraft = {
      // A part that is its own task (roles.ts `partsAlone`) is keyed by the part.
      key: t.node === t.section ? (sectionKeys.get(t.node) ?? '') : (keys[i] ?? ''),
      section: ctx.sectionKey(t.section),
      level: t.node.marker.level,
      lines: linesOf(t.node),
      head: t.node.marker.rest,
      groupHeads: groupHeads(t.group, groupNodes),
    };
    const group = ctx.groupKey(t.group);
    if (group !== null) draft.group = group;
    return draft;
  });
  const sectionLines = s.sections.map((node) => ({ key: sectionKeys.get(node) ?? '', line: node.line }));
  return { sections, sectionLines, groups, drafts };
}
