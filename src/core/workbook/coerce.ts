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

/** The object without the named keys: what is left are fields we do not know, kept as they are. */
export function without(value: Json, known: readonly string[]): Json {
  const rest: Json = {};
  for (const [k, v] of Object.entries(value)) if (!known.includes(k)) rest[k] = v;
  return rest;
}
