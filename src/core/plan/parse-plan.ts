/**
 * `parsePlan(text, options)`: a pasted or read plan → sections, groups and tasks keyed by the
 * document's own numbers, with metadata, the numbering levels found and problems as values.
 * Pure: no DOM, no Node. Steps: clean the lines → find the plan inside its cover → read the
 * outline as written → choose sections, groups and tasks (automatically or at the level the user
 * names) → apply the user's corrections → finish each task.
 */
import type { ParseResult, ParsedPlan, PlanLevel, PlanReadOptions, Problem } from './types';
import { classifyBody, findAnnexStart } from './body-lines';
import { findTables, type TableBand } from './flat-table';
import { addTable } from './table-drafts';
import { numberBareSections } from './bare-sections';
import { applyCorrections } from './corrections';
import { contentsTitle } from './contents';
import { findCover, loose, noticeIn, type Cover } from './cover';
import { draftStructure, sectionLabel, type Drafted, type TaskDraft } from './drafts';
import { readEssay } from './essay';
import { listLevels, resolveLevel } from './levels';
import { readMetadata, type PlanMetadata } from './metadata';
import { readSource } from './source';
import { chooseStructure, type LevelChoice } from './roles';
import { readMarker } from './markers';
import { carryDownPartners, finishTask, shareClosingUnits } from './tasks';
import { buildOutline } from './tree';
import { sectionHeading } from './title';

/** Builds the correction for a 1-based line of `ParseResult.lines` (what the preview holds). */
export { correctionAt } from './corrections';

/** A plan has tens to a few hundred tasks; more means the text is not a plan (or not one plan). */
export const MAX_TASKS = 2000;

function tooManyTasks(count: number): Problem {
  return {
    code: 'too-many-tasks',
    message: `识别出 ${count} 项任务，超过 ${MAX_TASKS} 项上限，未导入：请确认文本是一份工作要点，或分成几份分别导入。`,
    detail: `${count} tasks > ${MAX_TASKS}`,
  };
}

interface Body extends Drafted {
  levels: PlanLevel[];
  preamble: string[];
  /** First line of the body's content (first numbered line or first paragraph), for header fields. */
  firstLine: number;
}

function levelChoice(options: PlanReadOptions, levels: readonly PlanLevel[], problems: Problem[]): LevelChoice {
  const resolve = (wanted: string | undefined, where: string): string | undefined => {
    if (wanted === undefined) return undefined;
    const id = resolveLevel(levels, wanted);
    if (id !== null) return id;
    problems.push({
      code: 'unknown-level',
      message: `${where}选择的任务层级「${wanted}」在本文中没有出现，已按自动识别处理。`,
      detail: `level ${wanted} not among ${levels.map((l) => l.id).join(', ')}`,
    });
    return 'auto';
  };
  const choice: LevelChoice = {};
  const taskLevel = resolve(options.taskLevel, '');
  if (taskLevel !== undefined) choice.taskLevel = taskLevel;
  if (options.sectionLevels) {
    const perSection: Record<string, string> = {};
    for (const [key, level] of Object.entries(options.sectionLevels)) {
      perSection[key] = resolve(level, `第${key}部分`) ?? 'auto';
    }
    choice.sectionLevels = perSection;
  }
  return choice;
}

function readNumbered(
  lines: readonly string[],
  cover: Cover,
  annex: number,
  options: PlanReadOptions,
  problems: Problem[],
): Body | null {
  const tables = findTables(lines, cover.bodyStart, annex);
  const taken = (i: number): boolean => tables.some((t) => i >= t.start && i < t.end);
  const outline = buildOutline(classifyBody(lines, cover.bodyStart, annex, taken));
  const levels = listLevels(outline.nodes);
  const structure = chooseStructure(outline, levelChoice(options, levels, problems), sectionLabel);
  const body: Body = {
    ...(structure.tasks.length > 0
      ? draftStructure(structure, problems)
      : { sections: [], sectionLines: [], groups: [], drafts: [] }),
    levels,
    preamble: outline.preamble.map((i) => lines[i] ?? ''),
    firstLine: outline.nodes[0]?.line ?? tables[0]?.start ?? cover.bodyStart,
  };
  const sectionAt = (line: number): string | null =>
    body.sectionLines.filter((s) => s.line <= line).at(-1)?.key ?? null;
  const inBody = { sectionAt, bandSections: body.sections.length === 0 };
  for (const table of tables) addTable(body, table, inBody, false, lines, problems);
  // An annex table whose bands repeat the body's sections (`一、…` as written) files its rows under them.
  const repeatedSection = (band: TableBand): string | null =>
    band.marker.level === 'cn'
      ? (body.sections.find(
          (s) => s.key === band.marker.label && loose(s.title) === loose(sectionHeading(band.marker.rest)),
        )?.key ?? null)
      : null;
  const inAnnex = { sectionAt: () => null, bandSections: false, repeatedSection };
  for (const table of findTables(lines, annex, lines.length)) addTable(body, table, inAnnex, true, lines, problems);
  return body.drafts.length > 0 ? body : null;
}

function readParagraphs(lines: readonly string[], cover: Cover, end: number): Body {
  const essay = readEssay(lines, cover.bodyStart, end);
  const drafts = essay.paragraphs.map((p, i): TaskDraft => ({
    key: String(i + 1),
    section: null,
    level: 'paragraph',
    lines: [p.line],
    head: p.text,
    groupHeads: [],
  }));
  const firstLine = essay.firstParagraph >= 0 ? essay.firstParagraph : cover.bodyStart;
  return { sections: [], sectionLines: [], groups: [], drafts, levels: [], preamble: essay.preamble, firstLine };
}

function emptyResult(lines: string[], problems: Problem[]): ParseResult {
  problems.push({
    code: 'empty-input',
    message: '没有可导入的内容：文本为空。',
    detail: 'input is empty after cleaning',
  });
  const plan: ParsedPlan = {
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
  return { plan, problems, levels: [], lines };
}

function metadataOf(lines: readonly string[], cover: Cover, body: Body, front: Partial<PlanMetadata>): PlanMetadata {
  const frontName = front.title ? (noticeIn(front.title)?.name ?? front.title) : undefined;
  const headerEnd = Math.max(cover.bodyStart, body.firstLine);
  const fallback: Partial<PlanMetadata> = { ...front };
  if (frontName !== undefined) fallback.title = frontName;
  const text = body.drafts.map((d) => d.head).join('\n');
  return readMetadata(lines, cover, headerEnd, body.preamble.join('\n'), fallback, text);
}

function yearOf(date: string | null): number | null {
  return date ? Number(date.slice(0, 4)) : null;
}

export function parsePlan(text: string, options: PlanReadOptions = {}): ParseResult {
  const problems: Problem[] = [];
  const source = readSource(text);
  const { front } = source;
  const lines = numberBareSections(source.lines);
  if (lines.every((l) => l.length === 0)) return emptyResult(lines, problems);
  const firstItem = lines.findIndex((l) => readMarker(l) !== null);
  const contentsEnd = contentsTitle(lines, firstItem);
  const cover =
    contentsEnd >= 0
      ? findCover(lines, contentsEnd + 1, contentsEnd)
      : findCover(lines, firstItem < 0 ? lines.length : firstItem);
  const annex = findAnnexStart(lines, cover.bodyStart, lines.length, cover.attachments);
  const body = readNumbered(lines, cover, annex, options, problems) ?? readParagraphs(lines, cover, annex);
  const meta = metadataOf(lines, cover, body, front);
  const corrected = applyCorrections(body, lines, options.corrections ?? [], problems);
  const drafts = corrected.drafts.length > MAX_TASKS ? [] : corrected.drafts;
  if (drafts.length < corrected.drafts.length) problems.push(tooManyTasks(corrected.drafts.length));
  const when = { year: meta.year, ...(meta.years ? { years: meta.years } : {}), dateYear: yearOf(meta.date) };
  const tasks = drafts.map((d) => finishTask(d, lines, when));
  shareClosingUnits(drafts, tasks, lines);
  carryDownPartners(tasks);
  if (corrected.drafts.length === 0) {
    problems.push({
      code: 'no-tasks',
      message: '没有识别出任何任务：请检查文本是否为工作要点正文。',
      detail: 'no numbered items and no body paragraphs',
    });
  }
  const plan: ParsedPlan = {
    ...meta,
    preamble: corrected.preamble.join('\n'),
    sections: body.sections,
    groups: body.groups,
    tasks,
  };
  if (plan.years === undefined) delete plan.years;
  return { plan, problems, levels: body.levels, lines };
}
