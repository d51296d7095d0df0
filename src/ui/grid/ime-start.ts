/**
 * Typing Chinese into a selected (not yet editing) cell, as in Excel: with an input method the
 * browser sends no printable key, only a composition, and a plain grid cell cannot take one — the
 * composed text was lost. The focused editable cell is therefore made `contenteditable`: the
 * composition happens in it, and when it ends the edit starts with the composed text. Any other
 * change the browser would make to the cell itself is refused; the grid redraws it.
 */
import type { GridApi } from 'ag-grid-community';
import { isFieldId } from '../../core/workbook/fields';
import type { GridRow } from './rows';

function cellInfo(api: GridApi<GridRow>, cell: Element): { rowIndex: number; colId: string } | null {
  const colId = cell.getAttribute('col-id') ?? '';
  const rowIndex = Number(cell.closest('.ag-row[row-index]')?.getAttribute('row-index'));
  if (!isFieldId(colId) || !Number.isInteger(rowIndex)) return null;
  return api.getDisplayedRowAtIndex(rowIndex)?.data?.kind === 'task' ? { rowIndex, colId } : null;
}

export function attachImeStart(container: HTMLElement, api: GridApi<GridRow>): { cellFocused(): void; detach(): void } {
  let editableCell: HTMLElement | null = null;

  function startWith(cell: Element, text: string): void {
    const info = cellInfo(api, cell);
    if (!info || !text) return;
    const node = api.getDisplayedRowAtIndex(info.rowIndex);
    // Undo what the composition wrote into the cell's own text, then edit with it.
    if (node) api.refreshCells({ rowNodes: [node], columns: [info.colId], force: true });
    api.startEditingCell({ rowIndex: info.rowIndex, colKey: info.colId, key: text });
  }

  const isOurCell = (target: EventTarget | null): target is HTMLElement => target !== null && target === editableCell;

  function onBeforeInput(event: InputEvent): void {
    if (!isOurCell(event.target) || event.inputType === 'insertCompositionText') return;
    event.preventDefault();
    // Some input methods commit text without a composition: start the edit with it all the same.
    if (event.inputType === 'insertText' && event.data) startWith(event.target, event.data);
  }

  function onCompositionEnd(event: CompositionEvent): void {
    if (isOurCell(event.target)) startWith(event.target, event.data);
  }

  container.addEventListener('beforeinput', onBeforeInput, true);
  container.addEventListener('compositionend', onCompositionEnd, true);
  return {
    /** Called after the grid moved its focus: only the focused editable cell takes compositions. */
    cellFocused() {
      editableCell?.removeAttribute('contenteditable');
      const cell = container.querySelector<HTMLElement>('.ag-cell-focus');
      editableCell = cell && cellInfo(api, cell) ? cell : null;
      editableCell?.setAttribute('contenteditable', 'true');
      editableCell?.setAttribute('spellcheck', 'false');
    },
    detach() {
      editableCell?.removeAttribute('contenteditable');
      container.removeEventListener('beforeinput', onBeforeInput, true);
      container.removeEventListener('compositionend', onCompositionEnd, true);
    },
  };
}
