/** 自动备份到文件夹, the pure part: file names, which files stay, when the next backup is due. */
import { describe, expect, it } from 'vitest';
import {
  AUTO_BACKUP,
  autoBackupDay,
  autoBackupFiles,
  autoBackupName,
  backupDueIn,
  backupsToRemove,
  countEdit,
  NO_EDITS,
} from '../../../src/core/workbook/auto-backup';

describe('rolling backup files', () => {
  it('names one file per local day', () => {
    expect(autoBackupName('2026-03-02')).toBe('plan-ledger-backup-20260302.json');
    expect(autoBackupDay('plan-ledger-backup-20260302.json')).toBe('2026-03-02');
    expect(autoBackupDay('要点台账备份-2026-03-02.json')).toBeNull();
  });

  const days = Array.from({ length: 9 }, (_, i) => autoBackupName(`2026-03-${String(i + 1).padStart(2, '0')}`));
  const others = [
    'notes.txt',
    '要点台账备份-2026-03-01.json',
    'plan-ledger-backup-2026030.json',
    'plan-ledger-backup-20260310.json.crswap',
  ];

  it('keeps the newest 7 of its own files and never touches anything else', () => {
    const folder = [...others, ...days.slice().reverse().slice(0, 4), ...days.slice(0, 5)];
    expect(autoBackupFiles(folder)).toEqual(days.slice().reverse());
    expect(backupsToRemove(folder)).toEqual([days[1], days[0]]);
    expect(backupsToRemove(days.slice(0, 7))).toEqual([]);
    expect(backupsToRemove(days, 0)).toHaveLength(9);
    expect(AUTO_BACKUP.keep).toBe(7);
  });
});

describe('when a folder backup is due', () => {
  const policy = { everyEdits: 20, everyMs: 180_000, keep: 7 };

  it('is never due without edits', () => {
    expect(backupDueIn(NO_EDITS, 1_000_000, policy)).toBeNull();
  });

  it('is due at once after N edits', () => {
    let pending = NO_EDITS;
    for (let i = 0; i < 19; i++) pending = countEdit(pending, 1000 + i);
    expect(backupDueIn(pending, 2000, policy)).toBe(180_000 - 1000);
    expect(countEdit(pending, 2000)).toEqual({ count: 20, since: 1000 });
    expect(backupDueIn(countEdit(pending, 2000), 2000, policy)).toBe(0);
  });

  it('is due a few minutes after the first edit since the last backup, however few edits', () => {
    const pending = countEdit(NO_EDITS, 10_000);
    expect(backupDueIn(pending, 10_000, policy)).toBe(180_000);
    expect(backupDueIn(pending, 100_000, policy)).toBe(90_000);
    expect(backupDueIn(pending, 190_000, policy)).toBe(0);
    expect(backupDueIn(pending, 999_999, policy)).toBe(0);
  });
});
