/** The two spreadsheet libraries, each loaded on first use (see ../lazy.ts). */
import { lazy } from '../lazy';

type ExcelJSModule = typeof import('exceljs');

/** ExcelJS is CommonJS (a UMD bundle in the browser): its API may sit on `default`. */
function interop<T extends object>(mod: T): T {
  const inner = (mod as { default?: T }).default;
  return inner && typeof inner === 'object' && 'Workbook' in inner ? inner : mod;
}

export const loadExcelJS = lazy<ExcelJSModule>(() => import('exceljs').then(interop));

export const loadSheetJS = lazy(() => import('@e965/xlsx'));

/** The message shown when a library cannot be loaded (offline file, blocked chunk). */
export const LOAD_FAILED_MESSAGE = '无法加载表格组件，请刷新页面后重试';
