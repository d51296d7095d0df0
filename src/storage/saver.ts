/**
 * The save controller the UI talks to. Each applied operation is handed over with the keys it
 * changed; the saver writes those task records (plus the workbook's own record when needed) in
 * one transaction and reports 已保存 only after that transaction committed. Edits that arrive
 * while a write is in flight are coalesced into the next one. On failure nothing stored is
 * touched (the transaction aborts whole) and the edits stay queued in memory: the next edit or
 * flush() retries them.
 */
import { summarize } from '../core/workbook/stored-records';
import { taskByKey } from '../core/workbook/task-index';
import type { Workbook } from '../core/workbook/types';
import type { Broadcast } from './broadcast';
import { storageErrorMessage, StorageError, type UseStore } from './db';
import { createKnownRevs, META, type KnownRevs } from './known-revs';
import { createListBookkeeping, type ListBookkeeping } from './list-bookkeeping';
import { saveTasks, type Conflict, type TaskWrite } from './workbook-write';

export type SaveStatus = 'saving' | 'saved' | { error: string };

export interface Change {
  changedKeys: readonly string[];
  metaChanged?: boolean;
}

export interface SaverOptions {
  /** Wait this long for more edits before writing (a paste arrives as one op anyway). */
  delayMs?: number;
  /** After task-only edits, update the list's summary and updatedAt this much later (or on flush). */
  bookkeepingDelayMs?: number;
  /** Announce every committed write to other tabs. */
  broadcast?: Broadcast;
  /** Another tab wrote these records first; they were not overwritten. Adopt `stored`. */
  onConflict?: (workbookId: string, conflicts: Conflict[]) => void;
}

export interface Saver {
  /** Queue the records an operation changed; `workbook` is the state after it. */
  save(workbook: Workbook, change: Change): void;
  /** Write everything queued now (pagehide, visibilitychange, before closing a workbook). */
  flush(): Promise<SaveStatus>;
  status(): SaveStatus;
  /** Edits not yet committed: warn before leaving, offer a backup download on error. */
  hasPending(): boolean;
  /** Stop timers; queued edits are dropped, so flush() first. */
  dispose(): void;
}

interface Pending {
  workbook: Workbook;
  keys: Set<string>;
  meta: boolean;
}

/** `isNewer`: item holds a later state than what is queued (true for edits, false for a requeue). */
function enqueue(pending: Map<string, Pending>, item: Pending, isNewer: boolean): void {
  const queued = pending.get(item.workbook.id);
  if (!queued) return void pending.set(item.workbook.id, item);
  for (const key of item.keys) queued.keys.add(key);
  queued.meta ||= item.meta;
  if (isNewer) queued.workbook = item.workbook;
}

/**
 * One queued workbook's records, in one transaction; then what it means for revs. Returns the
 * announcement to other tabs, made once 已保存 is shown (the records are committed by then).
 */
async function writePending(
  store: UseStore,
  item: Pending,
  revs: KnownRevs,
  list: ListBookkeeping,
  options: SaverOptions,
): Promise<() => void> {
  const { workbook } = item;
  const writes: TaskWrite[] = [...item.keys].map((key) => ({
    key,
    task: taskByKey(workbook.tasks, key) ?? null,
    baseRev: revs.base(workbook.id, key),
  }));
  const baseRev = item.meta ? revs.base(workbook.id, META) : null;
  // A task-only edit writes just its task records; the list's summary follows later.
  const summary = item.meta ? summarize(workbook) : null;
  const result = await saveTasks(store, workbook.id, writes, { workbook, summary, baseRev });
  if (item.meta) list.current(workbook.id);
  else if (result.revs.size > 0) list.behind(workbook);
  revs.committed(workbook.id, result);
  if (result.conflicts.length > 0) options.onConflict?.(workbook.id, result.conflicts);
  if (result.revs.size === 0 && result.metaRev === null) return () => undefined;
  const announcement = {
    workbookId: workbook.id,
    keys: [...result.revs.keys()],
    meta: result.metaRev !== null,
    updatedAt: workbook.updatedAt,
  };
  return () => options.broadcast?.announce(announcement);
}

export function createSaver(
  store: UseStore,
  onStatus: (status: SaveStatus) => void,
  options: SaverOptions = {},
): Saver {
  const pending = new Map<string, Pending>();
  const revs = createKnownRevs();
  const list = createListBookkeeping(store, options.bookkeepingDelayMs ?? 1500);
  let status: SaveStatus = 'saved';
  let running: Promise<void> | null = null;
  let queued = false;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const setStatus = (next: SaveStatus): void => {
    if (next === status && typeof next === 'string') return;
    status = next;
    onStatus(next);
  };

  async function drain(): Promise<void> {
    const announcements: (() => void)[] = [];
    while (pending.size > 0) {
      const batch = [...pending.values()];
      pending.clear();
      for (let i = 0; i < batch.length; i++) {
        try {
          announcements.push(await writePending(store, batch[i] as Pending, revs, list, options));
        } catch (error) {
          batch.slice(i).forEach((item) => enqueue(pending, item, false));
          setStatus({ error: error instanceof StorageError ? error.message : storageErrorMessage(error) });
          return announcements.forEach((tell) => tell());
        }
      }
    }
    // 已保存 first: telling other tabs and the list's bookkeeping can wait a moment, the user not.
    setStatus('saved');
    announcements.forEach((tell) => tell());
    list.schedule();
  }

  function start(): Promise<void> {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    running ??= drain().finally(() => {
      running = null;
    });
    return running;
  }

  /** The next write starts after `delayMs`, or in a microtask: the edits of one tick go together. */
  function kick(): void {
    if (running !== null || timer !== null || queued) return;
    if (options.delayMs) {
      timer = setTimeout(() => void start(), options.delayMs);
      return;
    }
    queued = true;
    queueMicrotask(() => {
      queued = false;
      void start();
    });
  }

  return {
    save(workbook, change) {
      for (const key of change.changedKeys) revs.see(workbook.id, key, taskByKey(workbook.tasks, key)?.rev);
      revs.see(workbook.id, META, workbook.rev);
      if (change.changedKeys.length === 0 && !change.metaChanged) return;
      enqueue(pending, { workbook, keys: new Set(change.changedKeys), meta: change.metaChanged === true }, true);
      setStatus('saving');
      kick();
    },
    async flush() {
      // drain() keeps going until the queue is empty or a write fails, so one wait is enough.
      await start();
      await list.touch();
      return status;
    },
    status: () => status,
    hasPending: () => pending.size > 0 || running !== null,
    dispose() {
      if (timer !== null) clearTimeout(timer);
      list.dispose();
      pending.clear();
    },
  };
}

/** Flush when the page is hidden or left: the last chance a browser gives before it may be killed. */
export function flushOnHide(saver: Saver, win: Window): () => void {
  const onHide = (): void => {
    if (win.document.visibilityState === 'hidden') void saver.flush();
  };
  const onPageHide = (): void => void saver.flush();
  win.document.addEventListener('visibilitychange', onHide);
  win.addEventListener('pagehide', onPageHide);
  return () => {
    win.document.removeEventListener('visibilitychange', onHide);
    win.removeEventListener('pagehide', onPageHide);
  };
}
