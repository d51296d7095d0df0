/**
 * Task drafts from flattened tables: one task per row, keyed by its 序号, grouped under the band
 * rows (or sectioned by them, when the plan has no sections of its own). A table after the body
 * (an annex) adds its tasks only when none of its keys repeats a task of the body — an annex that
 * repeats the plan's own numbers is a copy of the plan, not more tasks.
 */
import type { PlanSection, Problem } from './types';
import type { Drafted, TaskDraft } from './drafts';
import type { FlatTable, TableBand } from './flat-table';
import { uniqueKey } from './keys';
import { numberAsWritten } from './markers';
import { sectionHeading } from './title';

export interface TableContext {
  /** Key of the body section a line stands in, or null. */
  sectionAt: (line: number) => string | null;
  /** Bands of level 一、 become sections (the plan has none of its own). */
  bandSections: boolean;
  /** The body's section a band repeats word for word (`一、科学编制…` over an annex table's rows), or null. */
  repeatedSection?: (band: TableBand) => string | null;
}

function bandKey(band: TableBand, section: string | null): string {
  return `${section ?? ''}(${numberAsWritten(band.marker)})`;
}

function rowDraft(row: FlatTable['rows'][number], section: string | null, group: string | null): TaskDraft {
  // A label cell before the title cell (a merged 任务名称) is neither title nor text.
  const from = row.title === undefined ? 0 : Math.max(0, row.task.indexOf(row.title));
  const [first, ...more] = row.task.slice(from);
  const draft: TaskDraft = {
    key: String(row.n),
    section,
    level: 'table',
    lines: [first ?? row.numberLine, ...more],
    head: '',
    groupHeads: row.band && group !== null ? [row.band.marker.rest] : [],
  };
  if (group !== null) draft.group = group;
  const cells: NonNullable<TaskDraft['cells']> = {};
  if (row.lead !== undefined) cells.lead = row.lead;
  if (row.partner !== undefined) cells.partner = row.partner;
  if (row.deadline !== undefined) cells.deadline = row.deadline;
  draft.cells = cells;
  return draft;
}

/**
 * `联影生产研发基地一期` / `（高端医疗影像设备产业化基金项目）`: where blank lines part the cells, the
 * lines right after the title's are the same cell, wrapped.
 */
function wrappedInCell(taskLines: readonly number[], lines: readonly string[]): string {
  const first = taskLines[0] ?? 0;
  if (first === 0 || (lines[first - 1] ?? '') !== '') return '';
  let more = '';
  for (let k = 1; taskLines[k] === first + k && (lines[first + k] ?? '') !== ''; k++) more += lines[first + k] ?? '';
  return more;
}

/** Sections, groups and drafts of one table; `head` of each draft is filled by the caller. */
export function draftTable(table: FlatTable, ctx: TableContext): Drafted {
  const sections: PlanSection[] = [];
  const sectionLines: Drafted['sectionLines'] = [];
  const groups: Drafted['groups'] = [];
  const keyOfBand = new Map<TableBand, { section: string | null; group: string | null }>();
  for (const band of table.bands) {
    const outer = ctx.sectionAt(band.line);
    const repeated = ctx.repeatedSection?.(band) ?? null;
    if (repeated !== null) {
      keyOfBand.set(band, { section: repeated, group: null });
    } else if (ctx.bandSections && band.marker.level === 'cn') {
      sections.push({ key: band.marker.label, title: sectionHeading(band.marker.rest) });
      sectionLines.push({ key: band.marker.label, line: band.line });
      keyOfBand.set(band, { section: band.marker.label, group: null });
    } else {
      const key = bandKey(band, outer);
      groups.push({
        key,
        section: outer ?? '',
        title: sectionHeading(band.marker.rest),
        number: numberAsWritten(band.marker),
      });
      keyOfBand.set(band, { section: outer, group: key });
    }
  }
  // A row whose task cell is missing (an empty or cut-off table) is not a task.
  const drafts = table.rows
    .filter((row) => row.task.length > 0)
    .map((row) => {
      const place = row.band ? keyOfBand.get(row.band) : undefined;
      return rowDraft(row, place?.section ?? ctx.sectionAt(row.numberLine), place?.group ?? null);
    });
  return { sections, sectionLines, groups, drafts };
}

/** Adds `table` to `into`, unless it is an annex whose keys repeat the body's. */
export function addTable(
  into: Drafted,
  table: FlatTable,
  ctx: TableContext,
  annex: boolean,
  lines: readonly string[],
  problems: Problem[],
): void {
  const read = draftTable(table, ctx);
  const used = new Set(into.drafts.map((d) => d.key));
  if (annex && read.drafts.some((d) => used.has(d.key))) return;
  for (const d of read.drafts) {
    // `1. 强化…` / `1、完善…`: a cell listing numbered duties; its first is the title, without the 1.
    // A leading `*` marks a kind of row (the table's own note says which), not title words.
    d.head = (lines[d.lines[0] ?? 0] ?? '').replace(/^\s*\d{1,2}\s*[.．、]\s*(?=\D)/, '').replace(/^[*＊]\s*/, '');
    d.head += wrappedInCell(d.lines, lines);
    d.key = uniqueKey(d.key, used, (d.lines[0] ?? 0) + 1, problems);
  }
  into.sections.push(...read.sections);
  into.sectionLines.push(...read.sectionLines);
  into.groups.push(...read.groups);
  into.drafts.push(...read.drafts);
  into.drafts.sort((a, b) => (a.lines[0] ?? 0) - (b.lines[0] ?? 0));
}
