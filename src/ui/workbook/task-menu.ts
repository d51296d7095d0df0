/**
 * Where the structure edits are offered: a 任务 menu in the toolbar, and the same items on a
 * right-click over a task row (AG Grid's context menu is Enterprise-only, so this one is ours).
 */
import { h } from '../dom';

export interface TaskMenuActions {
  insert(): void;
  edit(): void;
  remove(): void;
  archived(): void;
  /** Whether a task is focused (编辑/删除 need one). */
  hasTask(): boolean;
  /** Right-click: make that task the focused one first. */
  focus(taskKey: string): void;
}

const ITEMS: readonly [string, 'insert' | 'edit' | 'remove' | 'archived', boolean][] = [
  ['插入任务', 'insert', false],
  ['编辑任务', 'edit', true],
  ['删除任务', 'remove', true],
  ['已删除任务', 'archived', false],
];

function items(doc: Document, actions: TaskMenuActions, done: () => void): HTMLButtonElement[] {
  return ITEMS.map(([label, name, needsTask]) => {
    const button = h(
      doc,
      'button',
      { type: 'button', role: 'menuitem', disabled: needsTask && !actions.hasTask() },
      label,
    );
    button.addEventListener('click', () => {
      done();
      actions[name]();
    });
    return button;
  });
}

export function taskMenu(doc: Document, actions: TaskMenuActions): HTMLDetailsElement {
  const list = h(doc, 'div', { class: 'task-menu__list', role: 'menu' });
  const menu = h(doc, 'details', { class: 'task-menu' }, h(doc, 'summary', {}, '任务 ▾'), list);
  menu.addEventListener('toggle', () => {
    if (menu.open) list.replaceChildren(...items(doc, actions, () => (menu.open = false)));
  });
  return menu;
}

/** Right-click on a task row: the menu at the pointer, for that task (the grid focuses it first). */
export function attachContextMenu(doc: Document, host: HTMLElement, actions: TaskMenuActions): () => void {
  let open: HTMLElement | null = null;
  const close = () => {
    open?.remove();
    open = null;
  };
  const onContextMenu = (event: MouseEvent) => {
    const cell = event.target instanceof Element ? event.target.closest('.ag-row[row-id] .ag-cell') : null;
    const rowId = cell?.closest('.ag-row')?.getAttribute('row-id');
    if (!rowId || rowId.startsWith('§')) return;
    event.preventDefault();
    close();
    actions.focus(rowId);
    open = h(doc, 'div', { class: 'context-menu', role: 'menu' }, ...items(doc, actions, close));
    doc.body.append(open);
    // Near the bottom or right edge the menu opens upward / leftward, as the system's menus do.
    const view = doc.documentElement;
    const { width, height } = open.getBoundingClientRect();
    open.style.left = `${Math.max(0, Math.min(event.clientX, view.clientWidth - width))}px`;
    open.style.top = `${Math.max(0, event.clientY + height > view.clientHeight ? event.clientY - height : event.clientY)}px`;
  };
  const onDown = (event: MouseEvent) => {
    if (open && !(event.target instanceof Node && open.contains(event.target))) close();
  };
  const onKey = (event: KeyboardEvent) => event.key === 'Escape' && close();
  host.addEventListener('contextmenu', onContextMenu);
  doc.addEventListener('mousedown', onDown, true);
  doc.addEventListener('keydown', onKey);
  return () => {
    close();
    host.removeEventListener('contextmenu', onContextMenu);
    doc.removeEventListener('mousedown', onDown, true);
    doc.removeEventListener('keydown', onKey);
  };
}
