/**
 * Controller of one open workbook. It owns the model (the document and its undo history) and the
 * values the views share (period, filter, focused task); the grid, detail panel and status bar
 * listen to them, and storage listens to the model's applied steps. The page pushes nothing to
 * the views by hand.
 */
import { createValue, type Value } from '../../core/emitter';
import { parseFieldValue, type FieldId } from '../../core/workbook/fields';
import { openWorkbookModel, type OpenWorkbook } from '../../core/workbook/open-workbook';
import type { ApplyResult, CellChange, Operation } from '../../core/workbook/operations';
import { withConsistency } from '../../core/workbook/consistency';
import type { Period, Workbook } from '../../core/workbook/types';
import { h } from '../dom';
import { createGridView, NO_FILTER, type GridFilter, type GridView } from '../grid/grid-view';
import type { ColumnLayout } from '../grid/column-layout';
import type { Notices } from '../shell/notices';
import { createDetailPanel } from './detail-panel';
import { createStatusBar } from './status-bar';
import { createToolbar, type Toolbar } from './toolbar';
import {
  archivedTasksDialog,
  deleteTaskDialog,
  editTaskDialog,
  insertTaskDialog,
  type TaskDialogDeps,
} from './task-dialogs';
import { attachContextMenu, taskMenu, type TaskMenuActions } from './task-menu';
import { asOfLabel, detailToggle, onCtrlF, workbookTitle } from './page-controls';

export interface WorkbookPageDeps {
  doc: Document;
  notices: Notices;
  /** Today as YYYY-MM-DD (injectable so tests can pin the calendar). */
  today(): string;
  /** Hand an applied change to storage (errors are shown by the saver). */
  persist(result: ApplyResult): void;
  initialPeriod: Period;
  onPeriodChange(period: Period): void;
  /** Hidden columns and widths (UI state, never part of the workbook). */
  initialLayout: ColumnLayout;
  onLayoutChange(layout: ColumnLayout): void;
  /** The detail panel open or folded away (UI state). */
  initialDetailOpen: boolean;
  onDetailToggle(open: boolean): void;
  /** The workbook's task count when `initial` holds only its first tasks (the rest come by `finishLoading`). */
  loadingTotal?: number;
}

export interface WorkbookPage {
  el: HTMLElement;
  model: OpenWorkbook;
  workbook(): Workbook;
  period(): Period;
  /** Apply an operation from outside the grid (Excel re-import, plan revision): one undo step. */
  apply(op: Operation): ApplyResult;
  /** Show the workbook another tab stored (no history entry, not saved again). */
  replace(workbook: Workbook, changedKeys?: readonly string[]): void;
  /** True while only the first tasks are shown: edits are refused until `finishLoading`. */
  loading(): boolean;
  /** The whole workbook, read after the first tasks were shown. */
  finishLoading(workbook: Workbook): void;
  filterToKeys(keys: readonly string[], label: string): void;
  /** A filter picked elsewhere (a chart's bar), shown in the toolbar's controls. */
  filterBy(filter: Partial<GridFilter>, label: string): void;
  grid(): GridView;
  destroy(): void;
}

interface Shared {
  model: OpenWorkbook;
  period: Value<Period>;
  filter: Value<GridFilter>;
  focused: Value<string | null>;
  layout: ColumnLayout;
}

const now = () => new Date().toISOString();

function mountGrid(host: HTMLElement, shared: Shared, deps: WorkbookPageDeps): GridView {
  const { model } = shared;
  const { notices } = deps;
  return createGridView(
    host,
    { model, period: shared.period, filter: shared.filter, asOf: deps.today(), layout: shared.layout },
    {
      onLayoutChange: (next) => {
        shared.layout = next;
        deps.onLayoutChange(next);
      },
      onChanges: (changes, label) => applyConsistent(model, notices, changes, label),
      onRejected: (rejections) =>
        notices.notice(
          `${rejections.length} 个单元格未接受`,
          rejections.map((r) => `${r.key}「${r.header}」“${r.value.slice(0, 30)}”：${r.message}`),
          'error',
        ),
      onFocusTask: (key) => shared.focused.set(key),
      onUndo: () => model.undo(now()) || notices.notice('没有可撤销的操作'),
      onRedo: () => model.redo(now()) || notices.notice('没有可重做的操作'),
    },
  );
}

/**
 * Edits from the grid with 状态 and 完成进度 kept in agreement (one undo step); what had to be
 * settled is said, and 100% on a task not yet 已完成 is offered as one click.
 */
function applyConsistent(model: OpenWorkbook, notices: Notices, changes: CellChange[], label: string): void {
  const settled = withConsistency(model.get(), changes);
  model.apply({ type: 'setCells', label, changes: settled.changes }, now());
  if (settled.warnings.length > 0) {
    notices.notice(
      '状态与完成进度不一致，已按规则处理',
      settled.warnings.map((w) => w.message),
      'error',
    );
  }
  if (settled.suggestDone.length === 0) return;
  const keys = settled.suggestDone.map((s) => s.key).join('、');
  const done = settled.suggestDone.map(({ key, period }) => ({
    key,
    field: `status@${period}` as const,
    value: '已完成',
  }));
  notices.notice(`任务${keys}的完成进度为100%，是否设为已完成？`, [], 'info', [
    {
      label: '设为已完成',
      run: () => void model.apply({ type: 'setCells', label: '设为已完成', changes: done }, now()),
    },
  ]);
}

/** 插入任务 / 编辑任务 / 删除任务 / 已删除任务, for the focused task, from the menu or a right-click. */
function taskActions(doc: Document, shared: Shared, deps: WorkbookPageDeps, grid: () => GridView): TaskMenuActions {
  const dialogs: TaskDialogDeps = {
    doc,
    workbook: () => shared.model.get(),
    apply: (op) => void shared.model.apply(op, now()),
    notice: (text) => deps.notices.notice(text),
  };
  const focused = () => {
    const key = shared.focused.get();
    return key !== null && shared.model.get().tasks.some((t) => t.key === key && !t.archived) ? key : null;
  };
  return {
    insert: () => void insertTaskDialog(dialogs, focused()),
    edit: () => void (focused() !== null && editTaskDialog(dialogs, focused()!)),
    remove: () => void (focused() !== null && deleteTaskDialog(dialogs, focused()!)),
    archived: () => archivedTasksDialog(dialogs),
    hasTask: () => focused() !== null,
    // The row was right-clicked where it is: focus it without scrolling it to the top.
    focus: (key) => {
      const index = grid().api.getRowNode(key)?.rowIndex;
      if (index !== null && index !== undefined) grid().api.setFocusedCell(index, 'title');
    },
  };
}

/** Period, search, filters and the column chooser; they set the shared values the views follow. */
function mountToolbar(
  doc: Document,
  initial: Workbook,
  shared: Shared,
  deps: WorkbookPageDeps,
  relayout: (layout: ColumnLayout) => void,
  goTo: (text: string) => void,
): Toolbar {
  const asOf = asOfLabel(doc, shared.period, initial.year, deps.today());
  const on = {
    searchEnter: (text: string) => goTo(text),
    period: (p: Period) => shared.period.set(p),
    filter: (f: GridFilter) => shared.filter.set(f),
    hiddenColumns: (hidden: string[]) => {
      shared.layout = { ...shared.layout, hidden };
      relayout(shared.layout);
      deps.onLayoutChange(shared.layout);
    },
  };
  return createToolbar(doc, initial, shared.period.get(), on, deps.initialLayout.hidden, asOf);
}

interface Loading {
  active(): boolean;
  /** Said in the status bar instead of counts that would be the first page's. */
  text(): string | null;
  refuse(): void;
  done(): void;
}

/** While only the first tasks are shown (`WorkbookPageDeps.loadingTotal`). */
function loadingState(total: number | undefined, notices: Notices): Loading {
  let left = total ?? null;
  return {
    active: () => left !== null,
    text: () => (left === null ? null : `正在载入其余任务…（共 ${left.toLocaleString('zh-CN')} 项）`),
    refuse: () => notices.notice('台账还在载入，请稍候再编辑'),
    done: () => void (left = null),
  };
}

/**
 * The model as the views see it: while only the first tasks are read, every edit is refused with
 * a word (it would be lost, or be saved against tasks not yet read).
 */
function guarded(model: OpenWorkbook, loading: Loading): OpenWorkbook {
  const idle = (op: Operation): ApplyResult => ({
    workbook: model.get(),
    inverse: op,
    changedKeys: [],
    metaChanged: false,
  });
  return {
    ...model,
    apply: (op, at) => (loading.active() ? (loading.refuse(), idle(op)) : model.apply(op, at)),
    undo: (at) => !loading.active() && model.undo(at),
    redo: (at) => !loading.active() && model.redo(at),
  };
}

export function createWorkbookPage(initial: Workbook, deps: WorkbookPageDeps): WorkbookPage {
  const { doc } = deps;
  const loading = loadingState(deps.loadingTotal, deps.notices);
  const model = guarded(openWorkbookModel(initial), loading);
  const shared: Shared = {
    model,
    period: createValue(deps.initialPeriod),
    filter: createValue<GridFilter>(NO_FILTER),
    focused: createValue<string | null>(null),
    layout: deps.initialLayout,
  };
  const stopPersisting = model.subscribe((change) => change.applied && deps.persist(change.applied));
  shared.period.subscribe(deps.onPeriodChange);
  const gridHost = h(doc, 'div', { class: 'grid-host', 'data-testid': 'grid' });
  const detail = createDetailPanel(doc, shared, (key, field, raw) => commitOne(key, field, raw));
  const body = h(doc, 'div', { class: 'workbook-body' }, gridHost, detail.el);
  const toolbar = mountToolbar(
    doc,
    initial,
    shared,
    deps,
    (layout) => grid.setLayout(layout),
    (text) => grid.focusTask(text),
  );
  const stopFind = onCtrlF(doc, () => toolbar.focusSearch());
  const structure = taskActions(doc, shared, deps, () => grid);
  const stopMenu = attachContextMenu(doc, gridHost, structure);
  toolbar.el.append(taskMenu(doc, structure), detailToggle(doc, body, deps));
  const el = h(
    doc,
    'section',
    { class: 'workbook-page', 'aria-label': initial.name },
    workbookTitle(doc, initial),
    toolbar.el,
    body,
  );
  const grid = mountGrid(gridHost, shared, deps);
  const status = createStatusBar(doc, { ...shared, grid, asOf: deps.today(), loading: loading.text });
  el.append(status.el);
  if (loading.active()) el.setAttribute('aria-busy', 'true');

  /** Edits from the detail panel (indicator actuals): validated by the same parser as the grid. */
  function commitOne(key: string, field: FieldId, raw: string): void {
    const parsed = parseFieldValue(field, raw, { year: model.get().year });
    if (!parsed.ok) return deps.notices.notice('未接受', [parsed.message], 'error');
    model.apply({ type: 'setCells', label: '编辑', changes: [{ key, field, value: parsed.value }] }, now());
  }

  return {
    el,
    model,
    workbook: () => model.get(),
    period: () => shared.period.get(),
    apply: (op) => model.apply(op, now()),
    replace: (next, changedKeys) => model.adopt(next, changedKeys),
    loading: () => loading.active(),
    finishLoading(workbook) {
      loading.done();
      el.removeAttribute('aria-busy');
      model.adopt(workbook);
    },
    filterToKeys(keys, label) {
      toolbar.setFilter({ ...NO_FILTER, keys: [...keys] });
      deps.notices.notice(`已筛选：${label}（${keys.length} 项）`);
    },
    filterBy(filter, label) {
      toolbar.setFilter({ ...NO_FILTER, ...filter });
      deps.notices.notice(`已筛选：${label}（${grid.visibleTaskKeys().length} 项）`);
    },
    grid: () => grid,
    destroy() {
      stopFind();
      stopMenu();
      stopPersisting();
      detail.destroy();
      status.destroy();
      grid.destroy();
    },
  };
}
