/**
 * Reads the hidden sheet back (meta-sheet.ts), of this version and of version 1, which had the
 * pairs and the task rows but no plan structure. Never throws; damaged parts read as empty.
 */
import { array, isRecord, str } from '../workbook/coerce';
import { restoreGroups, restoreSections } from '../workbook/restore';
import { restoreIndicator } from '../workbook/restore-task';
import { isPeriod } from './labels';
import type { MetaContinuation, MetaPlanSource, MetaTask, ReportMeta } from './meta-sheet';
import { REPORT_META } from './model';
import type { GridSheet } from './reimport/grid';
import { cellText } from './reimport/grid';

/** Pairs may repeat a name (long JSON spread over rows); how far to look for the task table. */
const PAIR_ROWS = 500;

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

function readTask(raw: unknown): MetaTask | null {
  if (!isRecord(raw) || str(raw.key) === '') return null;
  const task: MetaTask = {
    key: str(raw.key),
    section: typeof raw.section === 'string' ? raw.section : null,
    title: str(raw.title),
    indicators: array(raw.indicators).flatMap((i) => restoreIndicator(i) ?? []),
  };
  if (typeof raw.group === 'string' && raw.group) task.group = raw.group;
  for (const field of ['leadUnit', 'partnerUnits', 'deadline', 'text'] as const) {
    const value = raw[field];
    if (typeof value === 'string' && value) task[field] = value;
  }
  return task;
}

function readPlanSource(raw: unknown): MetaPlanSource | undefined {
  if (!isRecord(raw) || str(raw.name) === '') return undefined;
  const orNull = (v: unknown) => (typeof v === 'string' && v ? v : null);
  return {
    name: str(raw.name),
    title: orNull(raw.title),
    issuer: orNull(raw.issuer),
    docNumber: orNull(raw.docNumber),
    date: orNull(raw.date),
  };
}

/** A 填报表 listing only a unit's tasks carries the whole plan apart from its rows. */
function readPlanTasks(text: string | undefined): MetaTask[] | null {
  if (text === undefined) return null;
  const tasks = array(parseJson(text)).map(readTask);
  return tasks.every((t): t is MetaTask => t !== null) ? tasks : null;
}

function readJoins(text: string): MetaContinuation['joins'] {
  const raw = parseJson(text);
  const joins: MetaContinuation['joins'] = {};
  if (!isRecord(raw)) return joins;
  for (const [column, join] of Object.entries(raw)) {
    const c = Number(column);
    if (Number.isInteger(c) && c >= 0 && (join === '\n' || join === '')) joins[c] = join;
  }
  return joins;
}

interface Tables {
  rows: ReportMeta['rows'];
  tasks: MetaTask[];
  continuations: MetaContinuation[];
}

/** The task table and the continuation table, from row `start` on. */
function readTables(sheet: GridSheet, start: number): Tables {
  const tables: Tables = { rows: [], tasks: [], continuations: [] };
  let continued = false;
  for (let r = start; r < sheet.rows.length; r++) {
    const line = sheet.rows[r] ?? [];
    const key = cellText(line[0]);
    if (key === 'continuedKey') {
      continued = true;
      continue;
    }
    const row = Number(cellText(line[1]));
    if (!key || !Number.isInteger(row) || row <= 0) continue;
    if (continued) {
      tables.continuations.push({ key, row, sheet: cellText(line[2]), joins: readJoins(cellText(line[3])) });
      continue;
    }
    tables.rows.push({ key, row });
    const task = readTask(parseJson(cellText(line[2])));
    if (task) tables.tasks.push(task);
  }
  return tables;
}

/** Reads the hidden sheet back; null when it is missing or not ours (never throws). */
export function readMeta(sheet: GridSheet | undefined): ReportMeta | null {
  if (!sheet) return null;
  const values = new Map<string, string>();
  let r = 0;
  for (; r < Math.min(sheet.rows.length, PAIR_ROWS); r++) {
    const k = cellText(sheet.rows[r]?.[0]);
    if (k === 'taskKey') break;
    // Raw values: JSON split over rows must join exactly as written.
    const cell = sheet.rows[r]?.[1];
    const v = cell && cell.value !== null ? String(cell.value) : '';
    values.set(k, values.has(k) ? `${values.get(k)}${v}` : v);
  }
  const get = (k: string) => (values.get(k) ?? '').trim();
  if (get('type') !== REPORT_META.type) return null;
  const version = Number(get('version'));
  const year = Number(get('year'));
  const kind = get('kind');
  const period = get('period');
  if (!Number.isInteger(version) || !Number.isInteger(year) || (kind !== 'period' && kind !== 'ledger')) return null;
  const tables = readTables(sheet, r + 1);
  // A task list that lost rows is no plan to consolidate by: fall back to the visible rows.
  const tasks =
    readPlanTasks(values.get('planTasks')) ?? (tables.tasks.length === tables.rows.length ? tables.tasks : []);
  const meta: ReportMeta = {
    type: REPORT_META.type,
    version,
    kind,
    workbookId: get('workbookId'),
    unit: get('unit'),
    plan: get('plan'),
    planId: get('planId'),
    planVersion: get('planVersion'),
    year,
    period: isPeriod(period) ? period : null,
    asOf: get('asOf'),
    sections: restoreSections(parseJson(values.get('sections') ?? '')),
    groups: restoreGroups(parseJson(values.get('groups') ?? '')),
    tasks,
    rows: tables.rows,
    continuations: tables.continuations,
  };
  const planSource = readPlanSource(parseJson(values.get('planSource') ?? ''));
  if (planSource) meta.planSource = planSource;
  if (get('form') === 'handout') {
    meta.form = 'handout';
    if (/^\d{4}-\d{2}-\d{2}$/.test(get('dueDate'))) meta.dueDate = get('dueDate');
  }
  return meta;
}
