/**
 * Version 0 → 1. Version 0 is the prototype's bare object (no envelope), kept in
 * tests/fixtures/stored/workbook-v0.json: `title`, `org`, `source`, epoch-ms `created`/`modified`,
 * `sections[{no,name}]`, `rows[]` with `no`, `name`, `content`, `dept`, `partners[]`, `person`,
 * `due`, `state`, `pct`, `remark` and `quarters{q1,h1,q3,year}` of `{text,pct,issue,plan,actual}`.
 * Each legacy field is moved to its new name and then deleted; unknown fields stay.
 */
import { array, isRecord, without, type Json } from './coerce';
import type { Period } from './types';

const QUARTERS: Readonly<Record<string, Period>> = { q1: '一季度', h1: '半年', q3: '三季度', year: '全年' };

function isoFromEpoch(value: unknown): unknown {
  // Outside ±8.64e15 ms toISOString would throw.
  if (typeof value !== 'number' || !(Math.abs(value) <= 8.64e15)) return value;
  return new Date(value).toISOString();
}

function moved(from: Json, map: Readonly<Record<string, string>>): Json {
  const out = without(from, Object.keys(map));
  for (const [old, name] of Object.entries(map)) if (old in from) out[name] = from[old];
  return out;
}

function migratePeriod(raw: unknown): unknown {
  if (!isRecord(raw)) return raw;
  return moved(raw, { text: 'progress', pct: 'percent', issue: 'problems', plan: 'nextSteps', actual: 'actuals' });
}

function migrateRow(raw: unknown): unknown {
  if (!isRecord(raw)) return raw;
  const row = moved(raw, {
    no: 'key',
    name: 'title',
    content: 'text',
    dept: 'leadUnit',
    partners: 'partnerUnits',
    person: 'owner',
    due: 'deadline',
    state: 'status',
    pct: 'percent',
    remark: 'notes',
  });
  delete row.quarters;
  if (isRecord(raw.quarters)) {
    const periods: Json = {};
    for (const [q, value] of Object.entries(raw.quarters)) periods[QUARTERS[q] ?? q] = migratePeriod(value);
    row.periods = periods;
  }
  return row;
}

export function migrateV0(raw: Json): Json {
  const body = moved(raw, {
    title: 'name',
    org: 'unit',
    created: 'createdAt',
    modified: 'updatedAt',
    rows: 'tasks',
  });
  delete body.version;
  delete body.source;
  body.createdAt = isoFromEpoch(body.createdAt);
  body.updatedAt = isoFromEpoch(body.updatedAt);
  if (typeof body.year === 'string') body.year = Number(body.year);
  body.plan = { title: raw.title ?? null, year: body.year ?? null, sourceText: raw.source ?? '' };
  body.sections = array(raw.sections).map((s) => (isRecord(s) ? moved(s, { no: 'key', name: 'title' }) : s));
  body.tasks = array(raw.rows).map(migrateRow);
  return body;
}

/** A bare object is version 0 when it has the prototype's `rows`. */
export function looksLikeV0(raw: unknown): raw is Json {
  return isRecord(raw) && raw.type === undefined && Array.isArray(raw.rows);
}
