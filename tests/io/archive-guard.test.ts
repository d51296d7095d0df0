/**
 * The one guard every zip passes (.docx, .xlsx, .ods): declared sizes, flags, a counted inflate,
 * one cap. Small limits stand for the real ones so each case inflates at most a few MB.
 */
import { strFromU8, strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkArchive, inflateArchive, LIMITS, type ArchiveKind } from '../../src/io/archive-guard';
import { flipLocalFlag, hideFirstEntry, setDeclaredSizes } from '../helpers/zip-mutations';

const MB = 1024 * 1024;
const KIND: ArchiveKind = { what: '测试文件', resave: '另存一份再导入' };
// 2 MB stands for 100 MB; the ratio floor is lifted so only the cap speaks unless a case lowers it.
const SMALL = { ...LIMITS, maxUncompressed: 2 * MB, ratioFloor: 4 * MB };

describe('checkArchive', () => {
  it('refuses by declared size before inflating anything', () => {
    const bomb = setDeclaredSizes(zipSync({ 'a.xml': new Uint8Array(1024) }), 200 * MB);
    expect(checkArchive(bomb, KIND)).toMatchObject({
      ok: false,
      code: 'archive-too-large',
      message: expect.stringMatching(/^该测试文件解压后超过 100 MB.*压缩炸弹/),
      detail: expect.stringContaining('declared'),
    });
  });

  it('refuses by the declared ratio of one large entry', () => {
    const bomb = setDeclaredSizes(zipSync({ 'a.xml': new Uint8Array(1024) }), 5 * MB);
    expect(checkArchive(bomb, KIND)).toMatchObject({
      code: 'archive-too-large',
      message: expect.stringContaining('倍'),
    });
  });

  it('stops an entry that inflates past its declared size after one chunk', () => {
    const lying = setDeclaredSizes(zipSync({ 'a.xml': new Uint8Array(3 * MB) }), 1000);
    expect(checkArchive(lying, KIND)).toMatchObject({
      ok: false,
      code: 'archive-too-large',
      message: expect.stringContaining('“a.xml”解压后比文件自己声明的大小更大'),
      detail: 'a.xml: declared 1000 bytes, inflated more',
    });
  });

  it('counts entries the directory does not list, and stops at the cap', () => {
    const hidden = (size: number) =>
      hideFirstEntry(zipSync({ 'hidden.xml': new Uint8Array(size), 'b.xml': strToU8('<b/>') }));
    expect(checkArchive(hidden(3 * MB), KIND, SMALL)).toMatchObject({
      code: 'archive-too-large',
      message: expect.stringContaining('超过 2 MB'),
      detail: expect.stringContaining('inflated more than 2097152'),
    });
    // The same file well under the cap but far over the ratio of its ~1.5 KB.
    expect(checkArchive(hidden(1.5 * MB), KIND, { ...SMALL, ratioFloor: 64 * 1024 })).toMatchObject({
      code: 'archive-too-large',
      message: expect.stringContaining('200 倍'),
    });
    expect(checkArchive(hidden(MB), KIND, SMALL)).toEqual({ ok: true });
  });

  it('refuses too many parts', () => {
    const files = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`p${i}.xml`, strToU8('x')]));
    expect(checkArchive(zipSync(files), KIND, { ...LIMITS, maxEntries: 10 })).toMatchObject({
      code: 'archive-too-many-parts',
      message: expect.stringContaining('12 个部件'),
    });
  });

  it('says a part flagged as encrypted is damage, not a password, and names the part', () => {
    const flagged = flipLocalFlag(zipSync({ 'xl/workbook.xml': strToU8('<x/>') }), 1);
    const result = checkArchive(flagged, KIND);
    expect(result).toMatchObject({ code: 'archive-flagged', message: expect.stringContaining('xl/workbook.xml') });
    expect(result.ok ? '' : result.message).not.toContain('密码）');
    expect(result.ok ? '' : result.message).toContain('重新索取');
  });

  it('reports a broken archive as damaged with what to do', () => {
    const zip = zipSync({ 'a.xml': strToU8('<a>' + 'x'.repeat(5000) + '</a>') });
    expect(checkArchive(zip.slice(0, 60), KIND)).toMatchObject({
      code: 'archive-damaged',
      message: '该测试文件已损坏，无法解压读取。请另存一份再导入。',
    });
  });
});

describe('inflateArchive', () => {
  it('hands back only the wanted entries, whole, stored or deflated', () => {
    const text = '一、加强党建'.repeat(20_000);
    const zip = zipSync({
      'word/document.xml': strToU8(text),
      'word/styles.xml': [strToU8('<styles/>'), { level: 0 }],
      'media/a.bin': new Uint8Array(10),
    });
    const result = inflateArchive(zip, KIND, (name) => name.startsWith('word/'));
    expect(result.ok && Object.keys(result.files).sort()).toEqual(['word/document.xml', 'word/styles.xml']);
    expect(result.ok && strFromU8(result.files['word/document.xml']!)).toBe(text);
    expect(result.ok && strFromU8(result.files['word/styles.xml']!)).toBe('<styles/>');
  });

  // Small archives (≤ 64 kB: 汇总's unit files) are inflated in one go, larger ones in counted steps.
  const noise = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 2654435761) >>> 24);

  it('gives the same entries for a small and a large archive', () => {
    const sheet = strToU8('<sheetData>' + '<row r="1"><c r="A1" t="s"><v>0</v></c></row>'.repeat(500) + '</sheetData>');
    const small = zipSync({ 'xl/worksheets/sheet1.xml': sheet, 'xl/media/a.png': new Uint8Array(10) });
    const large = zipSync({ 'xl/worksheets/sheet1.xml': sheet, 'xl/media/a.png': [noise(100_000), { level: 0 }] });
    expect(small.length).toBeLessThan(64 * 1024);
    expect(large.length).toBeGreaterThan(64 * 1024);
    for (const zip of [small, large]) {
      const result = inflateArchive(zip, KIND, (name) => name.endsWith('.xml'));
      expect(result.ok && Object.keys(result.files)).toEqual(['xl/worksheets/sheet1.xml']);
      expect(result.ok && result.files['xl/worksheets/sheet1.xml']).toEqual(sheet);
    }
  });

  it('catches an entry larger than declared in a large archive too', () => {
    // The small case is 'stops an entry that inflates past its declared size' above.
    const zip = setDeclaredSizes(
      zipSync({ 'a.xml': new Uint8Array(200_000), 'b.bin': [noise(100_000), { level: 0 }] }),
      1000,
    );
    expect(zip.length).toBeGreaterThan(64 * 1024);
    expect(inflateArchive(zip, KIND, () => true)).toMatchObject({
      ok: false,
      code: 'archive-too-large',
      detail: 'a.xml: declared 1000 bytes, inflated more',
    });
  });
});
