/**
 * The 状态 editor: the list is open as soon as editing starts (a click, Enter, F2 or typing),
 * arrows move, Enter or a click picks, Esc cancels. Typing picks the first match: the status's
 * first character (未, 推, 已, 暂, 不) or its pinyin initial (w, t, y, z, b), as a keyboard user
 * without an input method would type it. Text only, never HTML.
 */
import type { ICellEditorComp, ICellEditorParams } from 'ag-grid-community';
import { STATUSES, type Status } from '../../core/workbook/types';
import type { GridRow } from './rows';

const INITIALS: Readonly<Record<string, Status>> = { w: '未启动', t: '推进中', y: '已完成', z: '暂缓', b: '不涉及' };

/** The status a typed character stands for, if any. */
export function statusForKey(key: string): Status | null {
  if (!key || key.length !== 1) return null;
  return STATUSES.find((s) => s.startsWith(key)) ?? INITIALS[key.toLowerCase()] ?? null;
}

export class StatusEditor implements ICellEditorComp<GridRow> {
  private el!: HTMLUListElement;
  private index = 0;
  private params!: ICellEditorParams<GridRow>;

  init(params: ICellEditorParams<GridRow>): void {
    this.params = params;
    const doc = params.eGridCell.ownerDocument;
    this.el = doc.createElement('ul');
    this.el.className = 'status-editor';
    this.el.setAttribute('role', 'listbox');
    this.el.setAttribute('aria-label', '状态');
    this.el.tabIndex = 0;
    // An input method may hand over a whole word (已完成): its first character decides.
    const typed = statusForKey((params.eventKey ?? '').slice(0, 1));
    const current = STATUSES.indexOf(String(params.value ?? '') as Status);
    this.index = typed ? STATUSES.indexOf(typed) : Math.max(0, current);
    STATUSES.forEach((status, i) => {
      const item = doc.createElement('li');
      item.textContent = status;
      item.setAttribute('role', 'option');
      item.addEventListener('mousedown', (event) => {
        event.preventDefault();
        this.pick(i);
      });
      this.el.append(item);
    });
    this.el.addEventListener('keydown', (event) => this.onKey(event));
    this.highlight();
  }

  getGui(): HTMLElement {
    return this.el;
  }

  afterGuiAttached(): void {
    this.el.focus();
  }

  isPopup(): boolean {
    return true;
  }

  getValue(): Status {
    return STATUSES[this.index] ?? '未启动';
  }

  private pick(i: number): void {
    this.index = i;
    this.highlight();
    this.params.stopEditing();
  }

  private highlight(): void {
    [...this.el.children].forEach((li, i) => {
      li.classList.toggle('is-active', i === this.index);
      li.setAttribute('aria-selected', String(i === this.index));
    });
  }

  private onKey(event: KeyboardEvent): void {
    const move = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (move !== 0) {
      this.index = (this.index + move + STATUSES.length) % STATUSES.length;
      this.highlight();
    } else {
      const typed = statusForKey(event.key);
      if (!typed) return;
      this.index = STATUSES.indexOf(typed);
      this.highlight();
    }
    // The grid would move its focus on arrows; inside the list they move the choice.
    event.preventDefault();
    event.stopPropagation();
  }
}
