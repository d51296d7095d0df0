/**
 * .docx → plain text for the parser. Lazy-loaded by read-plan-file.ts (fflate and the XML walk
 * are only needed when someone opens a Word file). The parts come out of the archive guard's
 * counted inflate, so a zip bomb is refused before it can fill memory.
 */
import { strFromU8 } from 'fflate';
import type { Problem } from '../../core/plan/types';
import { inflateArchive, LIMITS, type ArchiveKind, type ArchiveLimits } from '../archive-guard';
import { documentToLines } from './docx-document';
import { NumberingCounter, parseNumbering } from './docx-numbering';
import { parseStyleNumbering } from './docx-styles';
import { readerProblem } from './problems';

const WANTED = new Set(['word/document.xml', 'word/numbering.xml', 'word/styles.xml']);

const WORD: ArchiveKind = { what: 'Word 文档', resave: '在 Word 或 WPS 中打开后另存为 .docx 再导入' };

/** `limits` is for tests (a bomb proven on a small file); the app uses the guard's LIMITS. */
export function readDocx(bytes: Uint8Array, limits: ArchiveLimits = LIMITS): { text: string; problems: Problem[] } {
  const archive = inflateArchive(bytes, WORD, (name) => WANTED.has(name), limits);
  if (!archive.ok) return { text: '', problems: [readerProblem(archive.code, archive.message, archive.detail)] };
  const files = archive.files;
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
