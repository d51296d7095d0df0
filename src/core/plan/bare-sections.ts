/**
 * Section headings that lost their numerals: a page's list formatting (or a copy from it) can drop
 * the `一、` of `一、总体要求`, leaving `总体要求` / `重点整治内容` / `工作安排` on lines of their own.
 * When a plan has no `一、` at all and at least two lines are such headings word for word, they
 * get their numerals back in order, so the ordinary reader sees the sections the plan has.
 */
import { numberToChinese } from './numerals';

// The headings plans use for their parts; a line must be one of them exactly (a colon allowed).
const SECTION_WORDS = new Set([
  '总体要求',
  '指导思想',
  '基本原则',
  '工作原则',
  '工作目标',
  '总体目标',
  '主要目标',
  '目标任务',
  '工作任务',
  '主要任务',
  '重点任务',
  '重点工作',
  '主要内容',
  '工作内容',
  '整治内容',
  '重点整治内容',
  '整治重点',
  '工作措施',
  '主要措施',
  '推进措施',
  '实施步骤',
  '工作步骤',
  '工作安排',
  '时间安排',
  '进度安排',
  '实施安排',
  '职责分工',
  '责任分工',
  '工作机制',
  '组织领导',
  '组织保障',
  '保障措施',
  '工作要求',
  '适用范围',
  '联系方式',
]);

const LONGEST_WORD = Math.max(...[...SECTION_WORDS].map((w) => w.length));

/** `指导思想` of `指导思想以习近平…为指导，…`: a section word a one-line copy ran into its text. */
export function leadingSectionWord(text: string): string | null {
  // `工作机制及职责分工建立健全…`: two heading words joined by 及/和/与 are one heading.
  const first = oneSectionWord(text);
  const second =
    first && /^[及和与]/.test(text.slice(first.length)) ? oneSectionWord(text.slice(first.length + 1)) : null;
  return first && second ? `${first}${text[first.length] ?? ''}${second}` : first;
}

/** Whether `text` opens with a part's heading word, whatever follows it. */
export function opensWithSectionWord(text: string): boolean {
  for (let n = LONGEST_WORD; n >= 4; n--) if (SECTION_WORDS.has(text.slice(0, n))) return true;
  return false;
}

function oneSectionWord(text: string): string | null {
  for (let n = LONGEST_WORD; n >= 4; n--) {
    const word = text.slice(0, n);
    // `目标任务 紧盯…`: the space the page's paragraph break became may stand between them.
    if (SECTION_WORDS.has(word) && /^\s?[\p{Script=Han}\d“"]/u.test(text.slice(n))) return word;
  }
  return null;
}

const SECTION_NUMERAL = /^\s*[一二三四五六七八九十]{1,3}\s*[、.．]/;

function headingWord(line: string): boolean {
  return SECTION_WORDS.has(line.trim().replace(/[:：]$/, ''));
}

export function numberBareSections(lines: readonly string[]): string[] {
  if (lines.some((l) => SECTION_NUMERAL.test(l))) return [...lines];
  const headings = lines.flatMap((l, i) => (headingWord(l) ? [i] : []));
  if (headings.length < 2) return [...lines];
  const out = [...lines];
  headings.forEach((i, n) => (out[i] = `${numberToChinese(n + 1)}、${(lines[i] ?? '').trim()}`));
  return out;
}
