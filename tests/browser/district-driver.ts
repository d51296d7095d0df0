/** Steps of the district round-trip test: the handout dialog, a form filled as Excel would, the .docx read back. */
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { action, downloadFrom } from './reports-driver';

/** 下发填报表 for the units prefilled, `named` ones with only their tasks; returns the zip's files. */
export async function handOut(
  page: Page,
  named: readonly string[],
  dueDate: string,
): Promise<{ name: string; prefilled: string; files: Record<string, Uint8Array> }> {
  await action(page, '下发填报表').click();
  const dialog = page.getByRole('dialog', { name: '下发填报表' });
  const prefilled = await dialog.getByLabel('下发单位').inputValue();
  for (const unit of named) await dialog.getByLabel(`${unit}的任务范围`).selectOption('named');
  await dialog.getByLabel('报告期').selectOption('半年');
  await dialog.getByLabel('报送截止日期').fill(dueDate);
  const zip = await downloadFrom(page, () => dialog.getByRole('button', { name: '生成填报表' }).click());
  return { name: zip.name, prefilled, files: unzipSync(new Uint8Array(zip.bytes)) };
}

/** Cells typed into the 填报表 by a library, as Excel or WPS would save them: protection left as it is. */
export async function fillAsExcel(
  bytes: Uint8Array,
  fill: (row: (key: string) => ExcelJS.Row) => void,
): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const ws = book.getWorksheet('填报表')!;
  fill((key) => {
    for (let r = 1; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(1).value === key) return ws.getRow(r);
    throw new Error(`no row ${key}`);
  });
  return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The text of each paragraph of a part of a .docx or an .xlsx's shared strings. */
export function partText(file: Uint8Array, part: string): string {
  return strFromU8(unzipSync(file)[part]!);
}

export function docxParagraphs(file: Uint8Array): string[] {
  const xml = partText(file, 'word/document.xml');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  );
}

/** The main sheet's XML of a form: protection and validations as Excel will see them. */
export function formSheetXml(file: Uint8Array): string {
  return partText(file, 'xl/worksheets/sheet1.xml');
}
