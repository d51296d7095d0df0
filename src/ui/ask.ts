/**
 * Small questions in the app's own dialogs, instead of the browser's prompt()/confirm(): they
 * speak the app's language and look, can say more than one line, and never block the page.
 * Each resolves once, with null/false when the user cancels or presses Esc.
 */
import { h } from './dom';
import { openModal } from './modal';

function buttons(doc: Document, okLabel: string, danger = false) {
  return {
    cancel: h(doc, 'button', { type: 'button' }, '取消'),
    ok: h(doc, 'button', { type: 'submit', class: danger ? 'primary danger' : 'primary' }, okLabel),
  };
}

/**
 * A form dialog: `read` turns its fields into the answer when 确定 is pressed. `check` may refuse
 * the answer with a message; the dialog then stays open and says why.
 */
export function askWith<T>(
  doc: Document,
  title: string,
  okLabel: string,
  fields: (Node | null)[],
  read: () => T,
  cancelled: T,
  options: { danger?: boolean; check?: (answer: T) => string | null } = {},
): Promise<T> {
  return new Promise((resolve) => {
    let answer = cancelled;
    const { cancel, ok } = buttons(doc, okLabel, options.danger);
    const error = h(doc, 'p', { class: 'ask-error', role: 'alert' });
    const form = h(
      doc,
      'form',
      { method: 'dialog', class: 'ask-form' },
      h(doc, 'h2', {}, title),
      ...fields,
      error,
      h(doc, 'div', { class: 'dialog-actions' }, cancel, ok),
    );
    const dialog = openModal(doc, { label: title, className: 'ask-dialog', onClose: () => resolve(answer) }, form);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const candidate = read();
      const refused = options.check?.(candidate) ?? null;
      error.textContent = refused ?? '';
      if (refused) return;
      answer = candidate;
      dialog.close();
    });
    cancel.addEventListener('click', () => dialog.close());
  });
}

export function askText(
  doc: Document,
  q: { title: string; label: string; value: string; okLabel?: string },
): Promise<string | null> {
  const input = h(doc, 'input', { type: 'text', value: q.value, 'aria-label': q.label, required: true, size: 40 });
  const field = h(doc, 'label', { class: 'ask-field' }, `${q.label} `, input);
  const answer = askWith(doc, q.title, q.okLabel ?? '确定', [field], () => input.value.trim() || null, null);
  input.select();
  return answer;
}

export function askConfirm(
  doc: Document,
  q: { title: string; message: string; okLabel: string; danger?: boolean },
): Promise<boolean> {
  return askWith(doc, q.title, q.okLabel, [h(doc, 'p', {}, q.message)], () => true, false, { danger: q.danger });
}

export interface DuplicateAnswer {
  year: number;
  keepProgress: boolean;
}

/** 复制台账: the new copy's year (next year by default) and whether to keep what was filled in. */
export function askDuplicate(doc: Document, q: { name: string; year: number }): Promise<DuplicateAnswer | null> {
  const year = h(doc, 'input', {
    type: 'number',
    value: q.year + 1,
    min: 2000,
    max: 2100,
    'aria-label': '新台账的年度',
  });
  const keep = h(doc, 'input', { type: 'checkbox', 'aria-label': '保留已填写的进展内容' });
  const read = (): DuplicateAnswer => {
    const y = Number(year.value);
    const chosen = Number.isInteger(y) && y >= 2000 && y <= 2100 ? y : q.year;
    // Progress belongs to its year: a copy for another year starts empty.
    return { year: chosen, keepProgress: chosen === q.year && keep.checked };
  };
  return askWith(
    doc,
    `复制《${q.name}》`,
    '复制',
    [
      h(doc, 'label', { class: 'ask-field' }, '新台账的年度 ', year),
      h(doc, 'label', { class: 'ask-field' }, keep, ' 保留已填写的进展内容（仅同一年度的副本）'),
    ],
    read,
    null,
  );
}
