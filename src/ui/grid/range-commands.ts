/**
 * What Excel users do to a selected range, over AG Grid: Delete clears it, Ctrl+C copies it as
 * TSV, a single copied value pasted into it fills it, Ctrl+D fills it down. Each produces cell
 * changes for the model (one undo step); read-only columns and section bands are left alone.
 */
import type { Column, GridApi, IRowNode } from 'ag-grid-community';
import { isFieldId, type FieldId } from '../../core/workbook/fields';
import { fillDown, type Rect } from './cell-range';
import { planPaste, type PastePlan } from './paste-block';
import type { GridRow } from './rows';

export interface RangeCells {
  /** Task rows inside the rectangle (bands skipped), top to bottom. */
  rows: IRowNode<GridRow>[];
  columns: Column[];
}

export function rangeCells(api: GridApi<GridRow>, rect: Rect): RangeCells {
  const rows: IRowNode<GridRow>[] = [];
  for (let i = rect.top; i <= rect.bottom; i++) {
    const node = api.getDisplayedRowAtIndex(i);
    if (node?.data?.kind === 'task') rows.push(node);
  }
  return { rows, columns: api.getAllDisplayedColumns().slice(rect.left, rect.right + 1) };
}

function fieldOf(column: Column): FieldId | null {
  const id = column.getColId();
  return isFieldId(id) ? id : null;
}

function target(cells: RangeCells, year: number) {
  return {
    rowKeys: cells.rows.map((n) => n.data!.id),
    fields: cells.columns.map(fieldOf),
    headers: cells.columns.map((c) => c.getColDef().headerName ?? ''),
    year,
  };
}

/** The cells as the grid shows them (formatted: 60%, ● 滞后), for the clipboard. */
export function rangeTexts(api: GridApi<GridRow>, cells: RangeCells): string[][] {
  return cells.rows.map((rowNode) =>
    cells.columns.map((colKey) => String(api.getCellValue({ rowNode, colKey, useFormatter: true }) ?? '')),
  );
}

/** Delete: every editable cell of the range emptied. */
export function clearRange(cells: RangeCells, year: number): PastePlan {
  const blank = cells.rows.map(() => cells.columns.map(() => ''));
  return planPaste(blank, target(cells, year), { clearEmpty: true });
}

/** One value typed or pasted into every cell of the range. */
export function fillRange(cells: RangeCells, value: string, year: number): PastePlan {
  return planPaste(
    cells.rows.map(() => cells.columns.map(() => value)),
    target(cells, year),
    { clearEmpty: true },
  );
}

/** Ctrl+D over a range of several rows: the top row's values down the rest. */
export function fillRangeDown(api: GridApi<GridRow>, cells: RangeCells, year: number): PastePlan {
  return planPaste(fillDown(rawTexts(api, cells)), target(cells, year), { clearEmpty: true });
}

/** The cells' values as typed (60, not 60%), so that copying them down parses back the same. */
function rawTexts(api: GridApi<GridRow>, cells: RangeCells): string[][] {
  return cells.rows.map((rowNode) =>
    cells.columns.map((colKey) => String(api.getCellValue({ rowNode, colKey, useFormatter: false }) ?? '')),
  );
}

/** A block pasted from the range's top-left cell downwards and rightwards. */
export function pasteBlock(
  api: GridApi<GridRow>,
  block: string[][],
  from: { row: number; col: number },
  year: number,
  keys?: ReadonlySet<string>,
): PastePlan {
  const rows: IRowNode<GridRow>[] = [];
  for (let i = from.row; i < api.getDisplayedRowCount(); i++) {
    const node = api.getDisplayedRowAtIndex(i);
    if (node?.data?.kind === 'task') rows.push(node);
  }
  const cells = { rows, columns: api.getAllDisplayedColumns().slice(from.col) };
  return planPaste(block, keys ? { ...target(cells, year), keys } : target(cells, year));
}
