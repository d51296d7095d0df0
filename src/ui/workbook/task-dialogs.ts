/**
 * 插入任务 / 编辑任务 / 删除任务 / 已删除任务: the questions in the app's own dialogs, the changes
 * as structure operations (src/core/workbook/structure.ts) — one undo step each.
 */
import type { RevisePlanOperation } from '../../core/workbook/operations';
import {
  archiveTask,
  editTask,
  insertTask,
  nextOwnKey,
  restoreArchived,
  type StructureResult,
} from '../../core/workbook/structure';
import type { Workbook } from '../../core/workbook/types';
import { askConfirm, askWith } from '../ask';
import { h } from '../dom';
import { openModal } from '../modal';

export interface TaskDialogDeps {
  doc: Document;
  workbook(): Workbook;
  apply(op: RevisePlanOperation): void;
  notice(text: string): void;
}

function field(doc: Document, label: string, control: HTMLElement): HTMLElement {
  return h(doc, 'label', { class: 'ask-field' }, `${label} `, control);
}

/** Asks until the answer makes a valid operation (or the user cancels), then applies it. */
async function askOperation(
  deps: TaskDialogDeps,
  title: string,
  fields: HTMLElement[],
  build: () => StructureResult,
): Promise<boolean> {
  let result: StructureResult | null = null;
  const check = () => {
    result = build();
    return result.ok ? null : result.message;
  };
  const confirmed = await askWith(deps.doc, title, '确定', fields, () => true, false, { check });
  const done = result as StructureResult | null;
  if (!confirmed || !done?.ok) return false;
  deps.apply(done.operation);
  return true;
}

export async function insertTaskDialog(deps: TaskDialogDeps, afterKey: string | null): Promise<void> {
  const { doc } = deps;
  const key = h(doc, 'input', { type: 'text', value: nextOwnKey(deps.workbook()), 'aria-label': '编号', size: 10 });
  const title = h(doc, 'input', { type: 'text', 'aria-label': '工作任务', size: 40 });
  const where = afterKey ? `插在任务${afterKey}之后，与它同一部分。` : '插在最后。';
  const ok = await askOperation(
    deps,
    '插入任务',
    [h(doc, 'p', { class: 'muted' }, where), field(doc, '编号', key), field(doc, '工作任务', title)],
    () => insertTask(deps.workbook(), { key: key.value, title: title.value, afterKey }),
  );
  if (ok) deps.notice(`已插入任务${key.value.trim()}（可撤销）`);
}

export async function editTaskDialog(deps: TaskDialogDeps, taskKey: string): Promise<void> {
  const { doc } = deps;
  const wb = deps.workbook();
  const task = wb.tasks.find((t) => t.key === taskKey);
  if (!task) return;
  const key = h(doc, 'input', { type: 'text', value: task.key, 'aria-label': '编号', size: 10 });
  const title = h(doc, 'input', { type: 'text', value: task.title, 'aria-label': '工作任务', size: 40 });
  const text = h(doc, 'textarea', { rows: 5, cols: 44, 'aria-label': '任务全文' }, task.text);
  const section = h(
    doc,
    'select',
    { 'aria-label': '所属部分' },
    h(doc, 'option', { value: '', selected: task.section === null }, '（无）'),
    ...wb.sections.map((s) =>
      h(doc, 'option', { value: s.key, selected: s.key === task.section }, `${s.key}、${s.title}`),
    ),
  );
  const fields = [
    field(doc, '编号', key),
    field(doc, '工作任务', title),
    field(doc, '任务全文', text),
    field(doc, '所属部分', section),
  ];
  const ok = await askOperation(deps, `编辑任务${task.key}`, fields, () =>
    editTask(deps.workbook(), taskKey, {
      key: key.value,
      title: title.value,
      text: text.value,
      section: section.value || null,
    }),
  );
  if (ok) deps.notice(`已修改任务${key.value.trim()}（可撤销）`);
}

export async function deleteTaskDialog(deps: TaskDialogDeps, taskKey: string): Promise<void> {
  const task = deps.workbook().tasks.find((t) => t.key === taskKey);
  if (!task) return;
  const sure = await askConfirm(deps.doc, {
    title: '删除任务',
    message: `删除任务${task.key}“${task.title}”？已填写的内容会保留，可在“已删除任务”中恢复。`,
    okLabel: '删除',
    danger: true,
  });
  const result = sure ? archiveTask(deps.workbook(), taskKey) : null;
  if (!result?.ok) return;
  deps.apply(result.operation);
  deps.notice(`已删除任务${task.key}（可撤销，或在“已删除任务”中恢复）`);
}

/** 已删除任务: each with what it holds, and 恢复. */
export function archivedTasksDialog(deps: TaskDialogDeps): void {
  const { doc } = deps;
  const archived = deps.workbook().tasks.filter((t) => t.archived);
  const rows = archived.map((t) => {
    const restore = h(doc, 'button', { type: 'button' }, '恢复');
    restore.addEventListener('click', () => {
      const result = restoreArchived(deps.workbook(), t.key);
      if (!result.ok) return;
      deps.apply(result.operation);
      restore.closest('li')?.remove();
      deps.notice(`已恢复任务${t.key}`);
    });
    return h(doc, 'li', { 'data-key': t.key }, h(doc, 'b', {}, t.key), ` ${t.title} `, restore);
  });
  const close = h(doc, 'button', { type: 'button' }, '关闭');
  const dialog = openModal(
    doc,
    { className: 'ask-dialog', label: '已删除任务' },
    h(doc, 'h2', {}, '已删除任务'),
    rows.length
      ? h(doc, 'ul', { class: 'archived-list' }, ...rows)
      : h(doc, 'p', { class: 'muted' }, '没有已删除的任务。修订后移出计划的任务也在这里。'),
    h(doc, 'div', { class: 'dialog-actions' }, close),
  );
  close.addEventListener('click', () => dialog.close());
}
