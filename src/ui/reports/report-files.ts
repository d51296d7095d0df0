/** What report actions accept and produce, shared by export, re-import and consolidation. */
import { MAX_FILE_BYTES } from '../pick-files';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** WPS saves `.et`; SheetJS reads it like `.xls`. */
export const REPORT_FILE_TYPES = '.xlsx,.xls,.et,.ods,.csv';

export function tooLargeMessage(name: string): string {
  return `文件“${name}”超过 ${Math.round(MAX_FILE_BYTES / 1024 / 1024)} MB，不像是填报表，未读取`;
}
