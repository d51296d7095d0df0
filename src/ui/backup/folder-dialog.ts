/** The 自动备份到文件夹 dialog once a folder is set: where, when last, and 立即备份 / 更换 / 停止. */
import { h } from '../dom';
import { openModal } from '../modal';

export interface FolderDialogOptions {
  name: string;
  /** `2026-11-26 14:03（plan-ledger-backup-20261126.json）`, or null before the first write. */
  lastWritten: string | null;
  backupNow(): Promise<void>;
  change(): Promise<void>;
  stop(): Promise<void>;
}

export function openFolderDialog(doc: Document, o: FolderDialogOptions): HTMLDialogElement {
  // Each choice closes the dialog first: its work may open a picker or another dialog.
  const button = (label: string, run: () => Promise<void>, primary = false) =>
    h(doc, 'button', { type: 'button', class: primary ? 'primary' : null, onclick: () => choose(run) }, label);
  const choose = (run: () => Promise<void>) => {
    dialog.close();
    void run();
  };
  const dialog = openModal(
    doc,
    { className: 'folder-backup-dialog', label: '自动备份到文件夹' },
    h(doc, 'h2', {}, '自动备份到文件夹'),
    h(doc, 'p', {}, `备份文件夹：“${o.name}”。`, o.lastWritten ? `上次写入：${o.lastWritten}。` : '尚未写入备份。'),
    h(
      doc,
      'p',
      { class: 'muted' },
      '每 20 次修改、或编辑中每 3 分钟写入一次当天的备份文件（plan-ledger-backup-日期.json），只保留最近 7 天。浏览器数据被清理后，可从该文件夹恢复。',
    ),
    h(
      doc,
      'div',
      { class: 'dialog-actions' },
      button('停止自动备份', o.stop),
      button('更换文件夹', o.change),
      h(doc, 'button', { type: 'button', onclick: () => dialog.close() }, '关闭'),
      button('立即备份', o.backupNow, true),
    ),
  );
  return dialog;
}
