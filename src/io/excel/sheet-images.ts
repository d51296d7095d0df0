/**
 * Pictures in a sheet (the charts of the 统计 sheet). The PNGs are drawn by the browser and handed
 * in as bytes, so writing stays free of any canvas and Node tests can pass any PNG.
 */
import type { Image, Workbook as XlsxWorkbook, Worksheet } from 'exceljs';
import type { PictureSlot } from '../../core/report/model';

export interface ReportImage {
  /** What the picture shows (the chart title); ExcelJS 4.4 cannot write alt text, so for us only. */
  name: string;
  png: Uint8Array;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Pixels per point at the 96 dpi drawings are measured in. */
const PX_PER_PT = 96 / 72;

/** Width and height from the IHDR chunk; null for bytes that are not a PNG. */
export function pngSize(png: Uint8Array): { width: number; height: number } | null {
  if (png.length < 24 || PNG_SIGNATURE.some((b, i) => png[i] !== b)) return null;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  return width > 0 && height > 0 ? { width, height } : null;
}

/** The picture's size in pixels, as large as fits in the slot with its proportions kept. */
export function fitInSlot(
  size: { width: number; height: number },
  slot: PictureSlot,
): { width: number; height: number } {
  const scale = Math.min((slot.width * PX_PER_PT) / size.width, (slot.height * PX_PER_PT) / size.height);
  return { width: Math.round(size.width * scale), height: Math.round(size.height * scale) };
}

/**
 * One picture per slot, in order (the sheet's layout keeps each slot within one printed page).
 * Bytes that are not a PNG are skipped, and pictures beyond the slots are left out: a missing
 * chart must not cost the whole report. Returns how many were placed.
 */
export function addImagesInSlots(
  workbook: XlsxWorkbook,
  ws: Worksheet,
  images: readonly ReportImage[],
  slots: readonly PictureSlot[],
): number {
  let placed = 0;
  for (const image of images) {
    const slot = slots[placed];
    const size = pngSize(image.png);
    if (!slot || !size) continue;
    // ExcelJS types `buffer` as Node's Buffer, but its zip writer takes any Uint8Array (also in the browser).
    const id = workbook.addImage({ buffer: image.png as unknown as Image['buffer'], extension: 'png' });
    ws.addImage(id, { tl: { col: slot.column, row: slot.row }, ext: fitInSlot(size, slot), editAs: 'oneCell' });
    placed++;
  }
  return placed;
}
