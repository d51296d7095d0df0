/**
 * Backup of every workbook (the document only; UI state is not backed up). The one path both the
 * 备份 button and the tests take: stored workbooks, with this tab's copy wherever it is newer
 * (an edit whose save failed, a workbook created while the disk was full).
 */
import type { Problem } from '../core/plan/types';
import { createBackup } from '../core/workbook/backup';
import type { BackupEnvelope } from '../core/workbook/envelope';
import type { Workbook } from '../core/workbook/types';
import type { WorkbookStore } from './workbook-store';

export interface BackupSet {
  workbooks: Workbook[];
  /** Workbooks that could not be read (newer version, damaged): the file is not complete. */
  problems: Problem[];
}

export async function collectBackup(
  store: WorkbookStore,
  inMemory: ReadonlyMap<string, Workbook> = new Map(),
): Promise<BackupSet> {
  const workbooks: Workbook[] = [];
  const problems: Problem[] = [];
  const listed = await store.list();
  for (const summary of listed) {
    const stored = await store.load(summary.id);
    const mine = inMemory.get(summary.id);
    const best = mine && (!stored.workbook || mine.updatedAt > stored.workbook.updatedAt) ? mine : stored.workbook;
    if (best) workbooks.push(best);
    else problems.push(...stored.problems.map((p) => ({ ...p, message: `${summary.name}未能备份：${p.message}` })));
  }
  // Created while storage was failing: only memory has them.
  for (const wb of inMemory.values()) if (!listed.some((s) => s.id === wb.id)) workbooks.push(wb);
  return { workbooks, problems };
}

/** The backup file's content, with what could not be included. */
export async function exportBackup(
  store: WorkbookStore,
  now: string,
  inMemory?: ReadonlyMap<string, Workbook>,
): Promise<{ backup: BackupEnvelope; problems: Problem[] }> {
  const { workbooks, problems } = await collectBackup(store, inMemory);
  return { backup: createBackup(workbooks, now), problems };
}
