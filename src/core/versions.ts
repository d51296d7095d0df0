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
 * Current versions. History of `workbook`:
 * - 0: the prototype's bare object (no envelope; `title`, `org`, `rows[]` with `no`/`pct`/quarters).
 * - 1: envelope `{type, version, workbook}` with the shape of `Workbook`.
 */
export const VERSIONS = {
  workbook: 1,
  workbookMeta: 1,
  task: 1,
  backup: 1,
  uiState: 1,
  appMeta: 1,
  backupFolder: 1,
  change: 1,
} as const satisfies Record<keyof typeof ENVELOPE_TYPES, number>;
