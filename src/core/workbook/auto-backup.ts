/**
 * 自动备份到文件夹, the pure part: what the rolling backup files are called, which of them to
 * keep, and when the next one is due. Browser data can be wiped (office cleaners, Safari's 7-day
 * eviction); a copy in a folder the user chose survives that.
 */

export interface AutoBackupPolicy {
  /** Write after this many edits since the last backup… */
  everyEdits: number;
  /** …or this long after the first edit since the last backup, whichever comes first. */
  everyMs: number;
  /** Daily files kept in the folder; older ones of ours are removed. */
  keep: number;
}

export const AUTO_BACKUP: AutoBackupPolicy = { everyEdits: 20, everyMs: 3 * 60_000, keep: 7 };

const NAME = /^plan-ledger-backup-(\d{8})\.json$/;

/** `2026-03-02` (the local day) → `plan-ledger-backup-20260302.json`: one file per day, rewritten during the day. */
export function autoBackupName(localDay: string): string {
  return `plan-ledger-backup-${localDay.slice(0, 10).replace(/-/g, '')}.json`;
}

/** Our daily files, newest first; anything else in the folder is never touched. */
export function autoBackupFiles(names: readonly string[]): string[] {
  return names.filter((n) => NAME.test(n)).sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
}

/** Which of our files to delete so that the newest `keep` remain. */
export function backupsToRemove(names: readonly string[], keep = AUTO_BACKUP.keep): string[] {
  return autoBackupFiles(names).slice(Math.max(0, keep));
}

/** `plan-ledger-backup-20260302.json` → `2026-03-02`, for messages; null for other names. */
export function autoBackupDay(name: string): string | null {
  const day = NAME.exec(name)?.[1];
  return day ? `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}` : null;
}

/** Edits not yet in a folder backup, and when the first of them was made (ms). */
export interface PendingEdits {
  count: number;
  since: number | null;
}

export const NO_EDITS: PendingEdits = { count: 0, since: null };

export function countEdit(pending: PendingEdits, now: number): PendingEdits {
  return { count: pending.count + 1, since: pending.since ?? now };
}

/** Milliseconds until a backup is due (0: now), or null when there is nothing to back up. */
export function backupDueIn(pending: PendingEdits, now: number, policy: AutoBackupPolicy = AUTO_BACKUP): number | null {
  if (pending.count === 0 || pending.since === null) return null;
  if (pending.count >= policy.everyEdits) return 0;
  return Math.max(0, pending.since + policy.everyMs - now);
}
