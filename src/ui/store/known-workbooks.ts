/**
 * The names of the workbooks this browser held at the last look, kept in localStorage beside
 * IndexedDB. Chromium deletes an IndexedDB database it finds damaged when it opens it (seen after a
 * browser crash in the middle of a large write: "IndexedDB recovering from a corrupted (and
 * deleted) database"), and some cleaners empty IndexedDB alone. The next start then finds no
 * workbooks; this list lets it say what was lost and offer a backup, instead of greeting the user
 * with the sample as if it were a first run.
 */
import type { WorkbookSummary } from '../../core/workbook/stored-records';
import type { WorkbookStore } from '../../storage';

const KEY = 'plan-ledger.known-workbooks';
/** Enough to name them in a message; the count is kept whole. */
const MAX_NAMES = 20;

export interface KnownWorkbooks {
  count: number;
  names: string[];
}

const NONE: KnownWorkbooks = { count: 0, names: [] };

/** What the last run saw; nothing when localStorage is unavailable or holds something else. */
function readKnownWorkbooks(win: Window): KnownWorkbooks {
  try {
    const value: unknown = JSON.parse(win.localStorage.getItem(KEY) ?? 'null');
    if (typeof value !== 'object' || value === null) return NONE;
    const { count, names } = value as Record<string, unknown>;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0 || !Array.isArray(names)) return NONE;
    return { count, names: names.filter((n): n is string => typeof n === 'string').slice(0, MAX_NAMES) };
  } catch {
    return NONE;
  }
}

/**
 * Keep the list as it is now (an empty list too: deleting every workbook is not a loss). Written
 * only when it changed: Chromium's localStorage is a database of its own that a crash in the
 * middle of a write can cost too, so it is written as rarely as the list changes.
 */
function rememberWorkbooks(win: Window, list: readonly WorkbookSummary[]): void {
  const known: KnownWorkbooks = { count: list.length, names: list.slice(0, MAX_NAMES).map((w) => w.name) };
  try {
    const text = JSON.stringify(known);
    if (win.localStorage.getItem(KEY) !== text) win.localStorage.setItem(KEY, text);
  } catch {
    // Storage refused (private mode, quota): the warning it feeds is a help, not a duty.
  }
}

/**
 * The store's list that remembers what it returned, and what the last run remembered. Only a
 * lasting store says anything about the last run: the memory store starts empty by design.
 */
export function rememberingList(
  store: WorkbookStore,
  win: Window,
): { knownAtStart: KnownWorkbooks; list: () => Promise<WorkbookSummary[]> } {
  const knownAtStart = store.durable ? readKnownWorkbooks(win) : NONE;
  const list = async () => {
    const rows = await store.list();
    if (store.durable) rememberWorkbooks(win, rows);
    return rows;
  };
  return { knownAtStart, list };
}

/** The words of the warning shown at a start that finds none of the workbooks the last run had. */
export function lostWorkbooksMessage(known: KnownWorkbooks): string {
  const names = known.names.map((n) => `“${n}”`).join('、');
  const more = known.count > known.names.length ? `等 ${known.count} 本台账` : `共 ${known.count} 本台账`;
  return (
    `浏览器中保存的台账不见了（上次有 ${names}${more}）。浏览器在崩溃或异常关机后会删除它认为已损坏的本地数据，` +
    '清理软件也可能清除它。请点击“从备份恢复”，选择最近下载的备份文件或自动备份文件夹中的文件。'
  );
}
