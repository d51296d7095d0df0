/**
 * Printing a report the way a district office does, with LibreOffice, and reading the PDF back
 * with poppler: per page its text, and the size of CJK glyphs (a CJK glyph is as wide as its font
 * size, so a word's width over its length is the size it printed at).
 * Needs `soffice`, `pdftotext`, `pdftoppm` (CI installs libreoffice-calc poppler-utils).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SKIP_SOFFICE = process.env['PLAN_LEDGER_SKIP_SOFFICE'] === '1';

function run(dir: string, command: string, args: string[]): string {
  return execFileSync(command, args, {
    cwd: dir,
    encoding: 'utf8',
    timeout: 180_000,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** `name.xlsx` in `dir` → `name.pdf`, with a profile of its own so parallel runs do not meet. */
export function printToPdf(dir: string, xlsx: string): string {
  run(dir, 'soffice', [
    `-env:UserInstallation=file://${dir}/profile`,
    '--headless',
    '--convert-to',
    'pdf',
    '--outdir',
    dir,
    xlsx,
  ]);
  return xlsx.replace(/\.xlsx$/, '.pdf');
}

/**
 * `file` in `dir` opened and saved again by LibreOffice as `format` (`xlsx`, `pdf`) into `outDir`,
 * as a colleague using LibreOffice would return it; the path of the result. Writer is needed for .docx.
 */
export function convertWith(dir: string, file: string, format: string, outDir: string): string {
  run(dir, 'soffice', [
    `-env:UserInstallation=file://${dir}/profile`,
    '--headless',
    '--convert-to',
    format,
    '--outdir',
    outDir,
    file,
  ]);
  return join(outDir, file.replace(/\.[^.]+$/, `.${format.split(':')[0]}`));
}

export interface PrintedWord {
  text: string;
  x: number;
  y: number;
  width: number;
}

export interface PrintedPage {
  width: number;
  height: number;
  words: PrintedWord[];
  /** The page's text as laid out, one printed line per line (pdftotext -layout). */
  text: string;
  /** The page's text in content order: a wrapped cell's lines stay together (pdftotext -raw). */
  raw: string;
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

export function readPdf(dir: string, pdf: string): PrintedPage[] {
  const html = run(dir, 'pdftotext', ['-bbox', pdf, '-']);
  const pages = html.split('<page ').slice(1);
  return pages.map((page, i) => {
    const size = /width="([\d.]+)" height="([\d.]+)"/.exec(page);
    const words = [...page.matchAll(/xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</g)].map(
      (m) => ({ text: decode(m[4] ?? ''), x: Number(m[1]), y: Number(m[2]), width: Number(m[3]) - Number(m[1]) }),
    );
    const range = ['-f', String(i + 1), '-l', String(i + 1)];
    const text = run(dir, 'pdftotext', ['-layout', ...range, pdf, '-']);
    const raw = run(dir, 'pdftotext', ['-raw', ...range, pdf, '-']);
    return { width: Number(size?.[1]), height: Number(size?.[2]), words, text, raw };
  });
}

const CJK_WORD = /^[\u4e00-\u9fff]{2,}$/u;

/** Font sizes the page's all-CJK words printed at, in points, one per word. */
export function glyphSizes(page: PrintedPage): number[] {
  return page.words.filter((w) => CJK_WORD.test(w.text)).map((w) => w.width / [...w.text].length);
}

/** The sheet a page belongs to, from its footer (`推进情况 第 2 页`). */
export function footerOf(page: PrintedPage): { sheet: string; page: number } | null {
  const m = /(\S+)\s*第\s*(\d+)\s*页\s*$/.exec(page.text.trim());
  return m ? { sheet: m[1] ?? '', page: Number(m[2]) } : null;
}

/** Page `page` (1-based) of the PDF as a PNG at `dpi`. */
export function pagePng(dir: string, pdf: string, page: number, dpi: number): Buffer {
  const p = String(page);
  run(dir, 'pdftoppm', ['-png', '-r', String(dpi), '-f', p, '-l', p, '-singlefile', pdf, 'shot']);
  return readFileSync(join(dir, 'shot.png'));
}

/** Images per page (`pdfimages -list`): page numbers, one entry per image drawn. */
export function imagePages(dir: string, pdf: string): number[] {
  const list = run(dir, 'pdfimages', ['-list', pdf]);
  return list
    .split('\n')
    .slice(2)
    .map((line) => Number(line.trim().split(/\s+/)[0]))
    .filter((n) => Number.isInteger(n) && n > 0);
}
