/**
 * Every dialog of the app is a native modal `<dialog>`: appended, shown, and removed from the page
 * once closed (by its buttons, Esc or the app), with `onClose` run exactly once after that.
 */
import { h } from './dom';

export interface ModalOptions {
  /** Accessible name of the dialog. */
  label: string;
  className?: string;
  onClose?: () => void;
}

export function openModal(doc: Document, options: ModalOptions, ...children: (Node | null)[]): HTMLDialogElement {
  const dialog = h(doc, 'dialog', { class: options.className, 'aria-label': options.label }, ...children);
  dialog.addEventListener('close', () => {
    dialog.remove();
    options.onClose?.();
  });
  doc.body.append(dialog);
  dialog.showModal();
  return dialog;
}
