/**
 * The progress grid: AG Grid Community around the workbook model. The view owns no data: every
 * edit, paste or clear is handed to the controller as cell changes, and the controller hands the
 * new workbook back through `update`.
 */
import { createGrid, type ColDef, type GridApi, type GridOptions, type IRowNode } from 'ag-grid-community';
import { AG_GRID_LOCALE_CN } from '@ag-grid-community/locale';
import { isFieldId, parseFieldValue, readField, type FieldId } from '../../core/workbook/fields';
import type { CellChange } from '../../core/workbook/operations';
import type { Period, Status, Workbook } from '../../core/workbook/types';
import type { Light } from '../../core/workbook/traffic-light';
import { buildColumns, lightOf, type ColumnContext } from './columns';
import { buildRows, type GridRow } from './rows';
import { planPaste, type PasteRejection } from './paste-block';
import { parseTsv, toTsv } from './clipboard';
import { registerGridModules } from './modules';
import { gridTheme } from './theme';
import { BandRenderer } from './band-renderer';
import { layoutId, type ColumnLayout } from './column-layout';

export interface GridFilter {
  text: string;
  section: string;
  status: Status | '';
  light: Light | '无' | '';
  /** Task keys picked elsewhere (a chart bar); empty = no restriction. */
  keys: readonly string[];
}

export const NO_FILTER: GridFilter = { text: '', section: '', status: '', light: '', keys: [] };

export interface GridHandlers {
  onChanges(changes: CellChange[], label: string): void;
  onRejected(rejections: PasteRejection[]): void;
  onFocusTask(key: string | null): void;
  onUndo(): void;
  onRedo(): void;
  /** Column widths changed by the user (UI state). */
  onLayoutChange?(layout: ColumnLayout): void;
}

export interface GridView {
  api: GridApi<GridRow>;
  update(workbook: Workbook, changedKeys?: readonly string[]): void;
  setPeriod(period: Period): void;
  setFilter(filter: GridFilter): void;
  setLayout(layout: ColumnLayout): void;
  /** Whether any filter or search is active. */
  isFiltered(): boolean;
  /** Rows shown after filtering, for the status bar. */
  visibleTaskKeys(): string[];
  destroy(): void;
}

export function createGridView(
  container: HTMLElement,
  initial: { workbook: Workbook; period: Period; asOf: string; layout?: ColumnLayout },
  handlers: GridHandlers,
): GridView {
  registerGridModules(__DEV__);
  let workbook = initial.workbook;
  let filter = NO_FILTER;
  let layout: ColumnLayout = initial.layout ?? { hidden: [], widths: {} };
  const ctx: ColumnContext = {
    period: initial.period,
    asOf: initial.asOf,
    year: workbook.year,
    commit(key, field, raw) {
      const parsed = parseFieldValue(field, raw);
      if (!parsed.ok) {
        handlers.onRejected([{ key, header: headerOf(field), value: raw, message: parsed.message }]);
        return;
      }
      const current = workbook.tasks.find((t) => t.key === key);
      if (current && readField(current, field) === parsed.value) return;
      handlers.onChanges([{ key, field, value: parsed.value }], '编辑');
    },
  };

  const options: GridOptions<GridRow> = {
    theme: gridTheme,
    localeText: AG_GRID_LOCALE_CN,
    columnDefs: withLayout(buildColumns(ctx), layout),
    rowData: buildRows(workbook),
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
      layout = { ...layout, widths: { ...layout.widths, [layoutId(e.column.getColId())]: e.column.getActualWidth() } };
      handlers.onLayoutChange?.(layout);
    },
    // Click selects a row, Ctrl/Shift+click extends: Ctrl+C then copies whole rows.
    rowSelection: {
      mode: 'multiRow',
      checkboxes: false,
      headerCheckbox: false,
      enableClickSelection: true,
      isRowSelectable: (node) => node.data?.kind === 'task',
    },
    isExternalFilterPresent: () => filter !== NO_FILTER,
    doesExternalFilterPass: (node) => passes(node),
    onCellFocused: (e) => {
      const node = e.rowIndex === null || e.rowIndex === undefined ? undefined : api.getDisplayedRowAtIndex(e.rowIndex);
      handlers.onFocusTask(node?.data?.kind === 'task' ? node.data.id : null);
    },
  };
  const api = createGrid(container, options);

  function headerOf(field: FieldId): string {
    return api.getColumnDef(field)?.headerName ?? field;
  }

  function passes(node: IRowNode<GridRow>): boolean {
    const row = node.data;
    if (!row) return false;
    if (row.kind === 'band') return bandHasVisibleTask(row.sectionKey);
    return taskPasses(row);
  }

  function taskPasses(row: Extract<GridRow, { kind: 'task' }>): boolean {
    const t = row.task;
    if (filter.section && t.section !== filter.section) return false;
    if (filter.status && t.status !== filter.status) return false;
    if (filter.keys.length > 0 && !filter.keys.includes(t.key)) return false;
    if (filter.light) {
      const light = lightOf(t, ctx) ?? '无';
      if (light !== filter.light) return false;
    }
    return true;
  }

  function bandHasVisibleTask(sectionKey: string): boolean {
    return workbook.tasks.some(
      (t) => !t.archived && t.section === sectionKey && taskPasses({ kind: 'task', id: t.key, task: t }),
    );
  }

  function displayedTaskKeysFrom(rowIndex: number): string[] {
    const keys: string[] = [];
    for (let i = rowIndex; i < api.getDisplayedRowCount(); i++) {
      const data = api.getDisplayedRowAtIndex(i)?.data;
      if (data?.kind === 'task') keys.push(data.id);
    }
    return keys;
  }

  function onPaste(event: ClipboardEvent): void {
    if (api.getEditingCells().length > 0) return;
    const focused = api.getFocusedCell();
    const text = event.clipboardData?.getData('text/plain');
    if (!focused || !text) return;
    event.preventDefault();
    const columns = api.getAllDisplayedColumns();
    const start = columns.findIndex((c) => c.getColId() === focused.column.getColId());
    const right = columns.slice(start);
    const plan = planPaste(parseTsv(text), {
      rowKeys: displayedTaskKeysFrom(focused.rowIndex),
      fields: right.map((c) => {
        const id = c.getColId();
        return isFieldId(id) ? id : null;
      }),
      headers: right.map((c) => c.getColDef().headerName ?? ''),
    });
    if (plan.changes.length > 0) handlers.onChanges(plan.changes, '粘贴');
    if (plan.rejected.length > 0) handlers.onRejected(plan.rejected);
  }

  /** Several selected rows: every shown column, as Excel would paste them. */
  function selectedRowsTsv(): string | null {
    const nodes = api.getSelectedNodes().filter((n) => n.data?.kind === 'task');
    if (nodes.length < 2) return null;
    nodes.sort((a, b) => (a.rowIndex ?? 0) - (b.rowIndex ?? 0));
    const columns = api.getAllDisplayedColumns();
    return toTsv(
      nodes.map((rowNode) =>
        columns.map((colKey) => String(api.getCellValue({ rowNode, colKey, useFormatter: true }) ?? '')),
      ),
    );
  }

  function onCopy(event: ClipboardEvent): void {
    if (api.getEditingCells().length > 0) return;
    const rows = selectedRowsTsv();
    if (rows !== null) {
      event.clipboardData?.setData('text/plain', rows);
      event.preventDefault();
      return;
    }
    const focused = api.getFocusedCell();
    const node = focused ? api.getDisplayedRowAtIndex(focused.rowIndex) : undefined;
    if (!focused || !node) return;
    const value = api.getCellValue({ rowNode: node, colKey: focused.column, useFormatter: false });
    event.clipboardData?.setData('text/plain', toTsv([[value === null || value === undefined ? '' : String(value)]]));
    event.preventDefault();
  }

  /** Delete clears the focused cell through the model (AG Grid would open an empty editor). */
  function clearFocused(event: KeyboardEvent): void {
    const focused = api.getFocusedCell();
    const row = focused ? api.getDisplayedRowAtIndex(focused.rowIndex)?.data : undefined;
    const field = focused?.column.getColId();
    if (row?.kind !== 'task' || !field || !isFieldId(field)) return;
    event.preventDefault();
    event.stopPropagation();
    ctx.commit(row.id, field, '');
  }

  function onKeyDown(event: KeyboardEvent): void {
    if (api.getEditingCells().length > 0) return;
    if (event.key === 'Delete' && !event.ctrlKey && !event.metaKey && !event.altKey) return clearFocused(event);
    if (!(event.ctrlKey || event.metaKey)) return;
    const k = event.key.toLowerCase();
    if (k === 'z' && !event.shiftKey) handlers.onUndo();
    else if (k === 'y' || (k === 'z' && event.shiftKey)) handlers.onRedo();
    else return;
    event.preventDefault();
  }

  container.addEventListener('paste', onPaste);
  container.addEventListener('copy', onCopy);
  container.addEventListener('keydown', onKeyDown, true);

  return {
    api,
    update(next, changedKeys) {
      workbook = next;
      ctx.year = next.year;
      if (changedKeys && changedKeys.length > 0) {
        const byKey = new Map(next.tasks.map((t) => [t.key, t]));
        const update = changedKeys.flatMap((k) => {
          const t = byKey.get(k);
          return t && !t.archived ? [{ kind: 'task' as const, id: k, task: t }] : [];
        });
        api.applyTransaction({ update });
        // Re-filtering 5,000 rows per keystroke is only needed when a filter could now differ.
        if (filter !== NO_FILTER) api.onFilterChanged();
      } else {
        api.setGridOption('rowData', buildRows(next));
      }
    },
    setPeriod(period) {
      ctx.period = period;
      api.setGridOption('columnDefs', withLayout(buildColumns(ctx), layout));
    },
    setLayout(next) {
      layout = next;
      api.setGridOption('columnDefs', withLayout(buildColumns(ctx), layout));
    },
    setFilter(next) {
      const empty = !next.text && !next.section && !next.status && !next.light && next.keys.length === 0;
      filter = empty ? NO_FILTER : next;
      api.setGridOption('quickFilterText', next.text);
      api.onFilterChanged();
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
      container.removeEventListener('paste', onPaste);
      container.removeEventListener('copy', onCopy);
      container.removeEventListener('keydown', onKeyDown, true);
      api.destroy();
    },
  };
}

function withLayout(columns: ColDef<GridRow>[], layout: ColumnLayout): ColDef<GridRow>[] {
  return columns.map((c) => {
    const id = layoutId(c.colId ?? '');
    const width = layout.widths[id];
    return { ...c, hide: layout.hidden.includes(id), ...(width ? { width } : {}) };
  });
}
