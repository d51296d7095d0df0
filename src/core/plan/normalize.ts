/**
 * Cleaning that every input gets before any recognition: line endings, odd spaces, control
 * characters, full-width digits and pinyin annotations. Line count is preserved so that problem
 * line numbers point into the cleaned text.
 */
import { stripPinyin } from './pinyin';

// Zero-width characters and stray BOMs left by copy-paste from web pages and Word.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
// Every C0/C1 control except \n (\r is handled first, \t becomes a space).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
const ODD_SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const FULL_WIDTH_DIGIT = /[\uFF10-\uFF19]/g;

/** Web copies of tables end every cell line with ` |` (checked by hand: `\s+\|$` is quadratic on spaces). */
function withoutTrailingPipe(line: string): string {
  if (!line.endsWith('|')) return line;
  let end = line.length - 1;
  while (end > 0 && /\s/.test(line[end - 1] ?? '')) end--;
  return end < line.length - 1 ? line.slice(0, end) : line;
}

/** One line, cleaned: spaces normalised, full-width digits made ASCII, pinyin stripped, trimmed. */
export function cleanLine(line: string): string {
  const spaced = withoutTrailingPipe(line)
    .replace(INVISIBLE, '')
    .replace(ODD_SPACES, ' ')
    .replace(CONTROL, '')
    .replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  return stripPinyin(spaced).trim();
}

/** The cleaned input as lines; `cleanPlanText(x).join('\n')` is what titles are substrings of. */
export function cleanPlanText(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split('\n').map(cleanLine);
}
