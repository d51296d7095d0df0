/**
 * The progress grid: AG Grid Community around the open workbook. The view owns no data and
 * listens: it redraws the rows the model says changed, swaps its period columns when the period
 * changes and re-filters when the filter does. Every edit, paste or clear goes back to the model
 * as cell changes through `handlers`.
 */
import { createGrid, type ColDef, type GridApi, type GridOptions } from 'ag-grid-community';
import { GRID_LOCALE } from './grid-locale';
import type { Value } from '../../core/emitter';
import { parseFieldValue, readField, type FieldId } from '../../core/workbook/fields';
import type { CellChange } from '../../core/workbook/operations';
import type { OpenWorkbook, WorkbookChange } from '../../core/workbook/open-workbook';
import type { Period } from '../../core/workbook/types';
import { periodStatus } from '../../core/workbook/period-values';
import { taskByKey } from '../../core/workbook/task-index';
import { buildColumns, lightOf, type ColumnContext } from './columns';
import { buildRows, type GridRow } from './rows';
import type { PasteRejection } from './paste-block';
import { registerGridModules } from './modules';
import { gridTheme } from './theme';
import { BandRenderer } from './band-renderer';
import { layoutId, type ColumnLayout } from './column-layout';
import { attachGridInput } from './grid-input';
import { attachImeStart } from './ime-start';
import { createRangeSelection, type RangeSelection } from './range-selection';
import { isEmptyFilter, NO_FILTER, rowPasses, taskWithKey, type GridFilter } from './row-filter';
import { searchableText } from './columns';

export { NO_FILTER, type GridFilter } from './row-filter';

export interface GridHandlers {
  onChanges(changes: CellChange[], label: string): void;
  onRejected(rejections: PasteRejection[]): void;
  onFocusTask(key: string | null): void;
  onUndo(): void;
  onRedo(): void;
  /** Ctrl+F in the grid. */
  onFind?(): void;
  /** Column widths changed by the user (UI state). */
  onLayoutChange?(layout: ColumnLayout): void;
}

export interface GridSources {
  model: OpenWorkbook;
  period: Value<Period>;
  filter: Value<GridFilter>;
  asOf: string;
  layout?: ColumnLayout;
}

export interface GridView {
  api: GridApi<GridRow>;
  /** The selected range (for the status bar's count). */
  selection: RangeSelection;
  setLayout(layout: ColumnLayout): void;
  /** Whether any filter or search is active. */
  isFiltered(): boolean;
  /** Rows shown after filtering, for the status bar. */
  visibleTaskKeys(): string[];
  /** Enter in the search box: focus the task with that number, else the first one shown. */
  focusTask(text: string): void;
  destroy(): void;
}

/**
 * Only the rows the model says changed are redrawn, each in place (no pass of the row model over
 * all 5,000 rows); a structural change rebuilds them all.
 */
function redrawRows(api: GridApi<GridRow>, change: WorkbookChange, ctx: ColumnContext, filtered: boolean): void {
  ctx.year = change.workbook.year;
  const keys = change.changedKeys;
  if (!keys || keys.length === 0) return api.setGridOption('rowData', buildRows(change.workbook));
  for (const key of keys) {
    const task = taskByKey(change.workbook.tasks, key);
    if (task && !task.archived) api.getRowNode(key)?.updateData({ kind: 'task', id: key, task });
  }
  // Re-filtering 5,000 rows per keystroke is only needed when a filter could now differ.
  if (filtered) api.onFilterChanged();
}

function firstTaskRow(api: GridApi<GridRow>): number {
  for (let i = 0; i < api.getDisplayedRowCount(); i++)
    if (api.getDisplayedRowAtIndex(i)?.data?.kind === 'task') return i;
  return -1;
}

function withLayout(columns: ColDef<GridRow>[], layout: ColumnLayout): ColDef<GridRow>[] {
  return columns.map((c) => {
    const id = layoutId(c.colId ?? '');
    const width = layout.widths[id];
    return { ...c, hide: layout.hidden.includes(id), ...(width ? { width } : {}) };
  });
}

/** Validate what the user committed with the model's parser; an unchanged value is no edit. */
function committer(model: OpenWorkbook, handlers: GridHandlers, headerOf: (f: FieldId) => string) {
  return (key: string, field: FieldId, raw: string): void => {
    // Dates typed without a year (6月底, 三季度末) are the workbook's year.
    const parsed = parseFieldValue(field, raw, { year: model.get().year });
    if (!parsed.ok) {
      handlers.onRejected([{ key, header: headerOf(field), value: raw, message: parsed.message }]);
      return;
    }
    const current = taskByKey(model.get().tasks, key);
    if (current && readField(current, field) === parsed.value) return;
    handlers.onChanges([{ key, field, value: parsed.value }], '编辑');
  };
}

function gridOptions(
  ctx: ColumnContext,
  sources: GridSources,
  state: {
    layout: ColumnLayout;
    filter: () => GridFilter;
    selection: RangeSelection;
    ime?: { cellFocused(): void };
  },
  handlers: GridHandlers,
  api: () => GridApi<GridRow>,
): GridOptions<GridRow> {
  return {
    theme: gridTheme,
    localeText: GRID_LOCALE,
    columnDefs: withLayout(buildColumns(ctx), state.layout),
    rowData: buildRows(sources.model.get()),
    getRowId: (p) => p.data.id,
    isFullWidthRow: (p) => p.rowNode.data?.kind === 'band',
    fullWidthCellRenderer: BandRenderer,
    defaultColDef: { resizable: true, sortable: false, cellClassRules: state.selection.classRules },
    // Two lines of a wrapped title.
    rowHeight: 42,
    animateRows: false,
    headerHeight: 36,
    tooltipShowDelay: 400,
    singleClickEdit: false,
    stopEditingWhenCellsLoseFocus: true,
    enterNavigatesVerticallyAfterEdit: true,
    onColumnResized: (e) => {
      if (!e.finished || e.source !== 'uiColumnResized' || !e.column) return;
      const widths = { ...state.layout.widths, [layoutId(e.column.getColId())]: e.column.getActualWidth() };
      state.layout = { ...state.layout, widths };
      handlers.onLayoutChange?.(state.layout);
    },
    isExternalFilterPresent: () => state.filter() !== NO_FILTER,
    doesExternalFilterPass: (node) =>
      rowPasses(node, sources.model.get(), state.filter(), {
        lightOf: (t) => lightOf(t, ctx),
        statusOf: (t) => periodStatus(t, ctx.period),
        textOf: (t) => searchableText(t, ctx.period),
      }),
    // The 状态 list opens on the first click, as a dropdown in Excel does.
    onCellClicked: (e) => {
      const colId = e.column.getColId();
      if (!colId.startsWith('status@') || e.data?.kind !== 'task' || e.rowIndex === null) return;
      if ((e.event as MouseEvent | undefined)?.shiftKey) return;
      api().startEditingCell({ rowIndex: e.rowIndex, colKey: colId });
    },
    onCellFocused: (e) => {
      const index = e.rowIndex;
      const node = index === null || index === undefined ? undefined : api().getDisplayedRowAtIndex(index);
      handlers.onFocusTask(node?.data?.kind === 'task' ? node.data.id : null);
      const colId = typeof e.column === 'object' && e.column ? e.column.getColId() : null;
      const col = api()
        .getAllDisplayedColumns()
        .findIndex((c) => c.getColId() === colId);
      if (index !== null && index !== undefined && col >= 0) state.selection.focused({ row: index, col });
      // The grid marks the focused cell after this event: let the input method catch it then.
      queueMicrotask(() => state.ime?.cellFocused());
    },
  };
}

export function createGridView(container: HTMLElement, sources: GridSources, handlers: GridHandlers): GridView {
  registerGridModules(__DEV__);
  const { model } = sources;
  let filter = NO_FILTER;
  const selection = createRangeSelection(container, () => api);
  const state: Parameters<typeof gridOptions>[2] = {
    layout: sources.layout ?? { hidden: [], widths: {} },
    filter: () => filter,
    selection,
  };
  const headerOf = (field: FieldId) => api.getColumnDef(field)?.headerName ?? field;
  const commit = committer(model, handlers, headerOf);
  const ctx: ColumnContext = { period: sources.period.get(), asOf: sources.asOf, year: model.get().year, commit };
  const api: GridApi<GridRow> = createGrid(
    container,
    gridOptions(ctx, sources, state, handlers, () => api),
  );
  const ime = attachImeStart(container, api);
  state.ime = ime;
  const detachInput = attachGridInput(container, api, selection, {
    ...handlers,
    commit,
    year: () => model.get().year,
    taskKeys: () => new Set(model.get().tasks.map((t) => t.key)),
  });
  const columns = () => api.setGridOption('columnDefs', withLayout(buildColumns(ctx), state.layout));
  /** A search for a task's number scrolls to that task (the search box keeps the focus). */
  const goToKey = (text: string) => {
    const found = taskWithKey(model.get(), text);
    const node = found ? api.getRowNode(found.key) : undefined;
    if (node && node.rowIndex !== null) api.ensureNodeVisible(node, 'top');
  };

  const redraw = (change: WorkbookChange) => redrawRows(api, change, ctx, filter !== NO_FILTER);

  const unsubscribe = [
    model.subscribe(redraw),
    sources.period.subscribe((period) => {
      ctx.period = period;
      columns();
    }),
    sources.filter.subscribe((next) => {
      filter = isEmptyFilter(next) ? NO_FILTER : next;
      api.onFilterChanged();
      goToKey(next.text);
    }),
  ];

  return {
    api,
    selection,
    setLayout(next) {
      state.layout = next;
      columns();
    },
    isFiltered: () => filter !== NO_FILTER,
    focusTask(text) {
      const found = taskWithKey(model.get(), text);
      const node = found ? api.getRowNode(found.key) : api.getDisplayedRowAtIndex(firstTaskRow(api));
      if (!node || node.rowIndex === null) return;
      api.ensureNodeVisible(node, 'top');
      api.setFocusedCell(node.rowIndex, 'title');
    },
    visibleTaskKeys() {
      const keys: string[] = [];
      api.forEachNodeAfterFilter((n) => {
        if (n.data?.kind === 'task') keys.push(n.data.id);
      });
      return keys;
    },
    destroy() {
      unsubscribe.forEach((stop) => stop());
      detachInput();
      ime.detach();
      selection.detach();
      api.destroy();
    },
  };
}
