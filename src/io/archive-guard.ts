/**
 * Every zip we read (.docx, .xlsx, .ods, newer .et) passes here before any reader sees it: a zip
 * bomb (a few hundred KB that inflate to gigabytes) would otherwise freeze the tab for seconds
 * and exhaust the CLI's memory. One guard, one cap, three checks: what the central directory
 * declares (cheap, nothing inflated), the entries' flags, and what actually inflates, counted in
 * small steps because headers can lie. The readers that need entries take them from the counted
 * inflate (`inflateArchive`), never from a second, uncounted one.
 */
import { Unzip, UnzipInflate, inflateSync, unzipSync } from 'fflate';
import { ENCRYPTION_FLAGS, entryFlags, zipDirectory, type EntryFlags } from './zip-flags';

export interface ArchiveLimits {
  /** Total inflated size of all entries. */
  maxUncompressed: number;
  /** Inflated/compressed ratio above which a large entry (or the whole file) is treated as a bomb. */
  maxRatio: number;
  /** Below this size nothing is called a bomb, whatever its ratio. */
  ratioFloor: number;
  maxEntries: number;
}

export const LIMITS: ArchiveLimits = {
  maxUncompressed: 100 * 1024 * 1024,
  maxRatio: 200,
  ratioFloor: 4 * 1024 * 1024,
  maxEntries: 5000,
};

/** Words for the messages: what the file is and how to get a clean copy. */
export interface ArchiveKind {
  /** `Word 文档`, `表格文件`. */
  what: string;
  /** `请在 Word 或 WPS 中打开后另存为 .docx 再导入`. */
  resave: string;
}

export type ArchiveFailureCode = 'archive-too-large' | 'archive-too-many-parts' | 'archive-flagged' | 'archive-damaged';

export interface ArchiveFailure {
  ok: false;
  code: ArchiveFailureCode;
  message: string;
  detail: string;
}

export type ArchiveCheck = { ok: true } | ArchiveFailure;

export type ArchiveEntries = { ok: true; files: Record<string, Uint8Array> } | ArchiveFailure;

const MB = 1024 * 1024;

/** `该表格文件`, `该 Word 文档` (a space between Chinese and a Latin word). */
const the = (kind: ArchiveKind): string => (/^[A-Za-z]/.test(kind.what) ? `该 ${kind.what}` : `该${kind.what}`);

/** `by` says which limit: the total size, or the ratio to the compressed size. */
function tooLarge(kind: ArchiveKind, limits: ArchiveLimits, by: 'size' | 'ratio', detail: string): ArchiveFailure {
  const what =
    by === 'size' ? `超过 ${Math.round(limits.maxUncompressed / MB)} MB` : `膨胀到压缩大小的 ${limits.maxRatio} 倍以上`;
  return {
    ok: false,
    code: 'archive-too-large',
    message: `${the(kind)}解压后${what}（“压缩炸弹”或异常文件），为保护浏览器未读取。请确认文件来源，向发送方重新索取。`,
    detail,
  };
}

/** Thrown inside the inflate callbacks to stop at once; carries the refusal. */
class Refusal extends Error {
  constructor(readonly failure: ArchiveFailure) {
    super(failure.detail);
  }
}

/** Declared inflated size of each entry, by name (a Map: entry names are untrusted text). */
type Declared = Map<string, number>;

/** What the central directory declares and how the entries are flagged: cheap, nothing is inflated. */
function checkDeclared(bytes: Uint8Array, kind: ArchiveKind, limits: ArchiveLimits): ArchiveFailure | Declared {
  const declared: Declared = new Map();
  let total = 0;
  let entries = 0;
  let worst = '';
  unzipSync(bytes, {
    filter(file) {
      entries += 1;
      total += file.originalSize;
      declared.set(file.name, Math.max(declared.get(file.name) ?? 0, file.originalSize));
      if (file.originalSize > limits.ratioFloor && file.originalSize > file.size * limits.maxRatio) worst = file.name;
      return false;
    },
  });
  if (entries > limits.maxEntries) {
    const message = `${the(kind)}包含 ${entries} 个部件（上限 ${limits.maxEntries}），不像是正常的${kind.what}，未读取。`;
    return { ok: false, code: 'archive-too-many-parts', message, detail: `${entries} entries` };
  }
  if (total > limits.maxUncompressed) return tooLarge(kind, limits, 'size', `declared ${total} bytes`);
  if (worst) return tooLarge(kind, limits, 'ratio', `declared ${total} bytes, ${worst}`);
  const flagged = entryFlags(bytes).find((e) => ((e.local ?? 0) | e.central) & ENCRYPTION_FLAGS);
  if (flagged) {
    return {
      ok: false,
      code: 'archive-flagged',
      message: `${the(kind)}的内部结构已损坏：其中的部件“${flagged.name}”被标记为加密压缩，而 Word、Excel、WPS 保存的文件从不这样标记（设置打开密码的文件是另一种格式）。多半是文件在传输或修改中损坏。请向发送方重新索取原文件，或${kind.resave}。`,
      detail: `entry ${flagged.name}: central flags 0x${flagged.central.toString(16)}, local flags 0x${(flagged.local ?? 0).toString(16)}`,
    };
  }
  return declared;
}

/** An entry that inflates past the size the directory declared for it: a bomb in disguise, or damage. */
function understated(kind: ArchiveKind, name: string, declared: number): ArchiveFailure {
  return {
    ok: false,
    code: 'archive-too-large',
    message: `${the(kind)}的部件“${name}”解压后比文件自己声明的大小更大（“压缩炸弹”或已损坏的文件），为保护浏览器未读取。请确认文件来源，向发送方重新索取。`,
    detail: `${name}: declared ${declared} bytes, inflated more`,
  };
}

/**
 * Inflate every entry in small steps, counting; keep the entries `keep` asks for. Each entry may
 * not outgrow its declared size, so a lie is caught after one chunk; the cap still holds for
 * entries the directory does not list at all.
 */
function countedInflate(
  bytes: Uint8Array,
  kind: ArchiveKind,
  limits: ArchiveLimits,
  declared: Declared,
  keep: (name: string) => boolean,
): Record<string, Uint8Array> {
  // A small file is allowed the ratio floor; a larger one its size times the ratio, up to the cap.
  const cap = Math.min(limits.maxUncompressed, Math.max(limits.ratioFloor, bytes.length * limits.maxRatio));
  const files: Record<string, Uint8Array> = {};
  let total = 0;
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.onfile = (file) => {
    const chunks: Uint8Array[] = [];
    const wanted = keep(file.name);
    const allowed = declared.get(file.name) ?? Infinity;
    let inflated = 0;
    file.ondata = (error, chunk, final) => {
      if (error) throw error;
      inflated += chunk.length;
      if (inflated > allowed) throw new Refusal(understated(kind, file.name, allowed));
      total += chunk.length;
      if (total > cap) {
        const by = cap === limits.maxUncompressed ? 'size' : 'ratio';
        throw new Refusal(tooLarge(kind, limits, by, `inflated more than ${cap} bytes from ${bytes.length}`));
      }
      if (wanted) chunks.push(chunk);
      if (wanted && final) files[file.name] = concat(chunks);
    };
    file.start();
  };
  const step = 16 * 1024;
  for (let i = 0; i < bytes.length; i += step) unzip.push(bytes.subarray(i, i + step), i + step >= bytes.length);
  return files;
}

/**
 * Deflate expands at most 1,032 to 1, so an archive this small cannot inflate to more than about
 * 66 MB whatever it claims: inflating it in one go is bounded in time as the counted pass is.
 */
const SMALL_ARCHIVE = 64 * 1024;

/** A data descriptor after an entry's data: 12 bytes, or 16 with its optional signature. */
const DESCRIPTOR_SIZES = [0, 12, 16];

/**
 * The listed entries follow each other from the first byte to the directory, so nothing is hidden
 * between them (an entry the directory does not list is counted by the streaming pass instead).
 */
function tiled(entries: readonly EntryFlags[], directoryStart: number): boolean {
  let at = 0;
  for (const entry of [...entries].sort((a, b) => a.offset - b.offset)) {
    if (entry.dataStart === null || !DESCRIPTOR_SIZES.includes(entry.offset - at)) return false;
    at = entry.dataStart + entry.compressedSize;
  }
  return DESCRIPTOR_SIZES.includes(directoryStart - at);
}

/**
 * The counted pass's result for a small archive, in one go per entry (汇总 reads hundreds of
 * 20 kB files; the streaming pass costs half again as much on them). Each entry inflates into a
 * buffer one byte larger than it declares, so a lie still shows, and the declared sizes, which
 * bound the memory, must fit the cap. Null when any condition fails: the counted pass then decides.
 */
function inflateSmall(
  bytes: Uint8Array,
  kind: ArchiveKind,
  limits: ArchiveLimits,
  keep: (name: string) => boolean,
): Record<string, Uint8Array> | null {
  if (bytes.length > SMALL_ARCHIVE) return null;
  const { entries, complete, start } = zipDirectory(bytes);
  if (!complete || !tiled(entries, start)) return null;
  const cap = Math.min(limits.maxUncompressed, Math.max(limits.ratioFloor, bytes.length * limits.maxRatio));
  const declared = entries.reduce((n, e) => n + e.size, 0);
  const unique = new Set(entries.map((e) => e.name)).size === entries.length;
  if (!unique || declared > cap) return null;
  const files: Record<string, Uint8Array> = {};
  for (const entry of entries) {
    const data = bytes.subarray(entry.dataStart!, entry.dataStart! + entry.compressedSize);
    let inflated: Uint8Array;
    if (entry.method === 8) inflated = inflateSync(data, { out: new Uint8Array(entry.size + 1) });
    else if (entry.method === 0 && entry.compressedSize === entry.size) inflated = data;
    else return null;
    if (inflated.length > entry.size) throw new Refusal(understated(kind, entry.name, entry.size));
    if (keep(entry.name)) files[entry.name] = inflated.slice();
  }
  return files;
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * Check the archive and hand back the entries `keep` selects, inflated by the counted pass.
 * `limits` is a parameter so tests can prove the guard on small files; the app uses LIMITS.
 */
export function inflateArchive(
  bytes: Uint8Array,
  kind: ArchiveKind,
  keep: (name: string) => boolean,
  limits: ArchiveLimits = LIMITS,
): ArchiveEntries {
  try {
    const declared = checkDeclared(bytes, kind, limits);
    if (!(declared instanceof Map)) return declared;
    const files = inflateSmall(bytes, kind, limits, keep) ?? countedInflate(bytes, kind, limits, declared, keep);
    return { ok: true, files };
  } catch (error) {
    if (error instanceof Refusal) return error.failure;
    return {
      ok: false,
      code: 'archive-damaged',
      message: `${the(kind)}已损坏，无法解压读取。请${kind.resave}。`,
      detail: String(error),
    };
  }
}

/** Check only: for readers (SheetJS) that unzip by themselves once the guard has passed. */
export function checkArchive(bytes: Uint8Array, kind: ArchiveKind, limits: ArchiveLimits = LIMITS): ArchiveCheck {
  const result = inflateArchive(bytes, kind, () => false, limits);
  return result.ok ? { ok: true } : result;
}
