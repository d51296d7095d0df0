/**
 * 汇总多个单位: pick the units' report files, read them with a progress dialog that can be
 * cancelled, and show the summary. Reading and merging never touch the open workbook.
 */
import type { RejectedFile } from '../../core/report/consolidate/consolidate';
import type { Workbook } from '../../core/workbook/types';
import { planUnits } from '../../core/report/handout/handout-units';
import {
  consolidateReports,
  exportCompilation,
  exportConsolidation,
  type ConsolidationResult,
  type UnitFile,
} from '../../io/excel/reports';
import { readUnitFilesInWorkers, warmReaders, type ReaderPool } from '../../io/excel/read-units-in-worker';
import { downloadBytes } from '../dom';
import { openConsolidationView, type ViewOptions } from './consolidation-view';
import { openProgressDialog } from './consolidation-progress';
import {
  MAX_CONSOLIDATION_FILES,
  REPORT_FILE_TYPES,
  tooLargeMessage,
  tooManyFilesMessage,
  XLSX_MIME,
} from './report-files';
import { MAX_FILE_BYTES, pickFiles } from '../pick-files';
import type { ActionContext } from '../shell/run-action';

/**
 * Read the picked files, or null when the user cancelled. The files are read in workers (their
 * bytes never pass through the page); only the grids read from them come back.
 */
async function readWithProgress(
  doc: Document,
  files: readonly File[],
  readers: ReaderPool | null,
): Promise<UnitFile[] | null> {
  const progress = openProgressDialog(doc, files.length);
  try {
    const control = {
      signal: progress.signal,
      onFile: (index: number, total: number, name: string) => progress.update(index, total, name),
    };
    return await readUnitFilesInWorkers(files, control, readers);
  } catch (error) {
    if (progress.signal.aborted) return null;
    throw error;
  } finally {
    progress.close();
  }
}

/**
 * Merge into the open workbook's plan when the files are for it; when none is, merge by what the
 * files say instead of rejecting every file because another plan happens to be open.
 */
function merger(units: UnitFile[], plan: Workbook | undefined, refused: RejectedFile[]) {
  return (options: ViewOptions): ConsolidationResult => {
    let result = consolidateReports(units, { ...options, plan });
    if (plan && result.units.length === 0) {
      const own = consolidateReports(units, options);
      if (own.units.length > 0) {
        own.problems.unshift({
          code: 'other-plan',
          message: `所选文件不属于当前打开的台账，已按文件中的“${own.plan}”汇总`,
        });
        result = own;
      }
    }
    result.rejected.unshift(...refused);
    return result;
  };
}

/**
 * When 填报表 come back: 应报单位 from the open plan's 牵头/配合单位 (what the handout dialog
 * offered) and 报送截止日期 from the forms. Units' own reports say neither, so nothing is assumed.
 */
function initialOptions(units: readonly UnitFile[], plan: Workbook | undefined): ViewOptions {
  const forms = units.filter((u) => u.parsed.meta?.form === 'handout');
  const expected = plan && forms.length > 0 ? planUnits(plan) : [];
  const due = forms.map((u) => u.parsed.meta?.dueDate).find((d): d is string => Boolean(d));
  return { ...(expected.length ? { expectedUnits: expected } : {}), ...(due ? { dueDate: due } : {}) };
}

/** Phase marks for the benchmark (bench/consolidate-chromium.bench.ts); free when nobody reads them. */
function mark(phase: string): void {
  performance.mark(`plan-ledger:consolidate:${phase}`);
}

export async function consolidateUnits(ctx: ActionContext): Promise<void> {
  // The readers start while the user is choosing files (a second or more): no wait for them after.
  const readers = warmReaders();
  const files = await pickFiles(ctx.doc, REPORT_FILE_TYPES, true);
  if (files.length === 0 || files.length > MAX_CONSOLIDATION_FILES) readers?.dispose();
  if (files.length === 0) return;
  if (files.length > MAX_CONSOLIDATION_FILES) {
    ctx.notices.notice(tooManyFilesMessage(files.length), [], 'error');
    return;
  }
  const refused: RejectedFile[] = files
    .filter((f) => f.size > MAX_FILE_BYTES)
    .map((f) => ({ fileName: f.name, unit: '', reason: tooLargeMessage(f.name) }));
  mark('read-start');
  const units = await readWithProgress(
    ctx.doc,
    files.filter((f) => f.size <= MAX_FILE_BYTES),
    readers,
  );
  mark('read-end');
  if (units === null) {
    ctx.notices.notice('已取消汇总');
    return;
  }
  const plan = ctx.app.page()?.workbook();
  const merge = merger(units, plan, refused);
  openConsolidationView(ctx.doc, {
    compute(options) {
      const result = merge(options);
      mark('merged');
      return result;
    },
    async exportSummary(result) {
      const file = await exportConsolidation(result, ctx.today());
      downloadBytes(ctx.doc, file.fileName, file.bytes, XLSX_MIME);
    },
    async exportCompilation(result, kind) {
      if (kind === 'xlsx') {
        const file = await exportCompilation(result, ctx.today());
        downloadBytes(ctx.doc, file.fileName, file.bytes, XLSX_MIME);
        return;
      }
      const { exportCompilationDocx, DOCX_MIME } = await import('../../io/word/documents');
      const file = await exportCompilationDocx(result, ctx.today());
      downloadBytes(ctx.doc, file.fileName, file.bytes, DOCX_MIME);
    },
    initial: initialOptions(units, plan),
    today: ctx.today,
  });
}
