/**
 * The floor for grid scrolling: AG Grid Community with the app's rows and columns as plain
 * strings — no renderers, value getters, cell classes, tooltips or theme of ours. Built into the
 * benchmark's dist by grid-chromium.bench.ts and opened as bare-grid.html.
 */
import { ClientSideRowModelModule, createGrid, ModuleRegistry, type ColDef } from 'ag-grid-community';

export interface BareColumn {
  colId: string;
  width: number;
  pinned: 'left' | null;
}

ModuleRegistry.registerModules([ClientSideRowModelModule]);

(window as unknown as { bareGrid: unknown }).bareGrid = (
  host: HTMLElement,
  columns: BareColumn[],
  rows: Record<string, string>[],
) => {
  const columnDefs: ColDef[] = columns.map((c) => ({ field: c.colId, width: c.width, pinned: c.pinned }));
  return createGrid(host, { columnDefs, rowData: rows, rowHeight: 42, headerHeight: 36, getRowId: (p) => p.data.__id });
};
