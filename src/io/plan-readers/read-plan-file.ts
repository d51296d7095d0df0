/**
 * One entry point for files the user opens: `readPlanFile({name, bytes})` → the plan's text and
 * problems. Dispatches on magic bytes first and the extension second; Word and HTML readers are
 * loaded with import() the first time they are needed. Refusals (.doc, .pdf, images, > 20 MB)
 * come back as problems with a Chinese message saying what to do; nothing throws.
 */
import type { Problem } from '../../core/plan/types';
import { decodeText } from '../decode-text';
import { lazy } from '../lazy';
import { MAX_PLAN_FILE_BYTES, readerProblem } from './problems';

export interface PlanFile {
  name: string;
  bytes: Uint8Array;
}

export interface ReadPlanResult {
  text: string;
  problems: Problem[];
}

type Format = 'docx' | 'zip' | 'doc' | 'pdf' | 'image' | 'rtf' | 'html' | 'text' | 'unknown';

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  return signature.every((b, i) => bytes[at + i] === b);
}

const IMAGE_EXT = /\.(?:png|jpe?g|gif|bmp|tiff?|webp|heic|heif)$/i;

export function sniffFormat(name: string, bytes: Uint8Array): Format {
  const ext = name.toLowerCase();
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]))
    return ext.endsWith('.docx') || ext.endsWith('.docm') ? 'docx' : 'zip';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return 'doc';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return 'rtf';
  const image =
    startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) ||
    startsWith(bytes, [0xff, 0xd8, 0xff]) ||
    startsWith(bytes, [0x47, 0x49, 0x46, 0x38]) ||
    startsWith(bytes, [0x42, 0x4d]) ||
    startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) ||
    startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a]) ||
    (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8));
  if (image || IMAGE_EXT.test(ext)) return 'image';
  if (/\.(?:docx|docm)$/.test(ext)) return 'docx';
  if (/\.(?:doc|wps)$/.test(ext)) return 'doc';
  if (ext.endsWith('.pdf')) return 'pdf';
  if (/\.(?:html?|xhtml|mht)$/.test(ext)) return 'html';
  if (/\.(?:txt|text|md|markdown|csv)$/.test(ext) || !/\.[a-z0-9]{1,5}$/.test(ext)) return 'text';
  return 'unknown';
}

const REFUSALS: Record<'zip' | 'doc' | 'pdf' | 'image' | 'rtf' | 'unknown', string> = {
  doc: '暂不支持旧版 Word（.doc/.wps）文件。请在 Word 或 WPS 中另存为 .docx 后再导入。',
  pdf: '暂不支持 PDF 文件。请在原始 Word 文件中另存为 .docx 后导入，或把 PDF 中的文字复制后粘贴导入。',
  image: '图片无法直接导入。请使用原始 Word 文件（另存为 .docx）导入，或把文字复制后粘贴导入。',
  rtf: '暂不支持 RTF 文件。请在 Word 中另存为 .docx 后再导入。',
  zip: '该压缩文件不是 Word 文档（.docx）。请选择 .docx、.txt 或 .html 文件导入。',
  unknown: '无法识别该文件类型。请选择 .docx、.txt 或 .html 文件，或把文字复制后粘贴导入。',
};

const loadDocxReader = lazy(() => import('./read-docx'));
const loadHtmlReader = lazy(() => import('./read-html'));

function refuse(code: string, message: string, detail: string): ReadPlanResult {
  return { text: '', problems: [readerProblem(code, message, detail)] };
}

/**
 * A reader that cannot be loaded and a file the reader cannot read are different troubles with
 * different remedies (reload the page / save the file again), so they get different messages.
 */
async function withReader<M>(
  load: () => Promise<M>,
  what: string,
  read: (reader: M) => ReadPlanResult | Promise<ReadPlanResult>,
): Promise<ReadPlanResult> {
  let reader: M;
  try {
    reader = await load();
  } catch (error) {
    return refuse('reader-load-failed', `无法加载${what}读取组件，请刷新页面后重试。`, String(error));
  }
  try {
    return await read(reader);
  } catch (error) {
    return refuse('reader-failed', `无法读取这个${what}文件：内容可能已损坏，请另存一份后再导入。`, String(error));
  }
}

function readDocxLazily(bytes: Uint8Array): Promise<ReadPlanResult> {
  return withReader(loadDocxReader, 'Word', (m) => m.readDocx(bytes));
}

function readHtmlLazily(bytes: Uint8Array): Promise<ReadPlanResult> {
  const decoded = decodeText(bytes);
  return withReader(loadHtmlReader, '网页', (m) => ({ text: m.htmlToText(decoded.text), problems: decoded.problems }));
}

export async function readPlanFile(file: PlanFile): Promise<ReadPlanResult> {
  if (file.bytes.length > MAX_PLAN_FILE_BYTES) {
    const mb = (file.bytes.length / 1024 / 1024).toFixed(1);
    return refuse(
      'file-too-large',
      `文件过大（${mb} MB），超过 20 MB 的上限。请只保留工作要点正文后再导入。`,
      `${file.bytes.length} bytes`,
    );
  }
  if (file.bytes.length === 0) return refuse('file-empty', '文件是空的，没有可导入的内容。', 'zero bytes');
  const format = sniffFormat(file.name, file.bytes);
  switch (format) {
    case 'docx':
      return readDocxLazily(file.bytes);
    case 'html':
      return readHtmlLazily(file.bytes);
    case 'text': {
      const decoded = decodeText(file.bytes);
      // A saved web page renamed to .txt still reads as a web page.
      if (/^\s*<(?:!doctype html|html)/i.test(decoded.text.slice(0, 512))) return readHtmlLazily(file.bytes);
      return decoded;
    }
    default:
      return refuse(`unsupported-${format}`, REFUSALS[format], `${file.name}: ${format}`);
  }
}
