/** Backup and restore of every stored workbook (the document only; UI state is not backed up). */
import type { Problem } from '../core/plan/types';
import { createBackup } from '../core/workbook/backup';
import type { BackupEnvelope } from '../core/workbook/envelope';
import type { Workbook } from '../core/workbook/types';
import type { UseStore } from './db';
import { setLastBackupAt } from './ui-state';
import { listWorkbooks, loadWorkbook } from './workbook-read';
import { saveWorkbooks } from './workbook-write';

/**
 * Every readable workbook in one envelope. Workbooks that cannot be read (newer version, damaged)
 * are left out and reported, so the user knows the file is not complete.
 */
export async function exportBackup(
  store: UseStore,
  now: string,
): Promise<{ backup: BackupEnvelope; problems: Problem[] }> {
  const problems: Problem[] = [];
  const workbooks: Workbook[] = [];
  for (const summary of await listWorkbooks(store)) {
    const loaded = await loadWorkbook(store, summary.id);
    if (loaded.workbook) workbooks.push(loaded.workbook);
    else problems.push(...loaded.problems.map((p) => ({ ...p, message: `${summary.name}未能备份：${p.message}` })));
  }
  return { backup: createBackup(workbooks, now), problems };
}

/** Call once the file was handed to the browser's download. */
export function markBackedUp(store: UseStore, at: string): Promise<unknown> {
  return setLastBackupAt(store, at);
}

/** Store the confirmed workbooks, all or none (one transaction). */
export function restoreBackup(store: UseStore, workbooks: readonly Workbook[]): Promise<Workbook[]> {
  return saveWorkbooks(store, workbooks);
}
