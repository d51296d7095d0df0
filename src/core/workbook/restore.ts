/**
 * Restoring a workbook from anything: an export, a backup entry, old stored data. Never throws:
 * migrate old versions, default every field, keep unknown fields, drop and report what cannot be
 * repaired; refuse data from a newer version instead of guessing.
 */
import type { Correction, PlanGroup, PlanReadOptions, PlanSection, Problem } from '../plan/types';
import { VERSIONS } from '../versions';
import { array, finite, isRecord, str, strOrNull, without, type Json } from './coerce';
import { readEnvelope } from './envelope';
import { looksLikeV0, migrateV0 } from './migrate-v0';
import { periodOf } from './period-values';
import { restoreReportSettings } from './report-settings';
import { restoreTasks } from './restore-task';
import type { PlanSource, Workbook } from './types';

export interface RestoreResult {
  workbook: Workbook | null;
  problems: Problem[];
  /** True when refused because a newer program wrote it: such data must be left untouched. */
  newer?: boolean;
}

export interface RestoreOptions {
  /** Used when the data has no id. */
  fallbackId?: string;
  /** ISO timestamp for missing dates (and the year when nothing else gives one). */
  now?: string;
}

const WORKBOOK_FIELDS = ['id', 'name', 'unit', 'year', 'plan', 'sections', 'groups', 'tasks', 'createdAt'] as const;
const MORE_FIELDS = ['updatedAt', 'sample', 'rev', 'report'] as const;
const MIGRATIONS: Readonly<Record<number, (body: Json) => Json>> = { 0: migrateV0 };

/** The reading choices kept with a plan; anything malformed is dropped (the plan reads automatically). */
function restoreReadOptions(raw: unknown): PlanReadOptions | undefined {
  if (!isRecord(raw)) return undefined;
  const options: PlanReadOptions = {};
  if (typeof raw.taskLevel === 'string') options.taskLevel = raw.taskLevel;
  if (isRecord(raw.sectionLevels)) {
    const levels = Object.entries(raw.sectionLevels).filter((e): e is [string, string] => typeof e[1] === 'string');
    if (levels.length) options.sectionLevels = Object.fromEntries(levels);
  }
  const kinds = ['not-task', 'merge-up', 'make-task'];
  const corrections = array(raw.corrections).flatMap((c) =>
    isRecord(c) && kinds.includes(str(c.kind)) && typeof c.line === 'string'
      ? [{ kind: c.kind as Correction['kind'], line: c.line, ...(finite(c.nth) ? { nth: finite(c.nth)! } : {}) }]
      : [],
  );
  if (corrections.length) options.corrections = corrections;
  return Object.keys(options).length ? options : undefined;
}

function restorePlan(raw: unknown): PlanSource {
  const plan = isRecord(raw) ? raw : {};
  const readOptions = restoreReadOptions(plan.readOptions);
  return {
    ...without(plan, ['readOptions']),
    ...(readOptions ? { readOptions } : {}),
    title: strOrNull(plan.title),
    year: finite(plan.year),
    issuer: strOrNull(plan.issuer),
    docNumber: strOrNull(plan.docNumber),
    date: strOrNull(plan.date),
    preamble: str(plan.preamble),
    sourceText: str(plan.sourceText),
  };
}

export function restoreSections(raw: unknown): PlanSection[] {
  return array(raw).flatMap((s) =>
    isRecord(s) && str(s.key) !== '' ? [{ ...s, key: str(s.key), title: str(s.title) }] : [],
  );
}

export function restoreGroups(raw: unknown): PlanGroup[] {
  return array(raw).flatMap((g) =>
    isRecord(g) && str(g.key) !== '' ? [{ ...g, key: str(g.key), section: str(g.section), title: str(g.title) }] : [],
  );
}

function restoreYear(body: Json, plan: PlanSource, createdAt: string, now: string | undefined): number {
  const candidates = [finite(body.year), plan.year, Number(createdAt.slice(0, 4)), Number(now?.slice(0, 4))];
  return candidates.find((y): y is number => y !== null && Number.isInteger(y) && y > 1900 && y < 10000) ?? 2000;
}

/** Current-version body → Workbook (version-1 tasks are migrated as they are read), with defaults; `problems` collects what was repaired or dropped. */
export function normalizeWorkbook(body: Json, options: RestoreOptions, problems: Problem[]): Workbook {
  const plan = restorePlan(body.plan);
  const createdAt = str(body.createdAt) || str(body.updatedAt) || (options.now ?? '');
  const id = str(body.id) || options.fallbackId || `restored-${createdAt}`;
  if (!str(body.id)) problems.push({ code: 'missing-id', message: `台账缺少编号，已改为“${id}”` });
  const year = restoreYear(body, plan, createdAt, options.now);
  const updatedAt = str(body.updatedAt) || createdAt;
  const tasks = restoreTasks(body.tasks, problems, { legacyPeriod: periodOf(updatedAt, year) });
  const workbook: Workbook = {
    ...without(body, [...WORKBOOK_FIELDS, ...MORE_FIELDS]),
    id,
    name: str(body.name) || plan.title || '未命名台账',
    unit: str(body.unit),
    year,
    plan,
    sections: restoreSections(body.sections),
    groups: restoreGroups(body.groups),
    tasks,
    createdAt,
    updatedAt,
  };
  if (body.sample === true) workbook.sample = true;
  const report = restoreReportSettings(body.report);
  if (report) workbook.report = report;
  const rev = finite(body.rev);
  if (rev !== null) workbook.rev = rev;
  return workbook;
}

/** Bring a body of `version` up to the current one, one step at a time. */
export function migrateWorkbookBody(body: Json, version: number): Json {
  let current = body;
  for (let v = version; v < VERSIONS.workbook; v++) current = MIGRATIONS[v]?.(current) ?? current;
  return current;
}

function unwrap(data: unknown): { version: number; body: Json } | RestoreResult {
  if (looksLikeV0(data)) return { version: 0, body: data };
  // A bare Workbook (no envelope), e.g. pasted from a console: read it as the current version.
  if (isRecord(data) && data.type === undefined && Array.isArray(data.tasks)) {
    return { version: VERSIONS.workbook, body: data };
  }
  const check = readEnvelope(data, 'workbook', '台账数据');
  if (!check.ok) return { workbook: null, problems: [check.problem], newer: check.newer };
  if (!isRecord(check.body.workbook)) {
    return { workbook: null, problems: [{ code: 'damaged-workbook', message: '台账数据已损坏：缺少台账内容' }] };
  }
  return { version: check.version, body: check.body.workbook };
}

export function restoreWorkbook(data: unknown, options: RestoreOptions = {}): RestoreResult {
  const unwrapped = unwrap(data);
  if ('problems' in unwrapped) return unwrapped;
  const problems: Problem[] = [];
  const body = migrateWorkbookBody(unwrapped.body, unwrapped.version);
  return { workbook: normalizeWorkbook(body, options, problems), problems };
}
