/**
 * Controller of one open workbook: the model (workbook + undo history) on one side, the grid,
 * toolbar, detail panel and status bar on the other. Every change goes model first, then storage
 * (through `persist`), then views.
 */
import { applyOperation, type ApplyResult, type Operation } from '../../core/workbook/operations';
import { createHistory, push, redo, undo, type History } from '../../core/workbook/history';
import { parseFieldValue, type FieldId } from '../../core/workbook/fields';
import type { Period, Workbook } from '../../core/workbook/types';
import { h } from '../dom';
import { createGridView, type GridFilter, type GridView } from '../grid/grid-view';
import type { ColumnLayout } from '../grid/column-layout';
import type { Notices } from '../shell/notices';
import { createDetailPanel } from './detail-panel';
import { countStatus, statusText } from './status-bar';
import { createToolbar } from './toolbar';

export interface WorkbookPageDeps {
  doc: Document;
  notices: Notices;
  /** Today as YYYY-MM-DD (injectable so tests can pin the calendar). */
  today(): string;
  /** Hand an applied change to storage; resolves when written (errors are shown by the saver). */
  persist(result: ApplyResult): void;
  initialPeriod: Period;
  onPeriodChange(period: Period): void;
  /** Hidden columns and widths (UI state, never part of the workbook). */
  initialLayout: ColumnLayout;
  onLayoutChange(layout: ColumnLayout): void;
}

export interface WorkbookPage {
  el: HTMLElement;
  workbook(): Workbook;
  period(): Period;
  /** Apply an operation from outside the grid (Excel re-import, plan revision): one undo step. */
  apply(op: Operation): ApplyResult;
  /** Replace the workbook after another tab changed it (no history entry). */
  replace(workbook: Workbook, changedKeys?: readonly string[]): void;
  filterToKeys(keys: readonly string[], label: string): void;
  grid(): GridView;
  destroy(): void;
}

export function createWorkbookPage(initial: Workbook, deps: WorkbookPageDeps): WorkbookPage {
  const { doc } = deps;
  let workbook = initial;
  let history: History = createHistory();
  let period = deps.initialPeriod;
  let focusedKey: string | null = null;
  let layout = deps.initialLayout;

  const status = h(doc, 'div', { class: 'status-bar', role: 'status', 'data-testid': 'status-bar' });
  const gridHost = h(doc, 'div', { class: 'grid-host', 'data-testid': 'grid' });
  const detail = createDetailPanel(doc, (key, field, raw) => commitOne(key, field, raw));
  const toolbar = createToolbar(
    doc,
    workbook,
    period,
    {
      period: (p) => {
        period = p;
        grid.setPeriod(p);
        detail.show(focusedTask(), period);
        deps.onPeriodChange(p);
      },
      filter: (f: GridFilter) => {
        grid.setFilter(f);
        refreshStatus();
      },
      hiddenColumns: (hidden) => {
        layout = { ...layout, hidden };
        grid.setLayout(layout);
        deps.onLayoutChange(layout);
      },
    },
    deps.initialLayout.hidden,
  );
  const title = h(
    doc,
    'h2',
    { class: 'workbook-title' },
    workbook.name,
    workbook.sample ? h(doc, 'span', { class: 'badge' }, '示例') : null,
    workbook.unit ? h(doc, 'span', { class: 'unit' }, workbook.unit) : null,
  );
  const el = h(
    doc,
    'section',
    { class: 'workbook-page', 'aria-label': workbook.name },
    title,
    toolbar.el,
    h(doc, 'div', { class: 'workbook-body' }, gridHost, detail.el),
    status,
  );

  const grid = createGridView(
    gridHost,
    { workbook, period, asOf: deps.today(), layout },
    {
      onLayoutChange: (next) => {
        layout = next;
        deps.onLayoutChange(next);
      },
      onChanges: (changes, label) => apply({ type: 'setCells', label, changes }),
      onRejected: (rejections) =>
        deps.notices.notice(
          `${rejections.length} 个单元格未接受`,
          rejections.map((r) => `${r.key}「${r.header}」“${r.value.slice(0, 30)}”：${r.message}`),
          'error',
        ),
      onFocusTask: (key) => {
        focusedKey = key;
        detail.show(focusedTask(), period);
      },
      onUndo: () => step(undo(history, workbook, new Date().toISOString()), '撤销'),
      onRedo: () => step(redo(history, workbook, new Date().toISOString()), '重做'),
    },
  );
  detail.show(null, period);
  refreshStatus();

  function focusedTask() {
    return focusedKey === null ? null : (workbook.tasks.find((t) => t.key === focusedKey) ?? null);
  }

  /** Edits from the detail panel (indicator actuals): validated by the same parser as the grid. */
  function commitOne(key: string, field: FieldId, raw: string): void {
    const parsed = parseFieldValue(field, raw);
    if (!parsed.ok) {
      deps.notices.notice('未接受', [parsed.message], 'error');
      return;
    }
    apply({ type: 'setCells', label: '编辑', changes: [{ key, field, value: parsed.value }] });
  }

  function afterChange(result: ApplyResult): void {
    workbook = result.workbook;
    grid.update(workbook, result.metaChanged ? undefined : result.changedKeys);
    detail.show(focusedTask(), period);
    refreshStatus();
    deps.persist(result);
  }

  function apply(op: Operation): ApplyResult {
    const result = applyOperation(workbook, op, new Date().toISOString());
    history = push(history, op, result);
    afterChange(result);
    return result;
  }

  function step(s: ReturnType<typeof undo>, verb: string): void {
    if (!s) {
      deps.notices.notice(`没有可${verb}的操作`);
      return;
    }
    history = s.history;
    afterChange(s.result);
  }

  function refreshStatus(): void {
    const live = workbook.tasks.filter((t) => !t.archived);
    const visible = grid.isFiltered() ? new Set(grid.visibleTaskKeys()) : null;
    const tasks = visible ? live.filter((t) => visible.has(t.key)) : live;
    status.textContent = statusText(countStatus(tasks, deps.today(), workbook.year));
  }

  return {
    el,
    workbook: () => workbook,
    period: () => period,
    apply,
    replace(next, changedKeys) {
      workbook = next;
      grid.update(next, changedKeys);
      detail.show(focusedTask(), period);
      refreshStatus();
    },
    filterToKeys(keys, label) {
      toolbar.setFilter({ text: '', section: '', status: '', light: '', keys: [...keys] });
      deps.notices.notice(`已筛选：${label}（${keys.length} 项）`);
    },
    grid: () => grid,
    destroy: () => grid.destroy(),
  };
}
