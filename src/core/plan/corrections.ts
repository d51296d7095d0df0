/**
 * The user's corrections from the import preview, applied to the drafts after the structure is
 * read: 不是任务 (`not-task`) drops a task and moves its lines to the end of the preamble, so no
 * text is lost but no task's text grows; 并入上一项 (`merge-up`) appends a task, number and all, to
 * the task before it; 设为任务 (`make-task`) reads a line the parser left out as a task, taking
 * the lines after it that belonged to the same task. A correction names its line by the cleaned
 * text (and occurrence), so the same choices read a revised plan the same way.
 */
import type { Correction, Problem } from './types';
import type { TaskDraft } from './drafts';
import { readMarker } from './markers';
import { chineseToNumber, numberToChinese } from './numerals';

export interface Correctable {
  drafts: TaskDraft[];
  preamble: string[];
  /** Sections with the 0-based line of their heading, in order. */
  sectionLines: { key: string; line: number }[];
}

function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}

function unnumbered(text: string): string {
  return squeeze(readMarker(text)?.rest ?? text);
}

/**
 * The 0-based index of the `nth` line reading `text`, or -1: the same line, else the same but for
 * spaces, else the same words under another number (a revised plan renumbers its items).
 */
export function findLine(lines: readonly string[], text: string, nth = 1): number {
  const tests = [
    (l: string) => l === text.trim(),
    (l: string) => squeeze(l) === squeeze(text),
    (l: string) => unnumbered(l) === unnumbered(text),
  ];
  for (const same of tests) {
    let seen = 0;
    for (let i = 0; i < lines.length; i++) if (same(lines[i] ?? '') && ++seen === nth) return i;
  }
  return -1;
}

/** The correction for 1-based `line` of `lines` (what the preview holds for a task or a line). */
export function correctionAt(lines: readonly string[], line: number, kind: Correction['kind']): Correction {
  const text = lines[line - 1] ?? '';
  let nth = 0;
  for (let i = 0; i < line; i++) if (lines[i] === text) nth++;
  return nth > 1 ? { kind, line: text, nth } : { kind, line: text };
}

interface KeyParts {
  prefix: string;
  n: number;
  chinese: boolean;
  suffix: string;
}

/** `二(三)` → 二( 3 ), `二(一)4` → 二(一) 4, `7` → 7. */
function keyParts(key: string): KeyParts | null {
  const digits = /^(.*?)(\d+)(\)?)$/.exec(key);
  if (digits) return { prefix: digits[1] ?? '', n: Number(digits[2]), chinese: false, suffix: digits[3] ?? '' };
  const cn = /^(.*\()([^()]+)(\))$/.exec(key);
  const n = cn ? chineseToNumber(cn[2] ?? '') : null;
  return cn && n !== null ? { prefix: cn[1] ?? '', n, chinese: true, suffix: ')' } : null;
}

function write(p: KeyParts): string {
  return `${p.prefix}${p.chinese ? numberToChinese(p.n) : p.n}${p.suffix}`;
}

/** The line's own number keyed like its section's tasks, else the next free number in its section. */
function keyFor(drafts: readonly TaskDraft[], section: string | null, text: string, used: Set<string>): string {
  const inSection = drafts.filter((d) => d.section === section).map((d) => keyParts(d.key));
  const pattern = inSection.find((p) => p !== null) ?? null;
  const own = readMarker(text);
  const base: KeyParts = pattern
    ? { ...pattern, n: Math.max(...inSection.map((p) => (p?.prefix === pattern.prefix ? p.n : 0))) + 1 }
    : { prefix: section === null ? '' : `${section}(`, n: 1, chinese: false, suffix: section === null ? '' : ')' };
  if (own) {
    const mine = write({ ...base, n: own.n });
    if (!used.has(mine)) return mine;
  }
  while (used.has(write(base))) base.n++;
  return write(base);
}

function sectionAt(body: Correctable, line: number): string | null {
  let key: string | null = null;
  for (const s of body.sectionLines) if (s.line <= line) key = s.key;
  return key;
}

function makeTask(body: Correctable, lines: readonly string[], at: number): void {
  const owner = body.drafts.find((d) => d.lines.includes(at));
  const taken = owner ? owner.lines.slice(owner.lines.indexOf(at)) : [at];
  if (owner) owner.lines = owner.lines.slice(0, owner.lines.indexOf(at));
  const text = lines[at] ?? '';
  const marker = readMarker(text);
  const section = owner?.section ?? sectionAt(body, at);
  const used = new Set(body.drafts.map((d) => d.key));
  const draft: TaskDraft = {
    key: keyFor(body.drafts, section, text, used),
    section,
    level: marker?.level ?? 'line',
    lines: taken,
    head: marker ? marker.rest : text,
    groupHeads: owner?.groupHeads ?? [],
  };
  if (owner?.group !== undefined) draft.group = owner.group;
  body.drafts.push(draft);
  body.drafts.sort((a, b) => (a.lines[0] ?? 0) - (b.lines[0] ?? 0));
}

function notFound(c: Correction, why: string): Problem {
  const kind = { 'not-task': '不是任务', 'merge-up': '并入上一项', 'make-task': '设为任务' }[c.kind];
  return {
    code: 'correction-not-applied',
    message: `「${kind}」未能应用：${why}「${c.line.slice(0, 30)}」。`,
    detail: `${c.kind} ${JSON.stringify(c.line)} nth ${c.nth ?? 1}: ${why}`,
  };
}

function applyOne(body: Correctable, lines: readonly string[], c: Correction, problems: Problem[]): void {
  const at = findLine(lines, c.line, c.nth ?? 1);
  if (at < 0) return void problems.push(notFound(c, '文中没有这一行'));
  const index = body.drafts.findIndex((d) => d.lines[0] === at);
  if (c.kind === 'make-task') {
    if ((lines[at] ?? '').trim() === '') problems.push(notFound(c, '空行不能设为任务'));
    else if (index < 0) makeTask(body, lines, at);
    return;
  }
  const task = body.drafts[index];
  if (!task) return void problems.push(notFound(c, '这一行不是任务'));
  const before = body.drafts[index - 1];
  if (c.kind === 'merge-up' && !before) return void problems.push(notFound(c, '前面没有可并入的任务'));
  body.drafts.splice(index, 1);
  for (const i of task.lines) {
    if (c.kind === 'merge-up' && before) before.lines.push(i);
    else body.preamble.push(lines[i] ?? '');
  }
}

export function applyCorrections(
  body: Correctable,
  lines: readonly string[],
  corrections: readonly Correction[],
  problems: Problem[],
): { drafts: TaskDraft[]; preamble: string[] } {
  const work: Correctable = {
    drafts: body.drafts.map((d) => ({ ...d, lines: [...d.lines] })),
    preamble: [...body.preamble],
    sectionLines: body.sectionLines,
  };
  for (const c of corrections) applyOne(work, lines, c, problems);
  return { drafts: work.drafts, preamble: work.preamble };
}
