/**
 * Range selection over AG Grid Community (whose own is Enterprise-only): click-drag, Shift+click
 * and Shift+Arrow select a rectangle; a click on the 编号 column selects whole rows. The range is
 * drawn with cell classes (an outline and a tint); its size is published for the status bar.
 */
import type { CellClassParams, CellClassRules, GridApi } from 'ag-grid-community';
import { createValue, type Value } from '../../core/emitter';
import {
  contains,
  extendBy,
  extendTo,
  isSingle,
  rectOf,
  single,
  wholeRows,
  type Bounds,
  type CellPos,
  type CellRange,
  type Rect,
} from './cell-range';
import type { GridRow } from './rows';

export interface RangeSelection {
  /** The selected rectangle; a single cell when nothing more is selected. */
  range: Value<CellRange | null>;
  rect(): Rect | null;
  /** Class rules every column carries so the range shows. */
  classRules: CellClassRules<GridRow>;
  /** Shift+Arrow. */
  extend(dRow: number, dCol: number): void;
  /** The grid moved its focus: after a navigation key the range collapses onto it. */
  focused(pos: CellPos): void;
  /** A key that moves the grid's focus (arrow, Tab, Enter, Home…) is being handled. */
  keyNavigation(): void;
  clear(): void;
  detach(): void;
}

const KEY_COLUMN = 'key';

function bounds(api: GridApi<GridRow>): Bounds {
  return { rows: api.getDisplayedRowCount(), cols: api.getAllDisplayedColumns().length };
}

/** The cell under a mouse event: its displayed row index and column index. */
function cellAt(api: GridApi<GridRow>, target: EventTarget | null): (CellPos & { colId: string }) | null {
  const cell = target instanceof Element ? target.closest('.ag-cell[col-id]') : null;
  const row = cell?.closest('.ag-row[row-index]');
  if (!cell || !row) return null;
  const colId = cell.getAttribute('col-id') ?? '';
  const col = api.getAllDisplayedColumns().findIndex((c) => c.getColId() === colId);
  const index = Number(row.getAttribute('row-index'));
  return col < 0 || !Number.isInteger(index) ? null : { row: index, col, colId };
}

function ruleSet(state: { rect: Rect | null }, api: () => GridApi<GridRow>): CellClassRules<GridRow> {
  const where = (p: CellClassParams<GridRow>) => {
    // Nothing selected (also while the grid is being created, before its api exists).
    if (!state.rect) return null;
    const row = p.node.rowIndex;
    const col = api()
      .getAllDisplayedColumns()
      .findIndex((c) => c.getColId() === p.column.getColId());
    return state.rect && row !== null && contains(state.rect, row, col) ? { row, col, rect: state.rect } : null;
  };
  return {
    'cell-in-range': (p) => where(p) !== null,
    'range-top': (p) => where(p)?.row === state.rect?.top,
    'range-bottom': (p) => where(p)?.row === state.rect?.bottom,
    'range-left': (p) => where(p)?.col === state.rect?.left,
    'range-right': (p) => where(p)?.col === state.rect?.right,
  };
}

export function createRangeSelection(container: HTMLElement, api: () => GridApi<GridRow>): RangeSelection {
  const range = createValue<CellRange | null>(null);
  // Only a range of more than one cell is drawn: a single cell has the grid's own focus outline.
  const state: { rect: Rect | null } = { rect: null };
  let dragging = false;
  let keyMoved = false;

  /** Rows whose range classes must be re-applied: refreshed together after the current event. */
  const dirty = new Set<number>();
  function refresh(): void {
    const nodes = [...dirty].flatMap((i) => api().getDisplayedRowAtIndex(i) ?? []);
    dirty.clear();
    if (nodes.length > 0) api().refreshCells({ rowNodes: nodes, force: true });
  }

  function show(next: CellRange | null): void {
    const before = state.rect;
    state.rect = next && !isSingle(next) ? rectOf(next) : null;
    range.set(next);
    const wasEmpty = dirty.size === 0;
    for (const r of [before, state.rect]) if (r) for (let i = r.top; i <= r.bottom; i++) dirty.add(i);
    // The grid may be drawing (a focus change arrives mid-render): refresh once it is done.
    if (wasEmpty && dirty.size > 0) queueMicrotask(refresh);
  }

  function onMouseDown(event: MouseEvent): void {
    if (event.button !== 0 || api().getEditingCells().length > 0) return;
    const at = cellAt(api(), event.target);
    if (!at) return;
    const current = range.get() ?? single(at);
    const wholeRow = at.colId === KEY_COLUMN;
    if (event.shiftKey) {
      show(wholeRow ? wholeRows(current.anchor.row, at.row, bounds(api())) : extendTo(current, at));
      // Keep the grid's focus where the range started, as Excel keeps the active cell.
      event.preventDefault();
      return;
    }
    show(wholeRow ? wholeRows(at.row, at.row, bounds(api())) : single(at));
    dragging = !wholeRow;
  }

  function onMouseMove(event: MouseEvent): void {
    if (!dragging || (event.buttons & 1) === 0) return;
    const at = cellAt(api(), event.target);
    const current = range.get();
    if (!at || !current || (at.row === current.focus.row && at.col === current.focus.col)) return;
    show(extendTo(current, at));
  }

  const onMouseUp = () => void (dragging = false);
  container.addEventListener('mousedown', onMouseDown, true);
  container.addEventListener('mousemove', onMouseMove);
  container.ownerDocument.addEventListener('mouseup', onMouseUp);

  return {
    range,
    rect: () => {
      const current = range.get();
      return current ? rectOf(current) : null;
    },
    classRules: ruleSet(state, api),
    extend(dRow, dCol) {
      const current = range.get();
      if (!current) return;
      const next = extendBy(current, dRow, dCol, bounds(api()));
      show(next);
      api().ensureIndexVisible(next.focus.row);
      const column = api().getAllDisplayedColumns()[next.focus.col];
      if (column) api().ensureColumnVisible(column);
    },
    focused(pos) {
      // Clicks set the range themselves on mousedown; the focus the grid moves after them is
      // one of the range's cells. Only keys (arrows, Tab, Enter) move the range with the focus.
      if (range.get() && !keyMoved) return;
      keyMoved = false;
      show(single(pos));
    },
    keyNavigation: () => void (keyMoved = true),
    clear: () => show(null),
    detach() {
      container.removeEventListener('mousedown', onMouseDown, true);
      container.removeEventListener('mousemove', onMouseMove);
      container.ownerDocument.removeEventListener('mouseup', onMouseUp);
    },
  };
}
