/** 共 N 项 · 已完成 a · 序时推进 b · 滞后 c · 未启动 d — counted over the visible tasks. */
import type { Value } from '../../core/emitter';
import type { OpenWorkbook } from '../../core/workbook/open-workbook';
import { periodStatus } from '../../core/workbook/period-values';
import { isOnTrack, periodLight } from '../../core/workbook/traffic-light';
import type { Period, TaskRecord } from '../../core/workbook/types';
import { h } from '../dom';
import type { GridFilter, GridView } from '../grid/grid-view';
import { size, type Rect } from '../grid/cell-range';

export interface StatusCounts {
  total: number;
  done: number;
  onTrack: number;
  behind: number;
  notStarted: number;
}

/** Counted in the period shown, with its lights judged at the period's end (or today, when earlier). */
export function countStatus(tasks: readonly TaskRecord[], period: Period, today: string, year: number): StatusCounts {
  const counts: StatusCounts = { total: tasks.length, done: 0, onTrack: 0, behind: 0, notStarted: 0 };
  for (const t of tasks) {
    const light = periodLight(t, period, today, year);
    if (light === '蓝') counts.done += 1;
    else if (isOnTrack(light)) counts.onTrack += 1;
    else if (light === '黄' || light === '红') counts.behind += 1;
    if (periodStatus(t, period) === '未启动') counts.notStarted += 1;
  }
  return counts;
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

/** The bar under the grid; it recounts whenever the workbook or the filter changes. */
export function createStatusBar(
  doc: Document,
  sources: { model: OpenWorkbook; period: Value<Period>; filter: Value<GridFilter>; grid: GridView; asOf: string },
): { el: HTMLElement; destroy(): void } {
  const el = h(doc, 'div', { class: 'status-bar', role: 'status', 'data-testid': 'status-bar' });
  const refresh = (): void => {
    const workbook = sources.model.get();
    const live = workbook.tasks.filter((t) => !t.archived);
    const visible = sources.grid.isFiltered() ? new Set(sources.grid.visibleTaskKeys()) : null;
    const tasks = visible ? live.filter((t) => visible.has(t.key)) : live;
    const counts = statusText(countStatus(tasks, sources.period.get(), sources.asOf, workbook.year));
    el.textContent = [counts, selectionText(sources.grid.selection.rect())].filter(Boolean).join('\u3000｜\u3000');
  };
  const stops = [
    sources.model.subscribe(refresh),
    sources.filter.subscribe(refresh),
    sources.period.subscribe(refresh),
    sources.grid.selection.range.subscribe(refresh),
  ];
  refresh();
  return { el, destroy: () => stops.forEach((stop) => stop()) };
}
