/**
 * The highest storage revision this tab knows for each record (read, adopted or written by us):
 * the base every write states, so a write based on an older read is refused (see workbook-write).
 */
import type { SaveResult } from './workbook-write';

/** The workbook's own record, next to its task records. */
export const META = '\u0000meta';

export interface KnownRevs {
  /** A rev seen in memory: it only ever raises what is known. */
  see(id: string, key: string, rev: number | undefined): void;
  base(id: string, key: string): number;
  /** What a write just committed is authoritative (a delete goes back to 0). */
  committed(id: string, result: SaveResult): void;
}

export function createKnownRevs(): KnownRevs {
  const known = new Map<string, number>();
  const at = (id: string, key: string): string => `${id}\u0000${key}`;
  return {
    see(id, key, rev) {
      const k = at(id, key);
      known.set(k, Math.max(known.get(k) ?? 0, rev ?? 0));
    },
    base: (id, key) => known.get(at(id, key)) ?? 0,
    committed(id, result) {
      for (const [key, rev] of result.revs) known.set(at(id, key), rev);
      if (result.metaRev !== null) known.set(at(id, META), result.metaRev);
    },
  };
}
