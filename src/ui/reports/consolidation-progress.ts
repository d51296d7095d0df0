/** 汇总 in progress: which file is being read, and a 取消 that stops before the next file. */
import { h } from '../dom';
import { openModal } from '../modal';
import '../styles/reports.css';

export interface ProgressDialog {
  signal: AbortSignal;
  update(index: number, total: number, fileName: string): void;
  close(): void;
}

export function openProgressDialog(doc: Document, total: number): ProgressDialog {
  const controller = new AbortController();
  const bar = h(doc, 'progress', { class: 'pl-reports__progress', max: total, value: 0 });
  const text = h(doc, 'p', { role: 'status', 'data-testid': 'consolidate-progress' }, `准备读取 ${total} 个文件…`);
  const cancel = h(doc, 'button', { type: 'button' }, '取消');
  const dialog = openModal(
    doc,
    { className: 'pl-reports pl-reports--menu', label: '正在汇总' },
    h(doc, 'h2', {}, '正在汇总'),
    text,
    bar,
    h(doc, 'div', { class: 'dialog-actions' }, cancel),
  );
  const stop = () => {
    controller.abort();
    text.textContent = '正在取消…';
    cancel.disabled = true;
  };
  cancel.addEventListener('click', stop);
  // Esc closes a modal dialog by itself: treat it as 取消 too.
  dialog.addEventListener('cancel', stop);
  return {
    signal: controller.signal,
    update(index, count, fileName) {
      bar.value = index;
      text.textContent = `正在读取第 ${index + 1} / ${count} 个文件：${fileName}`;
    },
    close() {
      if (dialog.open) dialog.close();
    },
  };
}
