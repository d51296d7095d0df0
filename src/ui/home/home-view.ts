/** Home: the workbooks kept in this browser, with what each one is and how far along it is. */
import { clear, h } from '../dom';

export interface WorkbookRow {
  id: string;
  name: string;
  unit: string;
  year: number;
  taskCount: number;
  updatedAt: string;
  /** 0–1, or null when nothing counts. */
  completion: number | null;
  sample?: boolean;
}

export interface HomeActions {
  open(id: string): void;
  rename(id: string): void;
  duplicate(id: string): void;
  remove(id: string): void;
}

export function renderHome(doc: Document, into: HTMLElement, rows: readonly WorkbookRow[], actions: HomeActions): void {
  clear(into);
  into.append(h(doc, 'h2', {}, '我的台账'));
  if (rows.length === 0) {
    into.append(h(doc, 'p', { class: 'muted' }, '还没有台账。点击“导入工作要点”，粘贴或选择要点文件即可开始。'));
    return;
  }
  const head = h(
    doc,
    'tr',
    {},
    ...['名称', '填报单位', '年度', '任务数', '最后编辑', '完成率', '操作'].map((t) =>
      h(doc, 'th', { scope: 'col' }, t),
    ),
  );
  const body = rows.map((r) => {
    const open = h(doc, 'button', { type: 'button', class: 'link', onclick: () => actions.open(r.id) }, r.name);
    const ops = h(
      doc,
      'td',
      { class: 'row-actions' },
      h(
        doc,
        'button',
        { type: 'button', 'aria-label': `重命名 ${r.name}`, onclick: () => actions.rename(r.id) },
        '重命名',
      ),
      h(
        doc,
        'button',
        { type: 'button', 'aria-label': `复制 ${r.name}`, onclick: () => actions.duplicate(r.id) },
        '复制',
      ),
      h(doc, 'button', { type: 'button', 'aria-label': `删除 ${r.name}`, onclick: () => actions.remove(r.id) }, '删除'),
    );
    return h(
      doc,
      'tr',
      { 'data-id': r.id },
      h(doc, 'td', {}, open, r.sample ? h(doc, 'span', { class: 'badge' }, '示例') : null),
      h(doc, 'td', {}, r.unit || '—'),
      h(doc, 'td', {}, String(r.year)),
      h(doc, 'td', {}, String(r.taskCount)),
      h(doc, 'td', {}, formatTime(r.updatedAt)),
      h(doc, 'td', {}, r.completion === null ? '—' : `${Math.round(r.completion * 100)}%`),
      ops,
    );
  });
  into.append(h(doc, 'table', { class: 'workbook-list' }, h(doc, 'thead', {}, head), h(doc, 'tbody', {}, ...body)));
}

function formatTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '—';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
