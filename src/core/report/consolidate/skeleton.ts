/**
 * The plan a consolidation merges into when no plan is open: rebuilt from a unit's file. Files of
 * this version carry the plan's sections, groups, tasks and indicators in their hidden sheet, so
 * the summary is the one the district gets with its own workbook open; files of version 1 carried
 * only task keys and the titles as printed.
 */
import type { TaskRecord, Workbook } from '../../workbook/types';
import type { MetaTask } from '../meta-sheet';
import type { UnitFile } from './consolidate';

function taskRecord(task: MetaTask): TaskRecord {
  const record: TaskRecord = {
    key: task.key,
    section: task.section,
    title: task.title,
    text: '',
    subtasks: [],
    indicators: task.indicators,
    leadUnit: '',
    partnerUnits: '',
    owner: '',
    deadline: '',
    periods: {},
    notes: '',
  };
  if (task.group) record.group = task.group;
  return record;
}

function tasksOf(file: UnitFile): MetaTask[] {
  const meta = file.parsed.meta;
  if (meta && meta.tasks.length > 0) return meta.tasks;
  const titles = new Map(file.parsed.rows.filter((r) => r.indicator === null).map((r) => [r.key, r.title]));
  const keys = meta?.rows.length ? meta.rows.map((r) => r.key) : [...titles.keys()];
  return keys.map((key) => ({ key, section: null, title: titles.get(key) ?? key, indicators: [] }));
}

export function skeletonFrom(file: UnitFile): Workbook {
  const meta = file.parsed.meta;
  const year = meta?.year ?? 0;
  const name = meta?.plan ?? '';
  return {
    id: '',
    name,
    unit: '',
    year,
    plan: { title: name || null, year, issuer: null, docNumber: null, date: null, preamble: '', sourceText: '' },
    sections: meta?.sections ?? [],
    groups: meta?.groups ?? [],
    tasks: tasksOf(file).map(taskRecord),
    createdAt: '',
    updatedAt: '',
  };
}

/** Of the files for one plan, the one to take the plan from: the most common revision, then the latest. */
export function planSource(files: readonly UnitFile[]): UnitFile | undefined {
  const count = new Map<string, number>();
  for (const f of files) {
    const v = f.parsed.meta?.planVersion ?? '';
    count.set(v, (count.get(v) ?? 0) + 1);
  }
  const score = (f: UnitFile) =>
    (f.parsed.meta?.tasks.length ? 1 : 0) * 1e6 + (count.get(f.parsed.meta?.planVersion ?? '') ?? 0);
  return [...files].sort(
    (a, b) => score(b) - score(a) || (b.parsed.meta?.asOf ?? '').localeCompare(a.parsed.meta?.asOf ?? ''),
  )[0];
}
