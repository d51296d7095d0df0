/**
 * Pictures in a sheet (the charts of the 统计 sheet). The PNGs are drawn by the browser and handed
 * in as bytes, so writing stays free of any canvas and Node tests can pass any PNG.
 */
import type { Image, Workbook as XlsxWorkbook, Worksheet } from 'exceljs';

export interface ReportImage {
  /** What the picture shows (the chart title); ExcelJS 4.4 cannot write alt text, so for us only. */
  name: string;
  png: Uint8Array;
}

/** CSS pixels a picture takes in the sheet; PNGs drawn at 2× stay sharp when printed. */
export const IMAGE_WIDTH = 560;
/** ExcelJS's default row height, 15 pt, in pixels: pictures below the table sit on such rows. */
const ROW_PX = 20;
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from the IHDR chunk; null for bytes that are not a PNG. */
export function pngSize(png: Uint8Array): { width: number; height: number } | null {
  if (png.length < 24 || PNG_SIGNATURE.some((b, i) => png[i] !== b)) return null;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  return width > 0 && height > 0 ? { width, height } : null;
}

/**
 * Stack the pictures in one column below row `afterRow` (1-based), one blank row apart.
 * Bytes that are not a PNG are skipped: a missing chart must not cost the whole report.
 */
export function addImagesBelow(
  workbook: XlsxWorkbook,
  ws: Worksheet,
  images: readonly ReportImage[],
  afterRow: number,
): number {
  let row = afterRow + 1;
  let added = 0;
  for (const image of images) {
    const size = pngSize(image.png);
    if (!size) continue;
    const height = Math.round((size.height * IMAGE_WIDTH) / size.width);
    // ExcelJS types `buffer` as Node's Buffer, but its zip writer takes any Uint8Array (also in the browser).
    const id = workbook.addImage({ buffer: image.png as unknown as Image['buffer'], extension: 'png' });
    // Anchors are 0-based: `row` (1-based) + 1 leaves one blank row above each picture.
    ws.addImage(id, { tl: { col: 0, row }, ext: { width: IMAGE_WIDTH, height }, editAs: 'oneCell' });
    row += Math.ceil(height / ROW_PX) + 1;
    added++;
  }
  return added;
}
