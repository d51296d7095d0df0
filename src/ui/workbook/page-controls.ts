/**
 * The small controls around the workbook grid: the page title, the 截至 date, the detail panel's
 * fold button and Ctrl+F going to the search box.
 */
import type { Value } from '../../core/emitter';
import { periodAsOf } from '../../core/workbook/period-values';
import { chineseDate } from '../../core/report/labels';
import type { Period, Workbook } from '../../core/workbook/types';
import { h } from '../dom';

/**
 * 详情: the panel with the task's full text folds away so the grid gets the width (1366 px screens);
 * the choice is remembered.
 */
export function detailToggle(
  doc: Document,
  body: HTMLElement,
  deps: { initialDetailOpen: boolean; onDetailToggle(open: boolean): void },
): HTMLButtonElement {
  const button = h(doc, 'button', { type: 'button', class: 'detail-toggle', 'aria-controls': 'detail-panel' });
  const set = (open: boolean) => {
    body.classList.toggle('detail-folded', !open);
    button.textContent = open ? '收起详情 ▸' : '◂ 展开详情';
    button.setAttribute('aria-expanded', String(open));
  };
  let open = deps.initialDetailOpen;
  set(open);
  button.addEventListener('click', () => {
    open = !open;
    set(open);
    deps.onDetailToggle(open);
  });
  return button;
}

/** Ctrl+F goes to the search box instead of the browser's find bar (which cannot see scrolled rows). */
export function onCtrlF(doc: Document, focusSearch: () => void): () => void {
  const listener = (event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'f' || doc.querySelector('dialog[open]'))
      return;
    event.preventDefault();
    focusSearch();
  };
  doc.addEventListener('keydown', listener, true);
  return () => doc.removeEventListener('keydown', listener, true);
}

/** 截至 2021年6月30日: the date the period's 序时 lights are judged at, following the period shown. */
export function asOfLabel(doc: Document, period: Value<Period>, year: number, today: string): HTMLElement {
  const el = h(doc, 'span', { class: 'as-of', 'data-testid': 'as-of' });
  const show = (p: Period) => (el.textContent = `截至 ${chineseDate(periodAsOf(p, year, today))}`);
  show(period.get());
  period.subscribe(show);
  return el;
}

export function workbookTitle(doc: Document, workbook: Workbook): HTMLElement {
  return h(
    doc,
    'h2',
    { class: 'workbook-title' },
    workbook.name,
    workbook.sample ? h(doc, 'span', { class: 'badge' }, '示例') : null,
    workbook.unit ? h(doc, 'span', { class: 'unit' }, workbook.unit) : null,
  );
}
