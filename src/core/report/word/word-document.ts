/**
 * A Word document as plain data: the blocks of a 公文-style draft (title, two heading levels,
 * body paragraphs with an optional lead-in, the signature). Built by the pure core, written to
 * .docx by `src/io/word`; nothing here knows the docx library.
 */
export type BlockKind = 'title' | 'heading1' | 'heading2' | 'body' | 'signature';

export interface Block {
  kind: BlockKind;
  text: string;
  /** Printed before the text in the heading face, e.g. a task's number and title. */
  lead?: string;
}

export interface WordDocument {
  fileName: string;
  title: string;
  blocks: Block[];
}

/** One body paragraph per line of a note; the lead-in goes on the first. */
export function noteBlocks(text: string, lead?: string): Block[] {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length === 0) return [{ kind: 'body', text: '', ...(lead ? { lead } : {}) }];
  return lines.map((line, i) => ({ kind: 'body', text: line, ...(i === 0 && lead ? { lead } : {}) }));
}

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 一 … 十, 十一 … 九十九: heading numbers. */
export function chineseNumber(n: number): string {
  if (n <= 10) return NUMERALS[n - 1] ?? String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens > 1 ? NUMERALS[tens - 1] : ''}十${ones ? NUMERALS[ones - 1] : ''}`;
}
