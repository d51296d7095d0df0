/**
 * Zip containers (.xlsx, .ods, newer .et) are checked before SheetJS sees them: a zip bomb
 * (a few KB that inflate to gigabytes) would otherwise freeze or crash the tab.
 */
import { Unzip, UnzipInflate, unzipSync } from 'fflate';

export interface ArchiveLimits {
  /** Total inflated size of all entries. */
  maxUncompressed: number;
  /** Inflated/compressed ratio above which a large entry is treated as a bomb. */
  maxRatio: number;
  /** Entries below this size are never called bombs, whatever their ratio. */
  ratioFloor: number;
  maxEntries: number;
}

export const LIMITS: ArchiveLimits = {
  maxUncompressed: 100 * 1024 * 1024,
  maxRatio: 200,
  ratioFloor: 4 * 1024 * 1024,
  maxEntries: 5000,
};

export type ArchiveCheck = { ok: true } | { ok: false; message: string; detail: string };

const TOO_BIG = '文件解压后过大（可能是“压缩炸弹”或异常文件），为保护浏览器未读取';

/** What the central directory declares: cheap, nothing is inflated. */
function checkDeclared(bytes: Uint8Array, limits: ArchiveLimits): ArchiveCheck {
  let total = 0;
  let entries = 0;
  let worst = '';
  unzipSync(bytes, {
    filter(file) {
      entries += 1;
      total += file.originalSize;
      if (file.originalSize > limits.ratioFloor && file.originalSize > file.size * limits.maxRatio) worst = file.name;
      return false;
    },
  });
  if (entries > limits.maxEntries)
    return { ok: false, message: '文件包含的部件过多，不像是正常的表格文件', detail: `${entries} entries` };
  if (total > limits.maxUncompressed || worst)
    return { ok: false, message: TOO_BIG, detail: `declared ${total} bytes ${worst}` };
  return { ok: true };
}

/** What actually comes out, counted while inflating in small steps (headers can lie). */
function checkInflated(bytes: Uint8Array, limits: ArchiveLimits): ArchiveCheck {
  let total = 0;
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.onfile = (file) => {
    file.ondata = (error, chunk) => {
      if (error) throw error;
      total += chunk.length;
      if (total > limits.maxUncompressed) throw new RangeError(`inflated more than ${limits.maxUncompressed}`);
    };
    file.start();
  };
  const step = 16 * 1024;
  for (let i = 0; i < bytes.length; i += step) unzip.push(bytes.subarray(i, i + step), i + step >= bytes.length);
  return { ok: true };
}

/** `limits` is a parameter so tests can prove the guard on small files; the app uses LIMITS. */
export function checkArchive(bytes: Uint8Array, limits: ArchiveLimits = LIMITS): ArchiveCheck {
  try {
    const declared = checkDeclared(bytes, limits);
    return declared.ok ? checkInflated(bytes, limits) : declared;
  } catch (error) {
    if (error instanceof RangeError) return { ok: false, message: TOO_BIG, detail: error.message };
    return {
      ok: false,
      message: '文件已损坏，无法解压读取，请用 Excel 或 WPS 打开后另存一份再导入',
      detail: String(error),
    };
  }
}
