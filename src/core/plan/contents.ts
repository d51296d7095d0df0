/**
 * A table of contents before the plan's title: a run of short numbered headings without a sentence
 * (`一、坚持党的全面领导` / `（一）抓牢思想铸魂` …) that ends at the plan's own title line. Its
 * entries are never sections or tasks; the plan starts at the title after them.
 */
import { isTitleLike } from './cover';
import { readMarker } from './markers';

const MIN_ENTRIES = 5;

function isEntry(line: string): boolean {
  return line.length <= 60 && !/[。；;！？]/.test(line) && readMarker(line) !== null;
}

/** The line of the title that closes a contents block starting at `first`, or -1 when there is none. */
export function contentsTitle(lines: readonly string[], first: number): number {
  if (first < 0) return -1;
  let entries = 0;
  for (let i = first; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.length === 0) continue;
    if (isEntry(line)) {
      entries++;
      continue;
    }
    return entries >= MIN_ENTRIES && isTitleLike(line) ? i : -1;
  }
  return -1;
}
