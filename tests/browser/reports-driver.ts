/** Steps of the report browser tests: click an action, catch its download, answer its file chooser. */
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';

export interface TaskProbe {
  key: string;
  leadUnit: string;
  owner: string;
  status: string;
  progress: string;
}

/** The open workbook's tasks, with the 半年 progress, as the app holds them. */
export async function taskProbes(page: Page): Promise<TaskProbe[]> {
  return page.evaluate(() => {
    const app = window.__planLedger!;
    return app
      .page()!
      .workbook()
      .tasks.map((t) => ({
        key: t.key,
        leadUnit: t.leadUnit,
        owner: t.owner,
        status: t.periods['半年']?.status ?? '',
        progress: t.periods['半年']?.progress ?? '',
      }));
  });
}

export function action(page: Page, name: string) {
  return page.locator(`button[data-action="${name}"]`);
}

/** Click an action that downloads a file; returns its suggested name and bytes. */
export async function downloadFrom(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), click()]);
  const path = await download.path();
  const { readFileSync } = await import('node:fs');
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

export interface UploadFile {
  name: string;
  buffer: Buffer;
}

/** Click an action that opens the file chooser and answer it with these files. */
export async function chooseFiles(page: Page, actionName: string, files: UploadFile[]): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), action(page, actionName).click()]);
  await chooser.setFiles(
    files.map((f) => ({
      name: f.name,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: f.buffer,
    })),
  );
}

export async function loadXlsx(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return book;
}

/** The 推进情况 row whose 序号 (column A) is `key`. */
export function rowOfKey(ws: ExcelJS.Worksheet, key: string): ExcelJS.Row {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(1).value === key) return ws.getRow(r);
  throw new Error(`no row for task ${key}`);
}

export function text(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('');
  return String(value);
}

/** Click an export action, answer the export dialog (optionally another report) and catch the download. */
export async function exportThroughDialog(
  page: Page,
  actionName: string,
  kind?: string,
): Promise<{ name: string; bytes: Buffer }> {
  return downloadFrom(page, async () => {
    await action(page, actionName).click();
    const dialog = page.getByRole('dialog', { name: '导出报表' });
    if (kind) await dialog.getByRole('radio', { name: kind }).check();
    await dialog.getByRole('button', { name: '导出' }).click();
  });
}

/** The column (1-based) under this header in the 推进情况 table's header row (the row starting with 序号). */
export function columnOf(ws: ExcelJS.Worksheet, header: string): number {
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    if (row.getCell(1).value !== '序号') continue;
    for (let c = 1; c <= row.cellCount; c++) if (text(row.getCell(c).value) === header) return c;
  }
  throw new Error(`no column ${header}`);
}
