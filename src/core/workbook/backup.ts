/**
 * Backup files: one versioned envelope holding every workbook. Reading one never changes
 * anything by itself: parseBackup yields workbooks and problems, planRestore says what would be
 * added and what replaced, and only then does the UI ask and store.
 */
import type { Problem } from '../plan/types';
import { ENVELOPE_TYPES, VERSIONS } from '../versions';
import { array, isRecord, str } from './coerce';
import { readEnvelope, workbookEnvelope, type BackupEnvelope } from './envelope';
import { restoreWorkbook } from './restore';
import type { Workbook } from './types';

export const BACKUP_REMINDER_DAYS = 7;

/**
 * The largest backup file restored. Reading one means its text, the parsed objects and the
 * restored copy in memory at once (about five times the file): 200 MB is far above any real
 * office (10 workbooks × 2,000 tasks is about 20 MB) and still leaves a 32-bit-era PC its tab.
 */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

/** The refusal of a file over MAX_BACKUP_BYTES, in the user's words. */
export function backupTooLargeMessage(bytes: number, fileName?: string): string {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `${fileName ? `“${fileName}”` : '该文件'}有 ${mb(bytes)}，超过备份文件 ${mb(MAX_BACKUP_BYTES)} 的上限，未读取，也未做任何更改。请确认选择的是要点台账的备份文件；若确是备份，请联系维护人员分批恢复。`;
}

export function createBackup(workbooks: readonly Workbook[], exportedAt: string): BackupEnvelope {
  return {
    type: ENVELOPE_TYPES.backup,
    version: VERSIONS.backup,
    exportedAt,
    // Revs describe this browser's records, not the document: a restore starts its own.
    workbooks: workbooks.map((wb) => workbookEnvelope(withoutRevs(wb))),
  };
}

function withoutRevs(workbook: Workbook): Workbook {
  const copy: Workbook = { ...workbook, tasks: workbook.tasks.map((t) => ({ ...t })) };
  delete copy.rev;
  for (const t of copy.tasks) delete t.rev;
  return copy;
}

/** `要点台账备份-2026-03-02.json` */
export function backupFileName(exportedAt: string): string {
  return `要点台账备份-${exportedAt.slice(0, 10)}.json`;
}

export interface ParsedBackup {
  workbooks: Workbook[];
  problems: Problem[];
  exportedAt: string | null;
}

function entriesOf(data: unknown): { entries: unknown[]; exportedAt: string | null } | Problem {
  if (isRecord(data) && data.type === ENVELOPE_TYPES.workbook) return { entries: [data], exportedAt: null };
  const check = readEnvelope(data, 'backup', '该文件');
  if (!check.ok) return check.problem;
  return { entries: array(check.body.workbooks), exportedAt: str(check.body.exportedAt) || null };
}

/** A backup file's text → its workbooks. A damaged or foreign file yields problems and nothing else. */
export function parseBackup(text: string): ParsedBackup {
  // Characters never outnumber UTF-8 bytes: a text this long is certainly over the limit.
  if (text.length > MAX_BACKUP_BYTES) {
    const problem = { code: 'backup-too-large', message: backupTooLargeMessage(text.length) };
    return { workbooks: [], exportedAt: null, problems: [problem] };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return {
      workbooks: [],
      exportedAt: null,
      problems: [{ code: 'not-json', message: '该文件不是要点台账备份（无法读取）', detail: String(error) }],
    };
  }
  const found = entriesOf(data);
  if ('code' in found) return { workbooks: [], exportedAt: null, problems: [found] };
  const problems: Problem[] = [];
  const workbooks: Workbook[] = [];
  found.entries.forEach((entry, i) => {
    const restored = restoreWorkbook(entry, { fallbackId: `backup-${i + 1}`, strict: true });
    const name = restored.workbook?.name ?? `第${i + 1}个台账`;
    problems.push(...restored.problems.map((p) => ({ ...p, message: `${name}：${p.message}` })));
    if (!restored.workbook) return;
    if (workbooks.some((wb) => wb.id === restored.workbook?.id)) {
      problems.push({ code: 'duplicate-workbook', message: `${name}：备份中重复出现，只恢复第一份` });
      return;
    }
    workbooks.push(withoutRevs(restored.workbook));
  });
  if (found.entries.length === 0) problems.push({ code: 'empty-backup', message: '备份中没有台账' });
  return { workbooks, problems, exportedAt: found.exportedAt };
}

export interface ExistingWorkbook {
  id: string;
  name: string;
  updatedAt: string;
}

export interface RestorePlan {
  add: Workbook[];
  replace: {
    incoming: Workbook;
    existing: ExistingWorkbook;
    /** The copy in this browser was changed after the backup's copy: replacing loses that work. */
    existingIsNewer: boolean;
  }[];
}

/** What restoring would do, for the confirmation dialog; matched by workbook id. */
export function planRestore(existing: readonly ExistingWorkbook[], incoming: readonly Workbook[]): RestorePlan {
  const byId = new Map(existing.map((e) => [e.id, e]));
  const plan: RestorePlan = { add: [], replace: [] };
  for (const workbook of incoming) {
    const current = byId.get(workbook.id);
    if (!current) plan.add.push(workbook);
    else
      plan.replace.push({
        incoming: workbook,
        existing: current,
        existingIsNewer: current.updatedAt > workbook.updatedAt,
      });
  }
  return plan;
}

/** Remind when there is data and no backup in the last 7 days (Safari may delete it after 7 idle days). */
export function backupDue(lastBackupAt: string | null, now: string, days = BACKUP_REMINDER_DAYS): boolean {
  if (lastBackupAt === null) return true;
  const elapsed = Date.parse(now) - Date.parse(lastBackupAt);
  return !(elapsed < days * 86_400_000);
}
