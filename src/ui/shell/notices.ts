/**
 * Messages for the user: a banner for lasting conditions (storage unavailable, backup overdue)
 * and short notices for one-off events (a refused value). Text only.
 */
import { clear, h } from '../dom';

export interface Notices {
  el: HTMLElement;
  banner(id: string, text: string, actions?: NoticeAction[]): void;
  dismissBanner(id: string): void;
  notice(text: string, details?: string[], tone?: 'info' | 'error', actions?: NoticeAction[]): void;
}

export interface NoticeAction {
  label: string;
  run(): void;
}

export function createNotices(doc: Document): Notices {
  const el = h(doc, 'div', { class: 'notices' });
  const banners = h(doc, 'div', { class: 'banners' });
  const toasts = h(doc, 'div', { class: 'toasts', role: 'alert', 'aria-live': 'assertive' });
  el.append(banners, toasts);
  const byId = new Map<string, HTMLElement>();

  return {
    el,
    banner(id, text, actions = []) {
      byId.get(id)?.remove();
      const close = h(
        doc,
        'button',
        { type: 'button', class: 'link', 'aria-label': '关闭提示', onclick: () => this.dismissBanner(id) },
        '×',
      );
      const buttons = actions.map((a) => h(doc, 'button', { type: 'button', onclick: () => a.run() }, a.label));
      const b = h(doc, 'div', { class: 'banner', 'data-banner': id }, h(doc, 'span', {}, text), ...buttons, close);
      byId.set(id, b);
      banners.append(b);
    },
    dismissBanner(id) {
      byId.get(id)?.remove();
      byId.delete(id);
    },
    notice(text, details = [], tone = 'info', actions = []) {
      const list = details.length ? h(doc, 'ul', {}, ...details.slice(0, 20).map((d) => h(doc, 'li', {}, d))) : null;
      const more = details.length > 20 ? h(doc, 'p', {}, `另有 ${details.length - 20} 条未列出`) : null;
      const close = h(doc, 'button', { type: 'button', class: 'link', 'aria-label': '关闭消息' }, '×');
      const buttons = actions.map((a) =>
        h(doc, 'button', { type: 'button', onclick: () => (t.remove(), a.run()) }, a.label),
      );
      const t = h(
        doc,
        'div',
        { class: `toast toast-${tone}` },
        h(doc, 'strong', {}, text),
        list,
        more,
        ...buttons,
        close,
      );
      close.addEventListener('click', () => t.remove());
      clear(toasts);
      toasts.append(t);
      // A question waits for its answer; plain information goes away by itself.
      if (tone === 'info' && actions.length === 0) setTimeout(() => t.remove(), 6000);
    },
  };
}
