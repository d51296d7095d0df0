/**
 * The grid's keyboard and clipboard, as Excel users expect them and as AG Grid Community does not
 * provide: Shift+Arrow extends the range, Delete clears it, Ctrl+C copies it, a paste fills it or
 * lands a block from its top-left cell, Ctrl+D fills down, Ctrl+Z / Ctrl+Y go through the model.
 */
import type { GridApi } from 'ag-grid-community';
import type { FieldId } from '../../core/workbook/fields';
import type { CellChange } from '../../core/workbook/operations';
import { isSingle, type Rect } from './cell-range';
import { parseTsv, toTsv } from './clipboard';
import type { PastePlan, PasteRejection } from './paste-block';
import { clearRange, fillRange, fillRangeDown, pasteBlock, rangeCells, rangeTexts } from './range-commands';
import type { RangeSelection } from './range-selection';
import type { GridRow } from './rows';

export interface GridInputHandlers {
  onChanges(changes: CellChange[], label: string): void;
  onRejected(rejections: PasteRejection[]): void;
  onUndo(): void;
  onRedo(): void;
  /** Ctrl+F: go to the search box. */
  onFind?(): void;
  /** The workbook's year, for dates typed or pasted without one. */
  year(): number;
  /** Every task key, so a block that starts with 编号 lands on those tasks. */
  taskKeys(): ReadonlySet<string>;
  commit(key: string, field: FieldId, raw: string): void;
}

const ARROWS: Readonly<Record<string, [number, number]>> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};
const NAVIGATION = new Set([
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'Tab',
  'Enter',
  'Home',
  'End',
  'PageUp',
  'PageDown',
]);

function apply(plan: PastePlan, label: string, handlers: GridInputHandlers): void {
  if (plan.changes.length > 0) handlers.onChanges(plan.changes, label);
  if (plan.rejected.length > 0) handlers.onRejected(plan.rejected);
}

/** The selected rectangle, or the focused cell as a 1×1 one. */
function selected(api: GridApi<GridRow>, selection: RangeSelection): Rect | null {
  const rect = selection.rect();
  if (rect) return rect;
  const focused = api.getFocusedCell();
  if (!focused) return null;
  const col = api.getAllDisplayedColumns().findIndex((c) => c.getColId() === focused.column.getColId());
  return { top: focused.rowIndex, bottom: focused.rowIndex, left: col, right: col };
}

function onPaste(api: GridApi<GridRow>, selection: RangeSelection, handlers: GridInputHandlers, event: ClipboardEvent) {
  if (api.getEditingCells().length > 0) return;
  const rect = selected(api, selection);
  const text = event.clipboardData?.getData('text/plain');
  if (!rect || !text) return;
  event.preventDefault();
  const block = parseTsv(text);
  const range = selection.range.get();
  // One copied value into a selected range fills it, as in Excel.
  if (block.length === 1 && block[0]?.length === 1 && range && !isSingle(range)) {
    return apply(fillRange(rangeCells(api, rect), block[0][0] ?? '', handlers.year()), '粘贴', handlers);
  }
  const startsAtKey = api.getAllDisplayedColumns()[rect.left]?.getColId() === 'key';
  const plan = pasteBlock(
    api,
    block,
    { row: rect.top, col: rect.left },
    handlers.year(),
    startsAtKey ? handlers.taskKeys() : undefined,
  );
  apply(plan, '粘贴', handlers);
}

function onCopy(api: GridApi<GridRow>, selection: RangeSelection, event: ClipboardEvent): void {
  if (api.getEditingCells().length > 0) return;
  const rect = selected(api, selection);
  if (!rect) return;
  const range = selection.range.get();
  const cells = rangeCells(api, rect);
  const [rowNode] = cells.rows;
  const [colKey] = cells.columns;
  if (!rowNode || !colKey) return;
  // A single cell is copied as its value (50, not 50%), so it pastes back as typed.
  const texts =
    range && !isSingle(range) ? rangeTexts(api, cells) : [[String(api.getCellValue({ rowNode, colKey }) ?? '')]];
  event.clipboardData?.setData('text/plain', toTsv(texts));
  event.preventDefault();
}

/** Ctrl+D: a range takes its top row's values; a single cell the value of the cell above. */
function fillDownKey(api: GridApi<GridRow>, selection: RangeSelection, handlers: GridInputHandlers): void {
  const rect = selected(api, selection);
  if (!rect) return;
  const from = rect.top === rect.bottom ? { ...rect, top: Math.max(0, rect.top - 1) } : rect;
  apply(fillRangeDown(api, rangeCells(api, from), handlers.year()), '向下填充', handlers);
}

function onKeyDown(
  api: GridApi<GridRow>,
  selection: RangeSelection,
  handlers: GridInputHandlers,
  event: KeyboardEvent,
) {
  if (api.getEditingCells().length > 0) return;
  const ctrl = event.ctrlKey || event.metaKey;
  const arrow = ARROWS[event.key];
  if (arrow && event.shiftKey && !ctrl) {
    selection.extend(arrow[0], arrow[1]);
  } else if (event.key === 'Delete' && !ctrl && !event.altKey) {
    const rect = selected(api, selection);
    if (rect) apply(clearRange(rangeCells(api, rect), handlers.year()), '清除内容', handlers);
  } else if (ctrl && event.key.toLowerCase() === 'd') {
    fillDownKey(api, selection, handlers);
  } else if (ctrl && event.key.toLowerCase() === 'f' && handlers.onFind) {
    handlers.onFind();
  } else if (ctrl && event.key.toLowerCase() === 'z' && !event.shiftKey) {
    handlers.onUndo();
  } else if (ctrl && (event.key.toLowerCase() === 'y' || event.key.toLowerCase() === 'z')) {
    handlers.onRedo();
  } else {
    if (NAVIGATION.has(event.key)) selection.keyNavigation();
    return;
  }
  event.preventDefault();
  event.stopPropagation();
}

/** Listens on the grid's container; returns the function that stops listening. */
export function attachGridInput(
  container: HTMLElement,
  api: GridApi<GridRow>,
  selection: RangeSelection,
  handlers: GridInputHandlers,
): () => void {
  const paste = (e: ClipboardEvent) => onPaste(api, selection, handlers, e);
  const copy = (e: ClipboardEvent) => onCopy(api, selection, e);
  const keydown = (e: KeyboardEvent) => onKeyDown(api, selection, handlers, e);
  container.addEventListener('paste', paste);
  container.addEventListener('copy', copy);
  container.addEventListener('keydown', keydown, true);
  return () => {
    container.removeEventListener('paste', paste);
    container.removeEventListener('copy', copy);
    container.removeEventListener('keydown', keydown, true);
  };
}
