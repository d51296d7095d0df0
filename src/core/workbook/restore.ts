/**
 * Restoring a workbook from anything: an export, a backup entry, old stored data. Never throws:
 * migrate old versions, default every field, keep unknown fields, drop and report what cannot be
 * repaired; refuse data from a newer version instead of guessing.
 */
import type { Correction, PlanGroup, PlanReadOptions, PlanSection, Problem } from '../plan/types';
import { VERSIONS } from '../versions';
import { array, finite, isRecord, str, strOrNull, UNSAFE_KEYS, without, type Json } from './coerce';
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
  /**
   * For files from outside (a backup): a workbook whose identity or structure has the wrong type
   * is refused, a task whose key or text has the wrong type is dropped, each with its reason,
   * instead of being repaired into 「未命名台账 · 0 项任务」. Data this program wrote (the
   * stored records) is restored leniently, so one damaged field never hides a workbook.
   */
  strict?: boolean;
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

/** `5` → `数字 5`, `[]` → `列表`: what was found, for the message. */
function typeName(value: unknown): string {
  if (Array.isArray(value)) return '列表';
  if (value === null) return '空值';
  if (typeof value === 'number') return `数字 ${value}`;
  if (typeof value === 'boolean') return `真假值 ${value}`;
  if (typeof value === 'string') return `文字“${value.slice(0, 20)}”`;
  return typeof value === 'object' ? '对象' : '其他类型';
}

type Expect = 'text' | 'list' | 'object';
const EXPECTED: Record<Expect, [string, (v: unknown) => boolean]> = {
  text: ['文字', (v) => typeof v === 'string'],
  list: ['列表', Array.isArray],
  object: ['对象', isRecord],
};

/**
 * Only identity and structure are checked: these keep their types across format versions, while
 * the other fields are repaired (and reported) by the lenient restore as before.
 */
const WORKBOOK_SHAPE: readonly [string, Expect][] = [
  ['id', 'text'],
  ['name', 'text'],
  ['unit', 'text'],
  ['plan', 'object'],
  ['sections', 'list'],
  ['groups', 'list'],
];
const TASK_SHAPE: readonly [string, Expect][] = [
  ['title', 'text'],
  ['text', 'text'],
  ['periods', 'object'],
];

/** The first field of `shape` present with the wrong type, as a reason; null when all fit. */
function wrongType(raw: Json, shape: readonly [string, Expect][]): string | null {
  for (const [field, expect] of shape) {
    const [label, fits] = EXPECTED[expect];
    if (raw[field] !== undefined && !fits(raw[field])) return `“${field}”应为${label}，却是${typeName(raw[field])}`;
  }
  return null;
}

/** Why a task key cannot be a key: not text, empty, or a name that reaches Object.prototype. */
function badKey(key: unknown): string | null {
  if (typeof key !== 'string') return `编号应为文字，却是${typeName(key)}`;
  if (key.trim() === '') return '没有编号';
  if (UNSAFE_KEYS.has(key.trim())) return `编号“${key}”不能用作编号`;
  return null;
}

function refuse(message: string, detail: string): RestoreResult {
  return { workbook: null, problems: [{ code: 'invalid-workbook', message, detail }] };
}

/** A workbook id becomes part of every record key (`wb/<id>`, `task/<id>/<key>`): text without `/`. */
function badId(id: unknown): string | null {
  if (id === undefined) return null;
  if (typeof id !== 'string' || id === '') return `编号应为文字，却是${typeName(id)}`;
  if (UNSAFE_KEYS.has(id) || id.includes('/')) return `编号“${id}”不能用作台账编号`;
  return null;
}

/**
 * The strict gate for a body in this program's own format: refuse the workbook or drop tasks,
 * each with its reason. Returns the body to restore (tasks filtered) or the refusal.
 */
function strictBody(body: Json): { body: Json; problems: Problem[] } | RestoreResult {
  const title = typeof body.name === 'string' && body.name ? `“${body.name}”` : '这个台账';
  const identity = badId(body.id) ?? wrongType(body, WORKBOOK_SHAPE);
  if (identity) return refuse(`${title}已损坏，未恢复：台账${identity}`, JSON.stringify(body.id));
  if (!Array.isArray(body.tasks)) {
    const found = body.tasks === undefined ? '缺少任务列表' : `任务列表应为列表，却是${typeName(body.tasks)}`;
    return refuse(`${title}已损坏，未恢复：${found}`, 'tasks');
  }
  const problems: Problem[] = [];
  const tasks = body.tasks.filter((raw: unknown, i) => {
    const reason = isRecord(raw) ? (badKey(raw.key) ?? wrongType(raw, TASK_SHAPE)) : `应为对象，却是${typeName(raw)}`;
    if (reason) {
      const which =
        isRecord(raw) && typeof raw.key === 'string' && raw.key.trim() ? `任务${raw.key.trim()}` : `第${i + 1}条任务`;
      problems.push({
        code: 'invalid-task',
        message: `${which}已丢弃：${reason}`,
        detail: JSON.stringify(raw)?.slice(0, 200),
      });
    }
    return !reason;
  });
  for (const key of Object.keys(body)) if (UNSAFE_KEYS.has(key)) problems.push(unsafeField(key));
  return { body: { ...body, tasks }, problems };
}

function unsafeField(key: string): Problem {
  return { code: 'unsafe-field', message: `字段名“${key}”无效，已忽略该字段` };
}

export function restoreWorkbook(data: unknown, options: RestoreOptions = {}): RestoreResult {
  const unwrapped = unwrap(data);
  if ('problems' in unwrapped) return unwrapped;
  const problems: Problem[] = [];
  let source = unwrapped.body;
  // Version 0 (the prototype) had numbers for keys and its own shape: its migration repairs it.
  if (options.strict && unwrapped.version > 0) {
    const checked = strictBody(source);
    if ('workbook' in checked) return checked;
    source = checked.body;
    problems.push(...checked.problems);
  }
  const body = migrateWorkbookBody(source, unwrapped.version);
  return { workbook: normalizeWorkbook(body, options, problems), problems };
}
