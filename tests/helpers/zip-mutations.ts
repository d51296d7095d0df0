/** Hostile zips made from honest ones: headers that lie about sizes, flags flipped in transit. */

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;

function rewrite(zip: Uint8Array, onLocal: (view: DataView, at: number) => void, onCentral = onLocal): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 4 < out.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === LOCAL) onLocal(view, i);
    if (sig === CENTRAL) onCentral(view, i);
  }
  return out;
}

/** Overwrite every declared uncompressed size (local and central headers) with a lie. */
export function setDeclaredSizes(zip: Uint8Array, size: number): Uint8Array {
  return rewrite(
    zip,
    (view, at) => view.setUint32(at + 22, size, true),
    (view, at) => view.setUint32(at + 24, size, true),
  );
}

/** XOR `bit` into the general-purpose flags of every local header (where SheetJS reads them). */
export function flipLocalFlag(zip: Uint8Array, bit: number): Uint8Array {
  return rewrite(
    zip,
    (view, at) => view.setUint16(at + 6, view.getUint16(at + 6, true) ^ bit, true),
    () => undefined,
  );
}

/**
 * Drop the first entry from the central directory, leaving its data in place: readers that walk
 * the directory never see it, a streaming reader that walks the local headers inflates it.
 */
export function hideFirstEntry(zip: Uint8Array): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (view.getUint32(end, true) !== 0x06054b50) end--;
  const start = view.getUint32(end + 16, true);
  const first =
    46 + view.getUint16(start + 28, true) + view.getUint16(start + 30, true) + view.getUint16(start + 32, true);
  const out = new Uint8Array(zip.length - first);
  out.set(zip.subarray(0, start), 0);
  out.set(zip.subarray(start + first), start);
  const eocd = new DataView(out.buffer, end - first);
  eocd.setUint16(8, eocd.getUint16(8, true) - 1, true);
  eocd.setUint16(10, eocd.getUint16(10, true) - 1, true);
  eocd.setUint32(12, eocd.getUint32(12, true) - first, true);
  return out;
}
