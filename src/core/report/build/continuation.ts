/**
 * A task whose text is too long for one row (Excel caps a row at 409 pt, and a row never splits
 * across pages) continues in continuation rows: same task, 序号 marked （续）, each long text
 * carried on from where the row above stopped, so every character prints. Texts are cut between
 * paragraphs where possible, else after a sentence, else where the line ends; how the parts join
 * is recorded so a filled-in file reads back as the one text it was.
 */
import { lineStarts, wrappedLines } from './text-measure';

/** `parts.join` with `joins[i]` between parts i and i + 1 gives the text back exactly. */
export interface SplitText {
  parts: string[];
  /** '\n' where the cut fell between paragraphs, '' inside a paragraph. */
  joins: ('\n' | '')[];
}

/** A part ends before a paragraph that would get fewer lines than this on its page. */
const MIN_SPLIT_LINES = 2;

const SENTENCE_ENDS = new Set(['。', '！', '？', '；', '!', '?', ';']);
const CLAUSE_ENDS = new Set(['，', '、', '：', ',', ':']);

/** Index to cut a paragraph at so the head takes at most `lines` lines: after a sentence if one ends late enough. */
function cutIndex(chars: string[], starts: number[], lines: number): number {
  const limit = starts[lines - 1] ?? chars.length;
  for (const ends of [SENTENCE_ENDS, CLAUSE_ENDS]) {
    for (let i = limit; i > limit / 2; i--) if (ends.has(chars[i - 1] ?? '')) return i;
  }
  return Math.max(1, limit);
}

/** The parts of `text`, part k holding at most `capacities[k]` lines (the last capacity repeats). */
export function splitText(
  text: string,
  columnWidth: number,
  fontSize: number,
  capacities: readonly number[],
): SplitText {
  const capacity = (k: number) => Math.max(1, capacities[Math.min(k, capacities.length - 1)] ?? 1);
  const parts: string[] = [];
  const joins: ('\n' | '')[] = [];
  let current: string[] = [];
  let lines = 0;
  const flush = (join: '\n' | '') => {
    parts.push(current.join('\n'));
    joins.push(join);
    current = [];
    lines = 0;
  };
  for (const paragraph of text.split(/\r?\n/)) {
    let rest = paragraph;
    for (;;) {
      const need = wrappedLines(rest, columnWidth, fontSize);
      const free = capacity(parts.length) - lines;
      if (need <= free) {
        current.push(rest);
        lines += need;
        break;
      }
      if (free < MIN_SPLIT_LINES && current.length > 0) {
        flush('\n');
        continue;
      }
      const chars = Array.from(rest);
      const cut = cutIndex(chars, lineStarts(rest, columnWidth, fontSize), free);
      current.push(chars.slice(0, cut).join(''));
      flush('');
      rest = chars.slice(cut).join('');
    }
  }
  parts.push(current.join('\n'));
  return { parts, joins };
}

/** The text the parts were cut from. */
export function joinParts(parts: readonly string[], joins: readonly string[]): string {
  return parts.reduce((text, part, i) => (i === 0 ? part : text + (joins[i - 1] ?? '\n') + part), '');
}
