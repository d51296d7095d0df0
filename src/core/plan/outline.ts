/**
 * Numbered mode: walks the cleaned lines once and builds sections, groups and tasks with the
 * lines of text that belong to each. Keys are assigned afterwards (keys.ts).
 */
import { chooseLevels, type Levels } from './levels';
import { isDateLine, isMetadataLine, isOrgLine, signatureOrg } from './lines';
import { isNoiseLine } from './noise';
import { recogniseNumber, type NumberedLine } from './numbering';
import { sectionHeading } from './title';

export interface OutlineNode {
  n: number;
  label: string;
  title: string;
  /** 0-based index into the cleaned lines. */
  line: number;
  section: OutlineNode | null;
}

export interface OutlineTask extends OutlineNode {
  group: OutlineNode | null;
  /** First entry is the text after the number; later entries are continuation lines. */
  lines: string[];
  /** Lines (index into `lines`) that open a deeper-numbered subtask. */
  subs: { index: number; item: NumberedLine }[];
}

export interface Outline {
  preamble: string[];
  sections: OutlineNode[];
  groups: OutlineNode[];
  tasks: OutlineTask[];
  /** Index of the first numbered line, or -1. */
  firstItem: number;
}

type Classified = { i: number; line: string; item: NumberedLine | null };

/** Lines that end a task's text: a signature, a date line, an attachment list. */
export function isClosingLine(line: string): boolean {
  return isOrgLine(line) || isDateLine(line) || signatureOrg(line) !== null || /^附\s*件\s*\d*\s*[:：]?/.test(line);
}

/** Drops noise, metadata and attachment lists; keeps numbered lines and plain text in order. */
function classify(lines: readonly string[], start: number): Classified[] {
  const out: Classified[] = [];
  let inAttachments = false;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.length === 0 || isNoiseLine(line) || isMetadataLine(line)) continue;
    const item = recogniseNumber(line);
    if (/^附\s*件\s*\d*\s*[:：]/.test(line)) inAttachments = true;
    else if (inAttachments && item && !line.includes('。')) continue;
    else inAttachments = false;
    out.push({ i, line, item });
  }
  return out;
}

interface Walk {
  outline: Outline;
  section: OutlineNode | null;
  group: OutlineNode | null;
  task: OutlineTask | null;
}

function step(w: Walk, c: Classified, levels: Levels): void {
  const item = c.item;
  const kind = item?.kind;
  if (item && kind === levels.section) {
    w.section = { n: item.n, label: item.label, title: sectionHeading(item.rest), line: c.i, section: null };
    w.outline.sections.push(w.section);
    w.group = null;
    w.task = null;
  } else if (item && kind === levels.group) {
    w.group = { n: item.n, label: item.label, title: sectionHeading(item.rest), line: c.i, section: w.section };
    w.outline.groups.push(w.group);
    w.task = null;
  } else if (item && kind === levels.task) {
    const base = { n: item.n, label: item.label, title: '', line: c.i, section: w.section };
    w.task = { ...base, group: w.group, lines: [item.rest], subs: [] };
    w.outline.tasks.push(w.task);
  } else if (w.task && isClosingLine(c.line)) {
    w.task = null;
  } else if (w.task) {
    if (item && levels.sub.includes(item.kind)) w.task.subs.push({ index: w.task.lines.length, item });
    w.task.lines.push(c.line);
  } else if (w.outline.sections.length === 0 && w.outline.tasks.length === 0) {
    w.outline.preamble.push(c.line);
  }
}

export function buildOutline(lines: readonly string[], start: number): Outline | null {
  const classified = classify(lines, start);
  const items = classified.flatMap((c) => (c.item ? [c.item] : []));
  const levels = chooseLevels(items);
  if (!levels) return null;
  const first = classified.find((c) => c.item && (c.item.kind === levels.section || c.item.kind === levels.task));
  const outline: Outline = { preamble: [], sections: [], groups: [], tasks: [], firstItem: first?.i ?? -1 };
  const walk: Walk = { outline, section: null, group: null, task: null };
  for (const c of classified) {
    if (c.i < outline.firstItem && !c.item) {
      if (!isClosingLine(c.line)) outline.preamble.push(c.line);
      continue;
    }
    step(walk, c, levels);
  }
  return outline;
}
