/** What report actions accept and produce, shared by export, re-import and consolidation. */
import { MAX_FILE_BYTES } from '../pick-files';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** WPS saves `.et`; SheetJS reads it like `.xls`. */
export const REPORT_FILE_TYPES = '.xlsx,.xls,.et,.ods,.csv';

export function tooLargeMessage(name: string): string {
  return `文件“${name}”超过 ${Math.round(MAX_FILE_BYTES / 1024 / 1024)} MB，不像是填报表，未读取`;
}

/**
 * Files in one 汇总: a district has dozens of units, not thousands. Above this the picker was
 * most likely pointed at a whole archive folder, and reading it all would hold every grid in memory.
 */
export const MAX_CONSOLIDATION_FILES = 1000;

export function tooManyFilesMessage(count: number): string {
  return `一次最多汇总 ${MAX_CONSOLIDATION_FILES} 个文件，这次选择了 ${count} 个，未读取。请只选择本期各单位的填报表，或分批汇总。`;
}
