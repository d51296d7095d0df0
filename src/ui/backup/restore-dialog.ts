/**
 * The question before a restore: which workbooks the backup adds, which it replaces (warning when
 * the copy in this browser was changed after the backup was made), with a tick box each.
 * Resolves with the workbooks to store, or null when cancelled.
 */
import type { Problem } from '../../core/plan/types';
import type { RestorePlan } from '../../core/workbook/backup';
import type { Workbook } from '../../core/workbook/types';
import { h } from '../dom';
import { openModal } from '../modal';
import './restore-dialog.css';

export interface RestoreQuestion {
  fileName: string;
  exportedAt: string | null;
  plan: RestorePlan;
  /** Parts of the backup that could not be read (shown, not restored). */
  problems: readonly Problem[];
}

/** `2026-11-26T06:03:00Z` → `2026-11-26 14:03` in the user's time zone. */
export function localTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso || '未知';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function describe(wb: Workbook): string {
  return [wb.unit, `${wb.year}年`, `${wb.tasks.filter((t) => !t.archived).length} 项任务`].filter(Boolean).join(' · ');
}

interface Choice {
  workbook: Workbook;
  box: HTMLInputElement;
}

function choiceRow(doc: Document, workbook: Workbook, checked: boolean, ...notes: (HTMLElement | string)[]) {
  const box = h(doc, 'input', { type: 'checkbox', checked, 'aria-label': `恢复《${workbook.name}》` });
  const row = h(
    doc,
    'li',
    { 'data-workbook-id': workbook.id },
    h(doc, 'label', {}, box, ' ', h(doc, 'b', {}, workbook.name), ` （${describe(workbook)}）`),
    ...notes.map((n) => h(doc, 'div', { class: 'restore-note' }, n)),
  );
  return { row, choice: { workbook, box } };
}

function section(doc: Document, title: string, rows: HTMLElement[]): HTMLElement | null {
  return rows.length
    ? h(doc, 'section', {}, h(doc, 'h3', {}, title), h(doc, 'ul', { class: 'restore-list' }, ...rows))
    : null;
}

export function confirmRestore(doc: Document, q: RestoreQuestion): Promise<Workbook[] | null> {
  const choices: Choice[] = [];
  const added = q.plan.add.map((wb) => {
    const { row, choice } = choiceRow(doc, wb, true, `备份中修改于 ${localTime(wb.updatedAt)}`);
    choices.push(choice);
    return row;
  });
  const replaced = q.plan.replace.map(({ incoming, existing, existingIsNewer }) => {
    const when = `本机修改于 ${localTime(existing.updatedAt)}，备份中修改于 ${localTime(incoming.updatedAt)}`;
    const warning = existingIsNewer
      ? h(doc, 'strong', { class: 'restore-warning' }, '本机的台账比备份更新，替换后本机较新的修改将丢失')
      : '';
    // A newer copy here is not ticked: losing work takes a deliberate click.
    const { row, choice } = choiceRow(doc, incoming, !existingIsNewer, when, warning);
    choices.push(choice);
    return row;
  });
  const problems = q.problems.length
    ? h(
        doc,
        'section',
        {},
        h(doc, 'h3', {}, '以下内容无法读取，不会恢复'),
        h(doc, 'ul', { class: 'problems' }, ...q.problems.map((p) => h(doc, 'li', {}, p.message))),
      )
    : null;

  const cancel = h(doc, 'button', { type: 'button' }, '取消');
  const confirm = h(doc, 'button', { type: 'button', class: 'primary' }, '恢复');
  const exported = q.exportedAt ? `，备份于 ${localTime(q.exportedAt)}` : '';
  return new Promise((resolve) => {
    let answer: Workbook[] | null = null;
    // Esc, 取消 and 恢复 all close the dialog, so the promise always settles.
    const dialog = openModal(
      doc,
      { className: 'restore-dialog', label: '从备份恢复', onClose: () => resolve(answer) },
      h(doc, 'h2', {}, '从备份恢复'),
      h(doc, 'p', {}, `文件“${q.fileName}”${exported}。请勾选要恢复的台账：`),
      section(doc, `将新增 ${added.length} 个台账`, added),
      section(doc, `将替换本机的 ${replaced.length} 个台账`, replaced),
      problems,
      h(doc, 'p', { class: 'muted' }, '未勾选的台账保持不变。恢复前建议先点击“备份”保存当前数据。'),
      h(doc, 'div', { class: 'dialog-actions' }, cancel, confirm),
    );
    const refresh = () => (confirm.disabled = !choices.some((c) => c.box.checked));
    for (const c of choices) c.box.addEventListener('change', refresh);
    refresh();
    cancel.addEventListener('click', () => dialog.close());
    confirm.addEventListener('click', () => {
      answer = choices.filter((c) => c.box.checked).map((c) => c.workbook);
      dialog.close();
    });
  });
}
