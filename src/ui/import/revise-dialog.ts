/**
 * Re-importing a revised plan into the open workbook: show what will change, by task key, and
 * apply only after the user confirms. Progress stays with its key; tasks gone from the plan are
 * archived, never deleted; the whole revision is one undo step.
 */
import type { Plan } from '../../core/plan/types';
import { diffPlan, hasChanges, type PlanDiff } from '../../core/workbook/revise-plan';
import type { Workbook } from '../../core/workbook/types';
import { h } from '../dom';
import { openModal } from '../modal';

export function openReviseDialog(
  doc: Document,
  workbook: Workbook,
  plan: Plan,
  onConfirm: () => void,
): HTMLDialogElement {
  const diff = diffPlan(workbook, plan);
  const confirm = h(doc, 'button', { type: 'button', class: 'primary', disabled: !hasChanges(diff) }, '确认更新');
  const cancel = h(doc, 'button', { type: 'button' }, '取消');
  const dialog = openModal(
    doc,
    { className: 'revise-dialog', label: '更新当前台账' },
    h(doc, 'h2', {}, `用修订后的要点更新《${workbook.name}》`),
    h(doc, 'p', {}, summary(diff)),
    ...sections(doc, diff),
    h(doc, 'div', { class: 'dialog-actions' }, cancel, confirm),
  );
  cancel.addEventListener('click', () => dialog.close());
  confirm.addEventListener('click', () => {
    onConfirm();
    dialog.close();
  });
  return dialog;
}

function summary(diff: PlanDiff): string {
  if (!hasChanges(diff)) return '修订稿与当前台账的任务完全一致，无需更新。';
  return `新增 ${diff.added.length} 项，改标题 ${diff.retitled.length} 项，正文变化 ${diff.textChanged.length} 项，移出计划（归档保留）${diff.archived.length} 项，恢复 ${diff.restored.length} 项，不变 ${diff.unchanged} 项。已填写的进展按编号保留。`;
}

function sections(doc: Document, diff: PlanDiff): HTMLElement[] {
  const list = (title: string, items: string[]) =>
    items.length
      ? [h(doc, 'h3', {}, title), h(doc, 'ul', { class: 'diff-list' }, ...items.map((t) => h(doc, 'li', {}, t)))]
      : [];
  return [
    ...list(
      '新增任务',
      diff.added.map((t) => `${t.key} ${t.title}`),
    ),
    ...list(
      '标题变化',
      diff.retitled.map((t) => `${t.key}：${t.from} → ${t.to}`),
    ),
    ...list(
      '正文变化',
      diff.textChanged.map((t) => `${t.key} ${t.title}`),
    ),
    ...list(
      '移出计划（归档，进展保留）',
      diff.archived.map((t) => `${t.key} ${t.title}`),
    ),
    ...list(
      '重新列入计划',
      diff.restored.map((t) => `${t.key} ${t.title}`),
    ),
    ...list('部分变化', [
      ...diff.sections.added.map((s) => `新增 ${s.key}、${s.title}`),
      ...diff.sections.removed.map((s) => `删除 ${s.key}、${s.title}`),
      ...diff.sections.retitled.map((s) => `${s.key}：${s.from} → ${s.to}`),
    ]),
  ];
}
