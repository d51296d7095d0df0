/** File names that every operating system accepts. */
import { stripControls } from './build/cell-text';

const ILLEGAL = /[\\/:*?"<>|]/g;
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

/** Replace characters illegal on Windows/macOS/Linux, trim dots and spaces, cap the length. */
export function sanitizeFileName(name: string, extension: string): string {
  let base = stripControls(name)
    .replace(/\u007f/g, '')
    .replace(ILLEGAL, '_')
    .replace(/\s+/g, ' ')
    .trim();
  base = base.replace(/^[.\s]+|[.\s]+$/g, '');
  if (!base || RESERVED.test(base)) base = `报表${base ? `_${base}` : ''}`;
  // Many file systems cap names at 255 bytes; a CJK character is 3 bytes in UTF-8.
  const chars = Array.from(base);
  if (chars.length > 80) base = chars.slice(0, 80).join('');
  return `${base}.${extension}`;
}

/** `殿前街道-2021年湖里区民政工作要点-半年推进情况.xlsx`. */
export function reportFileName(parts: readonly string[]): string {
  return sanitizeFileName(
    parts
      .map((p) => p.trim())
      .filter(Boolean)
      .join('-'),
    'xlsx',
  );
}
