/** 催办 in the summary: per unit its state and a text to copy into a message (read-only box + 复制). */
import type { Reminder } from '../../core/report/consolidate/reminders';
import { h } from '../dom';

function copyButton(doc: Document, box: HTMLTextAreaElement): HTMLButtonElement {
  const button = h(doc, 'button', { type: 'button' }, '复制');
  button.addEventListener('click', () => {
    box.select();
    // Intranet pages over http have no async clipboard: the selected text can still be copied by hand.
    const clipboard = doc.defaultView?.navigator.clipboard;
    const done = () => (button.textContent = '已复制');
    if (clipboard) void clipboard.writeText(box.value).then(done, () => (button.textContent = '请按 Ctrl+C 复制'));
    else button.textContent = '请按 Ctrl+C 复制';
  });
  return button;
}

export function reminderList(doc: Document, list: readonly Reminder[]): HTMLElement | null {
  if (list.length === 0) return null;
  const items = list.map((r) => {
    const box = h(doc, 'textarea', { readonly: true, rows: 2, cols: 80, 'aria-label': `${r.unit}催办通知` });
    box.value = r.text;
    return h(
      doc,
      'li',
      { 'data-unit': r.unit, 'data-state': r.state },
      h(doc, 'strong', {}, `${r.unit}（${r.state}）`),
      h(doc, 'div', { class: 'row' }, box, copyButton(doc, box)),
    );
  });
  return h(doc, 'ul', { class: 'pl-reports__reminders', 'data-testid': 'consolidation-reminders' }, ...items);
}
