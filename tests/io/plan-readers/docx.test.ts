/** .docx fixtures are built here from XML strings (no binaries in the repository). */
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { readDocx } from '../../../src/io/plan-readers/read-docx';
import { readPlanFile } from '../../../src/io/plan-readers/read-plan-file';
import { LIMITS } from '../../../src/io/archive-guard';
import { hideFirstEntry, setDeclaredSizes } from '../../helpers/zip-mutations';
import { formatNumber } from '../../../src/io/plan-readers/docx-number-format';
import { parsePlan } from '../../../src/core/plan/parse-plan';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function para(text: string, numId?: number, ilvl = 0): string {
  const numPr =
    numId === undefined ? '' : `<w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>`;
  return `<w:p>${numPr}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}

function lvl(ilvl: number, numFmt: string, lvlText: string, suff = 'nothing', start = 1): string {
  return `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${numFmt}"/><w:suff w:val="${suff}"/><w:lvlText w:val="${lvlText}"/></w:lvl>`;
}

function docx(body: string, numbering?: string): Uint8Array {
  const files: Record<string, Uint8Array> = {
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}</w:body></w:document>`,
    ),
  };
  if (numbering)
    files['word/numbering.xml'] = strToU8(`<?xml version="1.0"?><w:numbering ${W}>${numbering}</w:numbering>`);
  return zipSync(files);
}

const NUMBERING = [
  `<w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1、')}${lvl(1, 'decimal', '%2.')}</w:abstractNum>`,
  `<w:abstractNum w:abstractNumId="1">${lvl(0, 'chineseCountingThousand', '（%1）', 'tab')}</w:abstractNum>`,
  `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`,
  `<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="10"/></w:lvlOverride></w:num>`,
  `<w:num w:numId="3"><w:abstractNumId w:val="0"/></w:num>`,
  `<w:num w:numId="4"><w:abstractNumId w:val="1"/></w:num>`,
].join('');

describe('readDocx: automatic numbering', () => {
  const body = [
    para('2024年某局工作要点'),
    para('加强党建', 1, 0),
    para('深化学习。内容。', 1, 1),
    para('从严治党。', 1, 1),
    para('优化服务', 1, 0),
    para('推进改革。', 1, 1),
    para('强化保障', 3, 0),
    para('完善机制。', 3, 1),
    para('完善制度', 2, 0),
    para('甲项', 4, 0),
    para('乙项', 4, 0),
    para('没有编号的段落 &amp; 实体'),
  ].join('');
  const { text, problems } = readDocx(docx(body, NUMBERING));

  it('renders numbers as LibreOffice shows them, counting per abstract list, honouring startOverride', () => {
    expect(problems).toEqual([]);
    expect(text.split('\n')).toEqual([
      '2024年某局工作要点',
      '一、加强党建',
      '1.深化学习。内容。',
      '2.从严治党。',
      '二、优化服务',
      '1.推进改革。',
      '三、强化保障',
      '1.完善机制。',
      '十、完善制度',
      '（一）\t甲项',
      '（二）\t乙项',
      '没有编号的段落 & 实体',
    ]);
  });

  it('feeds the parser', () => {
    const { plan } = parsePlan(text);
    expect(plan.sections.map((s) => s.key)).toEqual(['一', '二', '三', '十']);
    expect(plan.tasks.map((t) => `${t.key} ${t.title}`)).toEqual([
      '一(1) 深化学习',
      '一(2) 从严治党',
      '二(1) 推进改革',
      '三(1) 完善机制',
      // Section 十 holds （一）（二） items: tasks are chosen per section (issue 10, shared gumei plan).
      '十(一) 甲项',
      '十(二) 乙项',
    ]);
  });
});

describe('formatNumber', () => {
  it.each([
    [11, 'chineseCounting', '十一'],
    [20, 'chineseCountingThousand', '二十'],
    [105, 'chineseCounting', '一百零五'],
    [3, 'ideographTraditional', '丙'],
    [2, 'chineseLegalSimplified', '贰'],
    [4, 'decimalEnclosedCircle', '④'],
    [7, 'decimalZero', '07'],
    [28, 'lowerLetter', 'ab'],
    [14, 'upperRoman', 'XIV'],
  ])('%i as %s → %s', (n, fmt, expected) => expect(formatNumber(n, fmt)).toBe(expected));
});

describe('readDocx: task tables', () => {
  const cell = (t: string): string => `<w:tc>${para(t)}</w:tc>`;
  const row = (...cells: string[]): string => `<w:tr>${cells.map(cell).join('')}</w:tr>`;
  const table = `<w:tbl>${[
    row('序号', '工作任务', '牵头单位', '配合单位', '完成时限'),
    `<w:tr><w:tc><w:tcPr><w:gridSpan w:val="5"/></w:tcPr>${para('一、加强党建')}</w:tc></w:tr>`,
    row('1', '深化理论学习。全年开展集中学习12次。', '区民政局', '区委党校、区财政局', '2024年12月底前'),
    row('2', '推进一网通办。', '区政务办', '', '6月底前'),
  ].join('')}</w:tbl>`;
  const { text } = readDocx(docx(para('2024年某区工作要点') + table));

  it('maps the columns to lines the parser reads', () => {
    expect(text.split('\n')).toEqual([
      '2024年某区工作要点',
      '一、加强党建',
      '1. 深化理论学习。全年开展集中学习12次。',
      '牵头单位：区民政局',
      '配合单位：区委党校、区财政局',
      '完成时限：2024年12月底前',
      '2. 推进一网通办。',
      '牵头单位：区政务办',
      '完成时限：6月底前',
    ]);
    const { plan } = parsePlan(text);
    expect(plan.tasks.map((t) => [t.key, t.title, t.leadUnit, t.partnerUnits, t.deadline])).toEqual([
      ['1', '深化理论学习', '区民政局', ['区委党校', '区财政局'], '2024-12-31'],
      ['2', '推进一网通办', '区政务办', undefined, '2024-06-30'],
    ]);
  });
});

describe('readDocx: broken files', () => {
  it('reports a zip without word/document.xml', () => {
    expect(readDocx(zipSync({ 'a.txt': strToU8('x') })).problems.map((p) => p.code)).toEqual(['docx-no-document']);
  });
  it('reports bytes that are not a zip', () => {
    expect(readDocx(strToU8('PK\u0003\u0004garbage')).problems).toMatchObject([
      { code: 'archive-damaged', message: expect.stringContaining('另存为 .docx') },
    ]);
  });
});

describe('readDocx: zip bombs', () => {
  /** `size` bytes of document.xml: spaces inside one run, which compress about 1000:1. */
  function bombXml(size: number): Uint8Array {
    const head = strToU8(`<w:document ${W}><w:body><w:p><w:r><w:t>`);
    const tail = strToU8('</w:t></w:r></w:p></w:body></w:document>');
    const xml = new Uint8Array(size).fill(0x20);
    xml.set(head, 0);
    xml.set(tail, size - tail.length);
    return xml;
  }
  const bombDocx = (size: number) => zipSync({ 'word/document.xml': bombXml(size) });
  const MB = 1024 * 1024;

  it('refuses one by its declared size at once, with the real cause', async () => {
    // What the 614 kB file that inflates to 600 MB declares, from a 1 MB stand-in.
    const bomb = setDeclaredSizes(bombDocx(MB), 600 * MB);
    const started = performance.now();
    const result = await readPlanFile({ name: '工作要点.docx', bytes: bomb });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(result).toMatchObject({ text: '', problems: [{ code: 'archive-too-large' }] });
    expect(result.problems[0]?.message).toMatch(/^该 Word 文档解压后超过 100 MB（“压缩炸弹”/);
    expect(result.problems[0]?.message).not.toContain('无法加载');
  });

  it('refuses one whose headers lie, counting what it inflates', () => {
    const lying = setDeclaredSizes(bombDocx(3 * MB), 2000);
    const { text, problems } = readDocx(lying);
    expect(text).toBe('');
    expect(problems).toMatchObject([
      { code: 'archive-too-large', detail: 'word/document.xml: declared 2000 bytes, inflated more' },
    ]);
  });

  it('refuses one hidden from the directory at the cap (2 MB standing for 100 MB)', () => {
    const hidden = hideFirstEntry(
      zipSync({ 'word/document.xml': bombXml(3 * MB), 'word/styles.xml': strToU8('<x/>') }),
    );
    const { problems } = readDocx(hidden, { ...LIMITS, maxUncompressed: 2 * MB, ratioFloor: 4 * MB });
    expect(problems).toMatchObject([
      { code: 'archive-too-large', detail: expect.stringContaining('inflated more than') },
    ]);
  });

  it('still reads a normal document under the same small limits', () => {
    const small = { ...LIMITS, maxUncompressed: 2 * MB, ratioFloor: 4 * MB };
    expect(readDocx(docx(para('一、加强党建')), small)).toEqual({ text: '一、加强党建', problems: [] });
  });
});
