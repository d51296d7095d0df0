/**
 * .docx → plain text for the parser. Lazy-loaded by read-plan-file.ts (fflate and the XML walk
 * are only needed when someone opens a Word file).
 */
import { unzipSync, strFromU8 } from 'fflate';
import type { Problem } from '../../core/plan/types';
import { documentToLines } from './docx-document';
import { NumberingCounter, parseNumbering } from './docx-numbering';
import { parseStyleNumbering } from './docx-styles';
import { readerProblem } from './problems';

const WANTED = new Set(['word/document.xml', 'word/numbering.xml', 'word/styles.xml']);

export function readDocx(bytes: Uint8Array): { text: string; problems: Problem[] } {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => WANTED.has(f.name) });
  } catch (error) {
    return {
      text: '',
      problems: [
        readerProblem(
          'docx-unreadable',
          '无法读取该 Word 文件：文件可能已损坏。请在 Word 中重新另存为 .docx 后再导入。',
          String(error),
        ),
      ],
    };
  }
  const document = files['word/document.xml'];
  if (!document) {
    return {
      text: '',
      problems: [
        readerProblem(
          'docx-no-document',
          '该文件不是 Word 文档（缺少 word/document.xml）。请在 Word 中另存为 .docx 后再导入。',
          'no word/document.xml',
        ),
      ],
    };
  }
  const numbering = files['word/numbering.xml'];
  const styles = files['word/styles.xml'];
  const counter = numbering ? new NumberingCounter(parseNumbering(strFromU8(numbering))) : null;
  const styleNumbering = styles ? parseStyleNumbering(strFromU8(styles)) : new Map();
  return { text: documentToLines(strFromU8(document), counter, styleNumbering).join('\n'), problems: [] };
}
