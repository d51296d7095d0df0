/**
 * Bytes of a text file (a .txt plan, a saved web page, a .csv report) → text. UTF-8 (with or
 * without BOM) and UTF-16 with a BOM are certain; anything that is not valid UTF-8 is read as
 * GB18030, the superset of GBK/GB2312 that Chinese Windows still writes (Excel's 另存为 CSV too).
 * TextDecoder('gb18030') exists in Chromium and Node 20 (full ICU).
 */
import type { Problem } from '../core/plan/types';
import { readerProblem } from './plan-readers/problems';

function decode(label: string, bytes: Uint8Array, fatal = false): string {
  return new TextDecoder(label, { fatal }).decode(bytes);
}

// UTF-16 without a BOM: ASCII-heavy text has a zero in every other byte.
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

export function decodeText(bytes: Uint8Array): { text: string; problems: Problem[] } {
  const [a, b, c] = [bytes[0], bytes[1], bytes[2]];
  if (a === 0xef && b === 0xbb && c === 0xbf) return { text: decode('utf-8', bytes.subarray(3)), problems: [] };
  if (a === 0xff && b === 0xfe) return { text: decode('utf-16le', bytes.subarray(2)), problems: [] };
  if (a === 0xfe && b === 0xff) return { text: decode('utf-16be', bytes.subarray(2)), problems: [] };
  const utf16 = sniffUtf16(bytes);
  if (utf16) return { text: decode(utf16, bytes), problems: [] };
  try {
    return { text: decode('utf-8', bytes, true), problems: [] };
  } catch {
    const text = decode('gb18030', bytes);
    const problems = [
      readerProblem(
        'encoding-gb18030',
        '文件不是 UTF-8 编码，已按 GB18030（GBK）读取；如有乱码，请另存为 UTF-8 后再导入。',
        'invalid UTF-8, decoded as gb18030',
      ),
    ];
    return { text, problems };
  }
}
