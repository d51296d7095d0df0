/**
 * The general-purpose flags of each zip entry, read from the central directory and from each
 * entry's local header. fflate does not expose them, and SheetJS refuses an entry whose local
 * header says "encrypted" with an error that reads like a password-protected workbook — which a
 * zip never is: Excel, WPS and Word encrypt into an OLE container, not into zip entries.
 * Also each entry's sizes and data offset, for the guard's one-go inflate of small archives.
 */

/** Bits 0 (encrypted), 6 (strong encryption) and 13 (masked central directory). */
export const ENCRYPTION_FLAGS = 0x2041;

export interface EntryFlags {
  name: string;
  central: number;
  /** null when the local header could not be found where the directory points. */
  local: number | null;
  /** Compression method (0 stored, 8 deflate), sizes as the directory declares them. */
  method: number;
  compressedSize: number;
  size: number;
  /** Where the entry's local header starts, and its data after it (null: no header there). */
  offset: number;
  dataStart: number | null;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function findEndOfDirectory(view: DataView): number {
  // The end record is 22 bytes plus a comment of at most 65,535.
  const stop = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let i = view.byteLength - 22; i >= stop; i--) if (view.getUint32(i, true) === EOCD) return i;
  return -1;
}

function hasLocalHeader(view: DataView, offset: number): boolean {
  return offset !== 0xffffffff && offset + 30 <= view.byteLength && view.getUint32(offset, true) === LOCAL;
}

export interface Directory {
  entries: EntryFlags[];
  /** Every entry the end record counts was found. */
  complete: boolean;
  /** Where the central directory starts. */
  start: number;
}

/**
 * Every entry's flags and sizes; none when the directory cannot be walked (the inflate step then
 * reports the damage in its own words).
 */
export function zipDirectory(bytes: Uint8Array): Directory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  if (end < 0) return { entries: [], complete: false, start: 0 };
  const count = view.getUint16(end + 10, true);
  const start = view.getUint32(end + 16, true);
  let at = start;
  const entries: EntryFlags[] = [];
  const names = new TextDecoder();
  for (let i = 0; i < count && at + 46 <= view.byteLength; i++) {
    if (view.getUint32(at, true) !== CENTRAL) break;
    const nameLength = view.getUint16(at + 28, true);
    const next = at + 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const offset = view.getUint32(at + 42, true);
    const local = hasLocalHeader(view, offset);
    entries.push({
      name: names.decode(bytes.subarray(at + 46, Math.min(at + 46 + nameLength, bytes.length))),
      central: view.getUint16(at + 8, true),
      local: local ? view.getUint16(offset + 6, true) : null,
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      offset,
      dataStart: local ? offset + 30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true) : null,
    });
    at = next;
  }
  return { entries, complete: entries.length === count, start };
}

export function entryFlags(bytes: Uint8Array): EntryFlags[] {
  return zipDirectory(bytes).entries;
}
