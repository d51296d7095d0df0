/**
 * 导入填报表, second step: what the file would change, cell by cell, and what could not be read.
 * Nothing is applied before 确认导入; 取消 and Esc leave the workbook as it was.
 */
import type { CellValue } from '../../core/workbook/fields';
import type { ReimportResult } from '../../io/excel/reports';
import { columnLabel } from '../../core/workbook/vocabulary';
import { h } from '../dom';
import { openModal } from '../modal';
import { table } from './consolidation-tables';
import '../styles/reports.css';

export interface ReimportDialogDeps {
  fileName: string;
  result: ReimportResult;
  /** Apply `result.operation`; called at most once, only on 确认导入. */
  onConfirm(): void;
}

function valueText(value: CellValue): string {
  return value === null || value === '' ? '（空）' : String(value);
}

function section(doc: Document, title: string, testId: string, items: string[]): HTMLElement | null {
  if (items.length === 0) return null;
  return h(
    doc,
    'section',
    { class: 'pl-reports__section', 'data-testid': testId },
    h(doc, 'h3', {}, `${title}（${items.length}）`),
    h(doc, 'ul', { class: 'pl-reports__list' }, ...items.map((text) => h(doc, 'li', {}, text))),
  );
}

function diffTable(doc: Document, result: ReimportResult): HTMLElement | null {
  if (result.diff.length === 0) return null;
  const head = [columnLabel('key'), columnLabel('title'), '列', '原内容', '新内容'].map((t) =>
    h(doc, 'th', { scope: 'col' }, t),
  );
  const rows = result.diff.map((d) =>
    h(
      doc,
      'tr',
      { 'data-key': d.key, 'data-field': d.field },
      h(doc, 'td', {}, d.key),
      h(doc, 'td', { class: 'pl-reports__title' }, d.title),
      h(doc, 'td', {}, d.label),
      // Struck through only when there was something: an empty old value is not being deleted.
      h(doc, 'td', { class: d.old === null || d.old === '' ? 'muted' : 'pl-reports__old' }, valueText(d.old)),
      h(doc, 'td', { class: 'pl-reports__new' }, valueText(d.new)),
    ),
  );
  return table(doc, 'reimport-diff', head, rows);
}

function summaryText(result: ReimportResult): string {
  const period = result.period ? `（${result.period}）` : '';
  if (result.diff.length === 0) return `文件${period}与当前台账一致，没有需要导入的修改。`;
  const tasks = new Set(result.diff.map((d) => d.key)).size;
  return `将更新 ${tasks} 项任务的 ${result.diff.length} 个单元格${period}。确认后可按 Ctrl+Z 撤销。`;
}

export function openReimportDialog(doc: Document, deps: ReimportDialogDeps): HTMLDialogElement {
  const { result } = deps;
  const unknown = result.unknownKeys.map((u) =>
    u.key
      ? `工作表“${u.sheet}”第 ${u.row} 行：编号“${u.key}”不在当前台账中`
      : `工作表“${u.sheet}”第 ${u.row} 行：没有编号`,
  );
  const unreadable = result.unreadableCells.map(
    (c) => `工作表“${c.sheet}”${c.cell}（编号 ${c.key}）“${c.raw}”：${c.message}`,
  );
  const columns = result.unknownColumns.map((c) => `工作表“${c.sheet}”${c.cell}：列“${c.header}”`);
  const missing = result.missingKeys.length
    ? [`文件中没有以下任务，它们保持不变：${result.missingKeys.join('、')}`]
    : [];
  const confirm = h(
    doc,
    'button',
    { type: 'button', class: 'primary', disabled: result.operation === null },
    '确认导入',
  );
  const cancel = h(doc, 'button', { type: 'button' }, '取消');
  const dialog = openModal(
    doc,
    { className: 'pl-reports pl-reports--reimport', label: '导入填报表' },
    h(doc, 'h2', {}, `导入填报表：${deps.fileName}`),
    h(doc, 'p', { class: 'pl-reports__summary', 'data-testid': 'reimport-summary' }, summaryText(result)),
    section(
      doc,
      '提示',
      'reimport-problems',
      result.problems.map((p) => p.message),
    ),
    diffTable(doc, result),
    section(doc, '未导入的行', 'reimport-unknown', unknown),
    section(doc, '无法识别的列（未导入）', 'reimport-unknown-columns', columns),
    section(doc, '无法识别的单元格（未导入）', 'reimport-unreadable', unreadable),
    section(doc, '未列出的任务', 'reimport-missing', missing),
    h(doc, 'div', { class: 'dialog-actions' }, cancel, confirm),
  );
  cancel.addEventListener('click', () => dialog.close());
  confirm.addEventListener('click', () => {
    if (confirm.disabled) return;
    confirm.disabled = true;
    dialog.close();
    deps.onConfirm();
  });
  return dialog;
}
