/**
 * Every stored or exported format, by envelope type, with its current version. The only place
 * these numbers live: bump one here and add a migration in the matching restore function.
 */
export const ENVELOPE_TYPES = {
  /** A whole workbook (export, backup entry, legacy whole-record storage). */
  workbook: 'plan-ledger-workbook',
  /** IndexedDB: one workbook's metadata, plan and task order (no tasks). */
  workbookMeta: 'plan-ledger-workbook-meta',
  /** IndexedDB: one task of one workbook. */
  task: 'plan-ledger-task',
  /** A backup file of all workbooks. */
  backup: 'plan-ledger-backup',
  /** IndexedDB: UI state (filters, column widths, selected period): not the document. */
  uiState: 'plan-ledger-ui-state',
  /** IndexedDB: app-wide bookkeeping such as the last backup time. */
  appMeta: 'plan-ledger-app-meta',
  /** IndexedDB: the folder of 自动备份到文件夹 (its handle) and what was last written there. */
  backupFolder: 'plan-ledger-backup-folder',
  /** BroadcastChannel: another tab saved something. */
  change: 'plan-ledger-change',
} as const;

/**
 * Current versions. History of `workbook` (and of `task`, the same task shape stored one by one):
 * - 0: the prototype's bare object (no envelope; `title`, `org`, `rows[]` with `no`/`pct`/quarters).
 * - 1: envelope `{type, version, workbook}` with the shape of `Workbook`; 状态 and 完成进度 per task.
 * - 2: 状态 and 完成进度 per reporting period (`periods[p].status/percent`); a version-1 task's
 *   own values move into the period they were last edited in (restore-task.ts).
 */
export const VERSIONS = {
  workbook: 2,
  workbookMeta: 1,
  task: 2,
  backup: 1,
  uiState: 1,
  appMeta: 1,
  backupFolder: 1,
  change: 1,
} as const satisfies Record<keyof typeof ENVELOPE_TYPES, number>;
