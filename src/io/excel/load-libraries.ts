/**
 * The two spreadsheet libraries, each loaded on first use with `import()` and the promise cached;
 * a failed load is forgotten so the next click can retry (e.g. after a dropped connection).
 */
type ExcelJSModule = typeof import('exceljs');
type SheetJSModule = typeof import('@e965/xlsx');

let excelJS: Promise<ExcelJSModule> | null = null;
let sheetJS: Promise<SheetJSModule> | null = null;

/** ExcelJS is CommonJS (a UMD bundle in the browser): its API may sit on `default`. */
function interop<T extends object>(mod: T): T {
  const inner = (mod as { default?: T }).default;
  return inner && typeof inner === 'object' && 'Workbook' in inner ? inner : mod;
}

export function loadExcelJS(): Promise<ExcelJSModule> {
  excelJS ??= import('exceljs').then(interop).catch((error: unknown) => {
    excelJS = null;
    throw error;
  });
  return excelJS;
}

export function loadSheetJS(): Promise<SheetJSModule> {
  sheetJS ??= import('@e965/xlsx').catch((error: unknown) => {
    sheetJS = null;
    throw error;
  });
  return sheetJS;
}

/** The message shown when a library cannot be loaded (offline file, blocked chunk). */
export const LOAD_FAILED_MESSAGE = '无法加载表格组件，请刷新页面后重试';
