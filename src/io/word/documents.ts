/**
 * What the UI calls for 导出工作总结 and the 汇编's .docx. Import with `import()`: it pulls in the
 * docx library only when a button is used.
 */
import type { ConsolidationResult } from '../../core/report/consolidate/consolidate';
import { buildCompilationDocument } from '../../core/report/word/compilation-document';
import { buildWorkSummary } from '../../core/report/word/work-summary';
import type { Period, Workbook } from '../../core/workbook/types';
import type { ExportedFile } from '../excel/reports';
import { writeDocx } from './write-docx';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** `today` (ISO) dates the draft; the figures are as of the period's end, or today when earlier. */
export async function exportWorkSummary(workbook: Workbook, period: Period, today: string): Promise<ExportedFile> {
  const document = buildWorkSummary(workbook, period, today);
  return { fileName: document.fileName, bytes: await writeDocx(document) };
}

export async function exportCompilationDocx(result: ConsolidationResult, today: string): Promise<ExportedFile> {
  const document = buildCompilationDocument(result, today);
  return { fileName: document.fileName, bytes: await writeDocx(document) };
}
