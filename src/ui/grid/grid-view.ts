/**
 * The progress grid: AG Grid Community around the open workbook. The view owns no data and
 * listens: it redraws the rows the model says changed, swaps its period columns when the period
 * changes and re-filters when the filter does. Every edit, paste or clear goes back to the model
 * as cell changes through `handlers`.
 */
import { createGrid, type ColDef, type GridApi, type GridOptions } from 'ag-grid-community';
import { AG_GRID_LOCALE_CN } from '@ag-grid-community/locale';
import type { Value } from '../../core/emitter';
import { parseFieldValue, readField, type FieldId } from '../../core/workbook/fields';
import type { CellChange } from '../../core/workbook/operations';
import type { OpenWorkbook, WorkbookChange } from '../../core/workbook/open-workbook';
import type { Period } from '../../core/workbook/types';
import { periodStatus } from '../../core/workbook/period-values';
import { buildColumns, lightOf, type ColumnContext } from './columns';
import { buildRows, type GridRow } from './rows';
import type { PasteRejection } from './paste-block';
import { registerGridModules } from './modules';
import { gridTheme } from './theme';
import { BandRenderer } from './band-renderer';
import { layoutId, type ColumnLayout } from './column-layout';
import { attachGridInput } from './grid-input';
import { isEmptyFilter, NO_FILTER, rowPasses, type GridFilter } from './row-filter';

export { NO_FILTER, type GridFilter } from './row-filter';

export interface GridHandlers {
  onChanges(changes: CellChange[], label: string): void;
  onRejected(rejections: PasteRejection[]): void;
  onFocusTask(key: string | null): void;
  onUndo(): void;
  onRedo(): void;
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
  setLayout(layout: ColumnLayout): void;
  /** Whether any filter or search is active. */
  isFiltered(): boolean;
  /** Rows shown after filtering, for the status bar. */
  visibleTaskKeys(): string[];
  destroy(): void;
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
    const parsed = parseFieldValue(field, raw);
    if (!parsed.ok) {
      handlers.onRejected([{ key, header: headerOf(field), value: raw, message: parsed.message }]);
      return;
    }
    const current = model.get().tasks.find((t) => t.key === key);
    if (current && readField(current, field) === parsed.value) return;
    handlers.onChanges([{ key, field, value: parsed.value }], '编辑');
  };
}

function gridOptions(
  ctx: ColumnContext,
  sources: GridSources,
  state: { layout: ColumnLayout; filter: () => GridFilter },
  handlers: GridHandlers,
  api: () => GridApi<GridRow>,
): GridOptions<GridRow> {
  return {
    theme: gridTheme,
    localeText: AG_GRID_LOCALE_CN,
    columnDefs: withLayout(buildColumns(ctx), state.layout),
    rowData: buildRows(sources.model.get()),
    getRowId: (p) => p.data.id,
    isFullWidthRow: (p) => p.rowNode.data?.kind === 'band',
    fullWidthCellRenderer: BandRenderer,
    defaultColDef: { resizable: true, sortable: false },
    rowHeight: 32,
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
    // Click selects a row, Ctrl/Shift+click extends: Ctrl+C then copies whole rows.
    rowSelection: {
      mode: 'multiRow',
      checkboxes: false,
      headerCheckbox: false,
      enableClickSelection: true,
      isRowSelectable: (node) => node.data?.kind === 'task',
    },
    isExternalFilterPresent: () => state.filter() !== NO_FILTER,
    doesExternalFilterPass: (node) =>
      rowPasses(node, sources.model.get(), state.filter(), {
        lightOf: (t) => lightOf(t, ctx),
        statusOf: (t) => periodStatus(t, ctx.period),
      }),
    onCellFocused: (e) => {
      const index = e.rowIndex;
      const node = index === null || index === undefined ? undefined : api().getDisplayedRowAtIndex(index);
      handlers.onFocusTask(node?.data?.kind === 'task' ? node.data.id : null);
    },
  };
}

export function createGridView(container: HTMLElement, sources: GridSources, handlers: GridHandlers): GridView {
  registerGridModules(__DEV__);
  const { model } = sources;
  let filter = NO_FILTER;
  const state = { layout: sources.layout ?? { hidden: [], widths: {} }, filter: () => filter };
  const headerOf = (field: FieldId) => api.getColumnDef(field)?.headerName ?? field;
  const commit = committer(model, handlers, headerOf);
  const ctx: ColumnContext = { period: sources.period.get(), asOf: sources.asOf, year: model.get().year, commit };
  const api: GridApi<GridRow> = createGrid(
    container,
    gridOptions(ctx, sources, state, handlers, () => api),
  );
  const detachInput = attachGridInput(container, api, { ...handlers, commit });
  const columns = () => api.setGridOption('columnDefs', withLayout(buildColumns(ctx), state.layout));

  function redraw(change: WorkbookChange): void {
    ctx.year = change.workbook.year;
    const keys = change.changedKeys;
    if (!keys || keys.length === 0) return api.setGridOption('rowData', buildRows(change.workbook));
    const byKey = new Map(change.workbook.tasks.map((t) => [t.key, t]));
    const update = keys.flatMap((k) => {
      const t = byKey.get(k);
      return t && !t.archived ? [{ kind: 'task' as const, id: k, task: t }] : [];
    });
    api.applyTransaction({ update });
    // Re-filtering 5,000 rows per keystroke is only needed when a filter could now differ.
    if (filter !== NO_FILTER) api.onFilterChanged();
  }

  const unsubscribe = [
    model.subscribe(redraw),
    sources.period.subscribe((period) => {
      ctx.period = period;
      columns();
    }),
    sources.filter.subscribe((next) => {
      filter = isEmptyFilter(next) ? NO_FILTER : next;
      api.setGridOption('quickFilterText', next.text);
      api.onFilterChanged();
    }),
  ];

  return {
    api,
    setLayout(next) {
      state.layout = next;
      columns();
    },
    isFiltered: () => filter !== NO_FILTER,
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
      api.destroy();
    },
  };
}
