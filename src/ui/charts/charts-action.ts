/**
 * 图表: the charts of the open workbook, in a panel that takes the grid's place. Clicking a bar
 * closes the charts and filters the grid to the tasks behind it. The date and periods picked in
 * the view are UI state (kept through the library), never part of the workbook.
 */
import type { ChartInput } from '../../core/charts/types';
import { PERIODS, type Period } from '../../core/workbook/types';
import { openChartsPanel, type ChartsPanel } from './charts-panel';
import { openChartsView, type ChartsView } from './charts-view';
import type { ChartsUiState } from '../ui-state';
import type { ActionContext } from '../shell/run-action';

/** The panel on screen, so a second click on 图表 does not stack another one. */
let current: ChartsPanel | null = null;

const isPeriod = (value: unknown): value is Period => PERIODS.includes(value as Period);

/**
 * Periods are remembered as a preference. A picked as-of date is reused only on the day it was
 * picked: on a later day a stale date would quietly show old 序时 lights.
 */
export function chartSettings(
  saved: ChartsUiState | undefined,
  gridPeriod: Period,
  today: string,
): Omit<ChartInput, 'workbook'> {
  const s = saved ?? {};
  const asOf = s.asOfPickedOn === today && /^\d{4}-\d{2}-\d{2}$/.test(s.asOf ?? '') ? s.asOf! : today;
  const settings: Omit<ChartInput, 'workbook'> = { asOf, period: isPeriod(s.period) ? s.period : gridPeriod };
  if (isPeriod(s.compareWith) && s.compareWith !== settings.period) settings.compareWith = s.compareWith;
  return settings;
}

export async function openCharts(ctx: ActionContext): Promise<void> {
  const page = ctx.app.page();
  if (!page) {
    ctx.notices.notice('请先打开一个台账');
    return;
  }
  if (current) {
    current.el.querySelector<HTMLElement>('h2')?.focus();
    return;
  }
  const settings = chartSettings(ctx.library.uiState().charts, page.period(), ctx.today());
  let input: ChartInput = { workbook: page.workbook(), ...settings };
  let view: ChartsView | null = null;
  // The charts listen to the workbook too: another tab's save redraws them.
  const stopListening = page.model.subscribe((change) => {
    input = { ...input, workbook: change.workbook };
    view?.update(input);
  });
  const panel = openChartsPanel(ctx.doc, page.el, input.workbook.name, () => {
    stopListening();
    view?.destroy();
    view = null;
    current = null;
  });
  current = panel;
  const opened = await openChartsView(ctx.doc, panel.body, input, {
    onSelect(taskKeys, label, _unit, filter) {
      panel.close();
      // The grid judges 状态 and 序时 in its own period: the same filter only when the periods agree.
      if (filter && input.period === page.period()) page.filterBy(filter, label);
      else page.filterToKeys(taskKeys, label);
    },
    onInputChange(next) {
      input = next;
      const patch: ChartsUiState = { period: next.period, compareWith: next.compareWith };
      if (next.asOf !== ctx.today()) Object.assign(patch, { asOf: next.asOf, asOfPickedOn: ctx.today() });
      void ctx.library.setUiState({ charts: patch });
    },
  });
  // Closed (or the page replaced) while chart.js was still loading: nothing to show it in.
  if (current !== panel) opened.destroy();
  else view = opened;
}
