/**
 * The list's summary (task count, completion, 最后编辑) of workbooks whose task records were
 * saved without their metadata record: written a little later in its own transaction, so each
 * edit writes only its task records (the metadata record carries the plan text and is large).
 * A failure leaves it stale for the next try and never touches task data.
 */
import { summarize } from '../core/workbook/stored-records';
import type { Workbook } from '../core/workbook/types';
import type { UseStore } from './db';
import { touchMeta } from './workbook-write';

export interface ListBookkeeping {
  /** The workbook's tasks were saved; its summary is behind. */
  behind(workbook: Workbook): void;
  /** The summary was written along with the metadata record. */
  current(id: string): void;
  /** Write the summaries after the delay, unless already scheduled. */
  schedule(): void;
  /** Write them now. */
  touch(): Promise<void>;
  dispose(): void;
}

export function createListBookkeeping(store: UseStore, delayMs: number): ListBookkeeping {
  const stale = new Map<string, Workbook>();
  let timer: ReturnType<typeof setTimeout> | null = null;

  async function touch(): Promise<void> {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    for (const [id, workbook] of [...stale]) {
      try {
        await touchMeta(store, workbook, summarize(workbook));
        if (stale.get(id) === workbook) stale.delete(id);
      } catch {
        // Retried after the next edit or flush.
      }
    }
  }

  return {
    behind: (workbook) => void stale.set(workbook.id, workbook),
    current: (id) => void stale.delete(id),
    schedule() {
      if (timer !== null || stale.size === 0) return;
      timer = setTimeout(() => void touch(), delayMs);
    },
    touch,
    dispose() {
      if (timer !== null) clearTimeout(timer);
    },
  };
}
