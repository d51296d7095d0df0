/**
 * Essay mode, for plans written without numbers: the first body paragraph is the preamble and
 * every later paragraph is a task keyed by its order (only the `——` ones when some are so marked);
 * `一是/二是` runs inside become subtasks.
 */
import { isClosingAt } from './body-lines';
import { isMetadataLine } from './lines';
import { isNoiseLine } from './noise';

export interface EssayParagraph {
  line: number;
  text: string;
}

export interface Essay {
  preamble: string[];
  paragraphs: EssayParagraph[];
  firstParagraph: number;
}

// Salutations (`各街道街政办、各有关单位:`) and one-word headings are not paragraphs.
function isParagraph(line: string): boolean {
  if (/[:：]$/.test(line)) return false;
  const letters = line.match(/\p{L}/gu)?.length ?? 0;
  return letters >= 8;
}

const DASH = /^——\s*/;

/**
 * `——让乡村旅游“火起来”。…`: when paragraphs are marked with a dash, those are the tasks and the
 * unmarked ones (the opening, the 总体要求) are preamble; the dash is not part of the text.
 */
function dashedOnly(essay: Essay): Essay {
  const all = essay.firstParagraph < 0 ? [] : [{ line: essay.firstParagraph, text: essay.preamble[0] ?? '' }];
  all.push(...essay.paragraphs);
  const dashed = all.filter((p) => DASH.test(p.text));
  if (dashed.length === 0) return essay;
  return {
    preamble: all.filter((p) => !DASH.test(p.text)).map((p) => p.text),
    paragraphs: dashed.map((p) => ({ line: p.line, text: p.text.replace(DASH, '') })),
    firstParagraph: essay.firstParagraph,
  };
}

export function readEssay(lines: readonly string[], start: number, end = lines.length): Essay {
  const essay: Essay = { preamble: [], paragraphs: [], firstParagraph: -1 };
  for (let i = start; i < end; i++) {
    const line = lines[i] ?? '';
    if (line.length === 0 || isNoiseLine(line) || isMetadataLine(line) || isClosingAt(lines, i)) continue;
    if (!isParagraph(line)) continue;
    if (essay.firstParagraph < 0) {
      essay.firstParagraph = i;
      essay.preamble.push(line);
    } else {
      essay.paragraphs.push({ line: i, text: line });
    }
  }
  return dashedOnly(essay);
}
