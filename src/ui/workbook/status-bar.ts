/** 共 N 项 · 已完成 a · 序时推进 b · 滞后 c · 未启动 d — counted over the visible tasks. */
import type { Value } from '../../core/emitter';
import type { OpenWorkbook, WorkbookChange } from '../../core/workbook/open-workbook';
import { retally, tallyStatus, type StatusCounts, type StatusTally } from '../../core/workbook/status-tally';
import { taskByKey } from '../../core/workbook/task-index';
import type { Period, TaskRecord } from '../../core/workbook/types';
import { h } from '../dom';
import type { GridFilter, GridView } from '../grid/grid-view';
import { size, type Rect } from '../grid/cell-range';

/** Counted in the period shown, with its lights judged at the period's end (or today, when earlier). */
export function countStatus(tasks: readonly TaskRecord[], period: Period, today: string, year: number): StatusCounts {
  return tallyStatus(tasks, { period, today, year }).counts;
}

/** `已选 12 格（3 行 × 4 列）` for a range of more than one cell. */
export function selectionText(rect: Rect | null): string {
  if (!rect) return '';
  const { rows, cols, cells } = size(rect);
  return cells > 1 ? `已选 ${cells} 格（${rows} 行 × ${cols} 列）` : '';
}

export function statusText(c: StatusCounts): string {
  return `共 ${c.total} 项 · 已完成 ${c.done} · 序时推进 ${c.onTrack} · 滞后 ${c.behind} · 未启动 ${c.notStarted}`;
}

/**
 * The bar under the grid. An edit moves the counts by the tasks it changed; a structural change,
 * another period or a filter counts again.
 */
export function createStatusBar(
  doc: Document,
  sources: {
    model: OpenWorkbook;
    period: Value<Period>;
    filter: Value<GridFilter>;
    grid: GridView;
    asOf: string;
    /** Said instead of the counts while only the first tasks are read (they would be the first page's). */
    loading?: () => string | null;
  },
): { el: HTMLElement; destroy(): void } {
  const el = h(doc, 'div', { class: 'status-bar', role: 'status', 'data-testid': 'status-bar' });
  let tally: StatusTally | null = null;
  const show = (counts: StatusCounts): void => {
    const loading = sources.loading?.();
    if (loading) return void (el.textContent = loading);
    const text = [statusText(counts), selectionText(sources.grid.selection.rect())].filter(Boolean);
    el.textContent = text.join('\u3000｜\u3000');
  };
  const recount = (): void => {
    const workbook = sources.model.get();
    const live = workbook.tasks.filter((t) => !t.archived);
    const visible = sources.grid.isFiltered() ? new Set(sources.grid.visibleTaskKeys()) : null;
    const tasks = visible ? live.filter((t) => visible.has(t.key)) : live;
    const basis = { period: sources.period.get(), today: sources.asOf, year: workbook.year };
    // Only the unfiltered tally is kept: a filter may let an edited task in or out.
    const counted = tallyStatus(tasks, basis);
    tally = visible ? null : counted;
    show(counted.counts);
  };
  const onChange = (change: WorkbookChange): void => {
    const keys = change.changedKeys;
    const changed = keys?.flatMap((k) => taskByKey(change.workbook.tasks, k) ?? []);
    const year = change.workbook.year;
    if (tally && changed && tally.basis.year === year && !sources.grid.isFiltered() && retally(tally, changed))
      return show(tally.counts);
    recount();
  };
  const refresh = (): void => (tally ? show(tally.counts) : recount());
  const stops = [
    sources.model.subscribe(onChange),
    sources.filter.subscribe(recount),
    sources.period.subscribe(recount),
    sources.grid.selection.range.subscribe(refresh),
  ];
  recount();
  return { el, destroy: () => stops.forEach((stop) => stop()) };
}
