/**
 * `parsePlan(text)`: a pasted or read plan → sections and tasks keyed by the document's own
 * numbers, with metadata and problems as values. Pure: no DOM, no Node.
 */
import type { ParseResult, Plan, PlanGroup, PlanSection, Problem } from './types';
import { readEssay } from './essay';
import { groupKey, chooseScheme, sectionKey, taskKey, uniqueKey } from './keys';
import { fromMarkdown, looksLikeMarkdown } from './markdown';
import { extractMetadata, findTitleLine, type PlanMetadata } from './metadata';
import { cleanPlanText } from './normalize';
import { buildOutline, type Outline } from './outline';
import { recogniseNumber } from './numbering';
import { finishTask, type TaskDraft } from './tasks';

function yearIn(title: string | null): number | null {
  const m = title ? /(\d{4})\s*年/.exec(title) : null;
  return m ? Number(m[1]) : null;
}

function emptyPlan(): Plan {
  return {
    title: null,
    year: null,
    issuer: null,
    docNumber: null,
    date: null,
    preamble: '',
    sections: [],
    groups: [],
    tasks: [],
  };
}

// Title search stops at the first numbered line: titles precede the body.
function titleSearchEnd(lines: readonly string[]): number {
  const first = lines.findIndex((l) => recogniseNumber(l) !== null);
  return first >= 0 ? first : Math.min(lines.length, 40);
}

function outlineDrafts(
  outline: Outline,
  problems: Problem[],
): { sections: PlanSection[]; groups: PlanGroup[]; drafts: TaskDraft[] } {
  const sectionKeys = new Map<object, string>();
  const usedSections = new Set<string>();
  const sections = outline.sections.map((s) => {
    const key = uniqueKey(sectionKey(s), usedSections, s.line + 1, problems);
    sectionKeys.set(s, key);
    return { key, title: s.title };
  });
  const groupKeys = new Map<object, string>();
  const usedGroups = new Set<string>();
  const groups = outline.groups.map((g) => {
    const section = g.section ? (sectionKeys.get(g.section) ?? null) : null;
    const key = uniqueKey(groupKey(g), usedGroups, g.line + 1, problems);
    groupKeys.set(g, key);
    return { key, section: section ?? '', title: g.title };
  });
  const scheme = chooseScheme(outline.tasks);
  const used = new Set<string>();
  const drafts = outline.tasks.map((t): TaskDraft => {
    const draft: TaskDraft = {
      key: uniqueKey(taskKey(t, scheme), used, t.line + 1, problems),
      section: t.section ? (sectionKeys.get(t.section) ?? null) : null,
      line: t.line + 1,
      text: t.lines.join('\n'),
      numberedSubs: t.subs,
      lines: t.lines,
    };
    if (t.group) draft.group = groupKeys.get(t.group) ?? groupKey(t.group);
    return draft;
  });
  return { sections, groups, drafts };
}

function essayDrafts(
  lines: readonly string[],
  start: number,
): { preamble: string[]; drafts: TaskDraft[]; first: number } {
  const essay = readEssay(lines, start);
  const drafts = essay.paragraphs.map((p, i) => ({
    key: String(i + 1),
    section: null,
    line: p.line + 1,
    text: p.text,
  }));
  return { preamble: essay.preamble, drafts, first: essay.firstParagraph };
}

/** A plan has tens to a few hundred tasks; more means the text is not a plan (or not one plan). */
export const MAX_TASKS = 2000;

function tooManyTasks(count: number): Problem {
  return {
    code: 'too-many-tasks',
    message: `识别出 ${count} 项任务，超过 ${MAX_TASKS} 项上限，未导入：请确认文本是一份工作要点，或分成几份分别导入。`,
    detail: `${count} tasks > ${MAX_TASKS}`,
  };
}

export function parsePlan(text: string): ParseResult {
  const problems: Problem[] = [];
  const markdown = looksLikeMarkdown(text) ? fromMarkdown(text) : null;
  const lines = cleanPlanText(markdown ? markdown.text : text);
  if (lines.every((l) => l.length === 0)) {
    problems.push({
      code: 'empty-input',
      message: '没有可导入的内容：文本为空。',
      detail: 'input is empty after cleaning',
    });
    return { plan: emptyPlan(), problems };
  }
  const titleLine = findTitleLine(lines, titleSearchEnd(lines));
  const outline = buildOutline(lines, titleLine + 1);
  const numbered = outline && outline.tasks.length > 0 ? outlineDrafts(outline, problems) : null;
  const essay = numbered ? null : essayDrafts(lines, titleLine + 1);
  const preamble = numbered ? (outline?.preamble ?? []) : (essay?.preamble ?? []);
  const headerEnd = numbered ? (outline?.firstItem ?? lines.length) : Math.max(essay?.first ?? 0, 0);
  const found = extractMetadata(lines, headerEnd, titleLine, preamble.join('\n'));
  const meta: PlanMetadata = { ...found, ...markdown?.meta };
  if (markdown?.meta.year === undefined && markdown?.meta.title) meta.year = found.year ?? yearIn(meta.title);
  const candidates = numbered?.drafts ?? essay?.drafts ?? [];
  const drafts = candidates.length > MAX_TASKS ? [] : candidates;
  if (drafts.length < candidates.length) problems.push(tooManyTasks(candidates.length));
  const tasks = drafts.map((d) => finishTask(d, meta.year, problems));
  if (tasks.length === 0 && candidates.length === 0) {
    problems.push({
      code: 'no-tasks',
      message: '没有识别出任何任务：请检查文本是否为工作要点正文。',
      detail: 'no numbered items and no body paragraphs',
    });
  }
  const plan: Plan = {
    title: meta.title,
    year: meta.year,
    issuer: meta.issuer,
    docNumber: meta.docNumber,
    date: meta.date,
    preamble: preamble.join('\n'),
    sections: numbered?.sections ?? [],
    groups: numbered?.groups ?? [],
    tasks,
  };
  return { plan, problems };
}
