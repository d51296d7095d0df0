/** Charts handed to the writer as PNGs land in the 统计 sheet, on its second page, unchanged. */
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { crc32, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { exportReport } from '../../../src/io/excel/reports';
import { pngSize } from '../../../src/io/excel/sheet-images';
import { fixtureWorkbook } from '../../helpers/workbook-fixture';

/** A solid-grey PNG of the given size, built by hand so the test does not depend on a canvas. */
function makePng(width: number, height: number): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale, no interlace
  const raw = Buffer.alloc((width + 1) * height, 0x80);
  for (let y = 0; y < height; y++) raw[y * (width + 1)] = 0; // filter byte per row
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(
    Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]),
  );
}

const workbook = fixtureWorkbook('huli-2021');

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

describe('chart images in the 统计 sheet', () => {
  it('reads the size of a PNG and refuses other bytes', () => {
    expect(pngSize(makePng(40, 30))).toEqual({ width: 40, height: 30 });
    expect(pngSize(new TextEncoder().encode('not a png at all, not at all'))).toBeNull();
  });

  it('writes each PNG to xl/media, drawn on the 统计 sheet only, side by side on its second page', async () => {
    const wide = makePng(400, 100);
    const tall = makePng(100, 200);
    const { bytes } = await exportReport(workbook, '半年', '2021-07-05', [
      { name: '各部分完成率', png: wide },
      { name: '任务状态分布', png: tall },
    ]);
    const files = unzipSync(bytes);
    const media = Object.keys(files).filter((f) => /^xl\/media\/.+\.png$/.test(f));
    expect(media).toHaveLength(2);
    const stored = media.map((f) => files[f]!);
    expect(stored.some((b) => sameBytes(b, wide))).toBe(true);
    expect(stored.some((b) => sameBytes(b, tall))).toBe(true);

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const stats = book.getWorksheet('统计')!;
    const images = stats.getImages();
    expect(images).toHaveLength(2);
    // Two charts: one row of chart areas, the sheet's last row, after a page break.
    const anchors = images.map((i) => [i.range.tl.nativeRow, i.range.tl.nativeCol]).sort((a, b) => a[1]! - b[1]!);
    expect(anchors).toEqual([
      [stats.rowCount - 1, 0],
      [stats.rowCount - 1, 4],
    ]);
    const sheetXml = strFromU8(files['xl/worksheets/sheet3.xml']!);
    expect([...sheetXml.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]))).toEqual([stats.rowCount - 2]);
    for (const name of ['推进情况', '量化指标']) expect(book.getWorksheet(name)!.getImages()).toHaveLength(0);

    // The drawing keeps the picture's proportions (400×100 → 4:1) and fits its 270 pt (360 px) wide area.
    const drawing = Object.keys(files).find((f) => /^xl\/drawings\/drawing\d+\.xml$/.test(f))!;
    const extents = [...strFromU8(files[drawing]!).matchAll(/<xdr:ext cx="(\d+)" cy="(\d+)"/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(extents.map(([cx, cy]) => cx! / cy!).sort((a, b) => a - b)).toEqual([0.5, 4]);
    // EMU: 9525 per pixel. The wide one is 360 px wide; the tall one 640 px tall (480 pt, the whole area).
    expect(extents.map(([cx]) => cx! / 9525).sort((a, b) => a - b)).toEqual([320, 360]);
  });

  it('writes no drawing without images, and skips bytes that are not a PNG', async () => {
    const plain = unzipSync((await exportReport(workbook, '半年', '2021-07-05')).bytes);
    expect(Object.keys(plain).filter((f) => f.startsWith('xl/media/'))).toEqual([]);
    const bad = await exportReport(workbook, '半年', '2021-07-05', [
      { name: 'broken', png: new Uint8Array([1, 2, 3]) },
    ]);
    expect(Object.keys(unzipSync(bad.bytes)).filter((f) => f.startsWith('xl/media/'))).toEqual([]);
  });
});
