/**
 * The grid's keyboard and clipboard, as Excel users expect them and as AG Grid Community does not
 * provide: block paste (validated cell by cell), copy of a cell or of selected rows, Delete that
 * clears through the model, Ctrl+Z / Ctrl+Y through the model's history.
 */
import type { GridApi } from 'ag-grid-community';
import { isFieldId, type FieldId } from '../../core/workbook/fields';
import type { CellChange } from '../../core/workbook/operations';
import { parseTsv, toTsv } from './clipboard';
import { planPaste, type PasteRejection } from './paste-block';
import type { GridRow } from './rows';

export interface GridInputHandlers {
  /** One committed cell (Delete clears with ''), validated by the caller. */
  commit(key: string, field: FieldId, raw: string): void;
  onChanges(changes: CellChange[], label: string): void;
  onRejected(rejections: PasteRejection[]): void;
  onUndo(): void;
  onRedo(): void;
}

function displayedTaskKeysFrom(api: GridApi<GridRow>, rowIndex: number): string[] {
  const keys: string[] = [];
  for (let i = rowIndex; i < api.getDisplayedRowCount(); i++) {
    const data = api.getDisplayedRowAtIndex(i)?.data;
    if (data?.kind === 'task') keys.push(data.id);
  }
  return keys;
}

function onPaste(api: GridApi<GridRow>, handlers: GridInputHandlers, event: ClipboardEvent): void {
  if (api.getEditingCells().length > 0) return;
  const focused = api.getFocusedCell();
  const text = event.clipboardData?.getData('text/plain');
  if (!focused || !text) return;
  event.preventDefault();
  const columns = api.getAllDisplayedColumns();
  const right = columns.slice(columns.findIndex((c) => c.getColId() === focused.column.getColId()));
  const plan = planPaste(parseTsv(text), {
    rowKeys: displayedTaskKeysFrom(api, focused.rowIndex),
    fields: right.map((c) => (isFieldId(c.getColId()) ? (c.getColId() as FieldId) : null)),
    headers: right.map((c) => c.getColDef().headerName ?? ''),
  });
  if (plan.changes.length > 0) handlers.onChanges(plan.changes, '粘贴');
  if (plan.rejected.length > 0) handlers.onRejected(plan.rejected);
}

/** Several selected rows: every shown column, as Excel would paste them. */
function selectedRowsTsv(api: GridApi<GridRow>): string | null {
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

function onCopy(api: GridApi<GridRow>, event: ClipboardEvent): void {
  if (api.getEditingCells().length > 0) return;
  const rows = selectedRowsTsv(api);
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
function clearFocused(api: GridApi<GridRow>, handlers: GridInputHandlers, event: KeyboardEvent): void {
  const focused = api.getFocusedCell();
  const row = focused ? api.getDisplayedRowAtIndex(focused.rowIndex)?.data : undefined;
  const field = focused?.column.getColId();
  if (row?.kind !== 'task' || !field || !isFieldId(field)) return;
  event.preventDefault();
  event.stopPropagation();
  handlers.commit(row.id, field, '');
}

function onKeyDown(api: GridApi<GridRow>, handlers: GridInputHandlers, event: KeyboardEvent): void {
  if (api.getEditingCells().length > 0) return;
  if (event.key === 'Delete' && !event.ctrlKey && !event.metaKey && !event.altKey) {
    clearFocused(api, handlers, event);
    return;
  }
  if (!(event.ctrlKey || event.metaKey)) return;
  const k = event.key.toLowerCase();
  if (k === 'z' && !event.shiftKey) handlers.onUndo();
  else if (k === 'y' || (k === 'z' && event.shiftKey)) handlers.onRedo();
  else return;
  event.preventDefault();
}

/** Listens on the grid's container; returns the function that stops listening. */
export function attachGridInput(
  container: HTMLElement,
  api: GridApi<GridRow>,
  handlers: GridInputHandlers,
): () => void {
  const paste = (e: ClipboardEvent) => onPaste(api, handlers, e);
  const copy = (e: ClipboardEvent) => onCopy(api, e);
  const keydown = (e: KeyboardEvent) => onKeyDown(api, handlers, e);
  container.addEventListener('paste', paste);
  container.addEventListener('copy', copy);
  container.addEventListener('keydown', keydown, true);
  return () => {
    container.removeEventListener('paste', paste);
    container.removeEventListener('copy', copy);
    container.removeEventListener('keydown', keydown, true);
  };
}
