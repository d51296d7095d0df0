/** Tiny readers for untrusted JSON: each returns a typed value or a fallback, never throws. */

export type Json = Record<string, unknown>;

export function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function str(value: unknown, fallback = ''): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return fallback;
}

export function strOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

export function finite(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function array(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Names that reach Object.prototype when used as keys; never ids, task keys or field names of ours. */
export const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The object without the named keys: what is left are fields we do not know, kept as they are.
 * JSON.parse makes `"__proto__"` an own key, and copying it by assignment would swap the copy's
 * prototype, so unsafe names are never copied.
 */
export function without(value: Json, known: readonly string[]): Json {
  const skip = skipSet(known);
  const rest: Json = {};
  for (const k in value) if (Object.hasOwn(value, k) && !skip.has(k)) rest[k] = value[k];
  return rest;
}

// Opening a workbook calls `without` once per task with the same field list: look names up in a
// set made once per list, not by scanning the list for every key of every task.
const skipSets = new WeakMap<readonly string[], ReadonlySet<string>>();
function skipSet(known: readonly string[]): ReadonlySet<string> {
  let set = skipSets.get(known);
  if (!set) skipSets.set(known, (set = new Set([...known, ...UNSAFE_KEYS])));
  return set;
}
