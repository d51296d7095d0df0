/**
 * 下发填报表: one protected .xlsx per unit, packed in one .zip (fflate) so thirty units are one
 * download. Import with `import()`: it pulls in ExcelJS.
 */
import { zipSync } from 'fflate';
import { buildHandoutForm, type HandoutRequest } from '../../core/report/handout/handout-form';
import { sanitizeFileName } from '../../core/report/file-name';
import { planLabel } from '../../core/report/labels';
import type { Workbook } from '../../core/workbook/types';
import type { ExportedFile } from './reports';
import { writeReportXlsx } from './write-xlsx';

/** Two units whose names sanitize alike must not overwrite each other in the zip. */
function uniqueName(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate); n++) candidate = name.replace(/\.xlsx$/, `（${n}）.xlsx`);
  taken.add(candidate);
  return candidate;
}

export interface HandoutPackage extends ExportedFile {
  /** The .xlsx names inside, in the order of the units. */
  entries: string[];
}

export async function exportHandouts(
  workbook: Workbook,
  requests: readonly HandoutRequest[],
  onUnit?: (index: number, total: number) => void,
): Promise<HandoutPackage> {
  const files: Record<string, Uint8Array> = {};
  const taken = new Set<string>();
  const entries: string[] = [];
  for (const [index, request] of requests.entries()) {
    onUnit?.(index, requests.length);
    const report = buildHandoutForm(workbook, request);
    const name = uniqueName(report.fileName, taken);
    // Stored, not deflated again: an .xlsx is already a zip.
    files[name] = await writeReportXlsx(report);
    entries.push(name);
  }
  const period = requests[0]?.period ?? '';
  const fileName = sanitizeFileName(`${planLabel(workbook)}-${period}填报表（${requests.length}个单位）`, 'zip');
  return { fileName, bytes: zipSync(files, { level: 0 }), entries };
}
