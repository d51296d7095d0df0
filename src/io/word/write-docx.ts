/** Writes a WordDocument (plain data from `src/core/report/word`) to .docx bytes with the docx library. */
import type { IRunOptions, Paragraph as DocxParagraph } from 'docx';
import type { Block, BlockKind, WordDocument } from '../../core/report/word/word-document';
import { FIRST_LINE_INDENT, FONTS, fontTableXml, LINE_TWIPS, PAGE, SIZES } from './gbt9704';
import { DOCX_LOAD_FAILED_MESSAGE, loadDocx } from './load-docx';

type Docx = Awaited<ReturnType<typeof loadDocx>>;

const face = (name: string) => ({ ascii: name, eastAsia: name, hAnsi: name, hint: 'eastAsia' as const });

const RUN: Readonly<Record<BlockKind, IRunOptions>> = {
  title: { font: face(FONTS.title.name), size: SIZES.title },
  heading1: { font: face(FONTS.heading1.name), size: SIZES.body },
  heading2: { font: face(FONTS.heading2.name), size: SIZES.body },
  body: { font: face(FONTS.body.name), size: SIZES.body },
  signature: { font: face(FONTS.body.name), size: SIZES.body },
};

function paragraph(d: Docx, block: Block): DocxParagraph {
  const line = { line: LINE_TWIPS, lineRule: d.LineRuleType.EXACT };
  const runs = [
    ...(block.lead ? [new d.TextRun({ ...RUN.body, text: block.lead, bold: true })] : []),
    new d.TextRun({ ...RUN[block.kind], text: block.text }),
  ];
  switch (block.kind) {
    case 'title':
      // The title sits one line below the top margin and keeps a blank line under it.
      return new d.Paragraph({
        children: runs,
        alignment: d.AlignmentType.CENTER,
        spacing: { before: LINE_TWIPS, after: LINE_TWIPS, line: 760, lineRule: d.LineRuleType.EXACT },
      });
    case 'signature':
      return new d.Paragraph({
        children: runs,
        alignment: d.AlignmentType.RIGHT,
        indent: { right: FIRST_LINE_INDENT * 2 },
        spacing: line,
      });
    default:
      return new d.Paragraph({
        children: runs,
        alignment: d.AlignmentType.JUSTIFIED,
        indent: { firstLine: FIRST_LINE_INDENT },
        spacing: line,
        keepNext: block.kind !== 'body',
      });
  }
}

/** `— 1 —` in 4号 宋体, odd pages on the right and even pages on the left, one character in. */
function pageFooter(d: Docx, side: 'left' | 'right') {
  const run = { font: face('宋体'), size: SIZES.pageNumber };
  return new d.Footer({
    children: [
      new d.Paragraph({
        alignment: side === 'right' ? d.AlignmentType.RIGHT : d.AlignmentType.LEFT,
        indent: side === 'right' ? { right: 280 } : { left: 280 },
        children: [new d.TextRun({ ...run, children: ['— ', d.PageNumber.CURRENT, ' —'] })],
      }),
    ],
  });
}

export async function writeDocx(document: WordDocument): Promise<Uint8Array> {
  const d = await loadDocx().catch((error: unknown) => {
    throw new Error(DOCX_LOAD_FAILED_MESSAGE, { cause: error });
  });
  const doc = new d.Document({
    creator: '要点台账',
    title: document.title,
    evenAndOddHeaderAndFooters: true,
    styles: { default: { document: { run: RUN.body } } },
    sections: [
      {
        properties: {
          page: { size: { width: PAGE.width, height: PAGE.height }, margin: { ...PAGE.margin, footer: 1560 } },
        },
        footers: { default: pageFooter(d, 'right'), even: pageFooter(d, 'left') },
        children: document.blocks.map((b) => paragraph(d, b)),
      },
    ],
  });
  const overrides = [{ path: 'word/fontTable.xml', data: fontTableXml() }];
  const buffer = await d.Packer.toArrayBuffer(doc, false, overrides);
  return new Uint8Array(buffer);
}
