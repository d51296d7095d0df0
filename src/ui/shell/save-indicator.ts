/** Always-visible save state: 已保存 only after IndexedDB confirmed the transaction. */
import { h } from '../dom';

export type SaveState =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'error'; reason: string };

export interface SaveIndicator {
  el: HTMLElement;
  show(state: SaveState): void;
}

/** toLocaleTimeString's own format, made once: building it on every save cost most of a millisecond. */
let clock: Intl.DateTimeFormat | null = null;
const timeOf = (at: Date): string =>
  (clock ??= new Intl.DateTimeFormat('zh-CN', { hour: 'numeric', minute: 'numeric', second: 'numeric' })).format(at);

export function createSaveIndicator(doc: Document): SaveIndicator {
  const el = h(doc, 'span', {
    class: 'save-indicator',
    role: 'status',
    'aria-live': 'polite',
    'data-testid': 'save-state',
  });
  let savedCount = 0;
  return {
    el,
    show(state) {
      el.dataset.state = state.kind;
      // Lets a test (or a curious user in devtools) tell this 已保存 from the previous one.
      if (state.kind === 'saved') el.dataset.savedCount = String(++savedCount);
      if (state.kind === 'saving') el.textContent = '保存中…';
      else if (state.kind === 'saved') el.textContent = '已保存';
      else if (state.kind === 'error') el.textContent = `保存失败：${state.reason}`;
      else el.textContent = '';
      el.title = state.kind === 'saved' ? `已保存于 ${timeOf(state.at)}` : '';
    },
  };
}
