/**
 * The status bar's counts (已完成 · 序时推进 · 滞后 · 未启动) kept as a tally: counted over all
 * tasks once, then moved by the few tasks an edit changed — an edit in a 5,000-task workbook
 * judges one light, not 5,000.
 */
import { periodStatus } from './period-values';
import { isOnTrack, periodLight } from './traffic-light';
import type { Period, TaskRecord } from './types';

export interface StatusCounts {
  total: number;
  done: number;
  onTrack: number;
  behind: number;
  notStarted: number;
}

/** What one task adds to the counts (0 or 1 in each). */
type Share = Omit<StatusCounts, 'total'>;

export interface TallyBasis {
  period: Period;
  today: string;
  year: number;
}

export interface StatusTally {
  basis: TallyBasis;
  counts: StatusCounts;
  shares: Map<string, Share>;
}

function shareOf(t: TaskRecord, { period, today, year }: TallyBasis): Share {
  const light = periodLight(t, period, today, year);
  return {
    done: light === '蓝' ? 1 : 0,
    onTrack: light !== '蓝' && isOnTrack(light) ? 1 : 0,
    behind: light === '黄' || light === '红' ? 1 : 0,
    notStarted: periodStatus(t, period) === '未启动' ? 1 : 0,
  };
}

function add(counts: StatusCounts, share: Share, sign: 1 | -1): void {
  counts.done += sign * share.done;
  counts.onTrack += sign * share.onTrack;
  counts.behind += sign * share.behind;
  counts.notStarted += sign * share.notStarted;
}

/** Counted in the period shown, with its lights judged at the period's end (or today, when earlier). */
export function tallyStatus(tasks: readonly TaskRecord[], basis: TallyBasis): StatusTally {
  const counts: StatusCounts = { total: tasks.length, done: 0, onTrack: 0, behind: 0, notStarted: 0 };
  const shares = new Map<string, Share>();
  for (const t of tasks) {
    const share = shareOf(t, basis);
    shares.set(t.key, share);
    add(counts, share, 1);
  }
  return { basis, counts, shares };
}

/**
 * The tally after these tasks changed (records replaced in place: same keys, none added,
 * removed or archived). Returns false when a task is not in the tally: count again instead.
 */
export function retally(tally: StatusTally, changed: readonly TaskRecord[]): boolean {
  if (changed.some((t) => !tally.shares.has(t.key))) return false;
  for (const t of changed) {
    const share = shareOf(t, tally.basis);
    add(tally.counts, tally.shares.get(t.key)!, -1);
    add(tally.counts, share, 1);
    tally.shares.set(t.key, share);
  }
  return true;
}
