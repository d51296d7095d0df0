/**
 * The text editors, ours rather than AG Grid's so that they behave like Excel's cells:
 * - typing on a selected cell starts the edit with what was typed — a letter, or a whole word
 *   composed with an input method (see ime-start.ts) — and F2 / Enter edit the current text;
 * - in the long-text editor (进展情况 and the like) Alt+Enter starts a new line inside the cell, as
 *   in Excel (Shift+Enter too), while Enter saves and moves down and Esc cancels.
 * Text only, never HTML.
 */
import type { ICellEditorComp, ICellEditorParams } from 'ag-grid-community';
import type { GridRow } from './rows';

/** Keys that start an edit without typing anything themselves. */
const NOT_TYPED = new Set(['Enter', 'F2', 'Tab', 'Delete', 'Backspace']);

/** The text the editor opens with: what was typed, nothing after Backspace, else the cell's value. */
export function startText(eventKey: string | null | undefined, value: unknown): string {
  if (eventKey === 'Backspace') return '';
  if (eventKey && !NOT_TYPED.has(eventKey)) return eventKey;
  return value === null || value === undefined ? '' : String(value);
}

abstract class BaseEditor implements ICellEditorComp<GridRow> {
  protected field!: HTMLInputElement | HTMLTextAreaElement;
  protected gui!: HTMLElement;

  abstract build(doc: Document): void;

  init(params: ICellEditorParams<GridRow>): void {
    this.build(params.eGridCell.ownerDocument);
    this.field.value = startText(params.eventKey, params.value);
  }

  getGui(): HTMLElement {
    return this.gui;
  }

  afterGuiAttached(): void {
    this.field.focus();
    const end = this.field.value.length;
    this.field.setSelectionRange(end, end);
  }

  getValue(): string {
    return this.field.value;
  }
}

export class TextEditor extends BaseEditor {
  build(doc: Document): void {
    const input = doc.createElement('input');
    input.type = 'text';
    input.className = 'pl-text-editor';
    this.field = input;
    this.gui = input;
  }
}

/** Insert a line break at the caret, as typing it would (so the edit can still be undone in the field). */
function insertLineBreak(area: HTMLTextAreaElement): void {
  area.setRangeText('\n', area.selectionStart, area.selectionEnd, 'end');
  area.dispatchEvent(new Event('input', { bubbles: true }));
}

export class LongTextEditor extends BaseEditor {
  build(doc: Document): void {
    const area = doc.createElement('textarea');
    area.rows = 6;
    area.cols = 46;
    area.maxLength = 32_000;
    area.className = 'pl-long-editor__text';
    area.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' || !(event.altKey || event.shiftKey)) return;
      insertLineBreak(area);
      event.preventDefault();
      event.stopPropagation();
    });
    const hint = doc.createElement('p');
    hint.className = 'pl-long-editor__hint';
    hint.textContent = 'Enter 保存 · Alt+Enter 换行 · Esc 取消';
    this.gui = doc.createElement('div');
    this.gui.className = 'pl-long-editor';
    this.gui.append(area, hint);
    this.field = area;
  }

  isPopup(): boolean {
    return true;
  }
}
