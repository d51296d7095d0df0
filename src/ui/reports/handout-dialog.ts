/**
 * 下发填报表: which units get a form (one per line, prefilled with the units the plan names), for
 * which period and 报送截止日期, and per unit all tasks or only those naming it. Resolves null
 * when cancelled.
 */
import { handoutTasks, type HandoutRequest } from '../../core/report/handout/handout-form';
import { planUnits, unitLines } from '../../core/report/handout/handout-units';
import { PERIODS, type Period, type Workbook } from '../../core/workbook/types';
import { clear, h } from '../dom';
import { openModal } from '../modal';
import '../styles/reports.css';

export type HandoutAnswer = Omit<HandoutRequest, 'asOf'>[];

type Scope = HandoutRequest['scope'];

/** One row per unit: its scope choice and how many tasks that gives it. */
function unitRows(doc: Document, workbook: Workbook, units: string[], scopes: Map<string, Scope>): HTMLElement {
  const rows = units.map((unit) => {
    const count = (scope: Scope) => handoutTasks(workbook, { unit, scope }).length;
    const choice = h(
      doc,
      'select',
      { 'aria-label': `${unit}的任务范围`, onchange: () => void scopes.set(unit, choice.value as Scope) },
      h(doc, 'option', { value: 'all' }, `全部任务（${count('all')} 项）`),
      h(doc, 'option', { value: 'named' }, `仅点名本单位的任务（${count('named')} 项）`),
    );
    choice.value = scopes.get(unit) ?? 'all';
    return h(doc, 'tr', { 'data-unit': unit }, h(doc, 'td', {}, unit), h(doc, 'td', {}, choice));
  });
  return h(
    doc,
    'table',
    { class: 'pl-reports__table' },
    h(doc, 'thead', {}, h(doc, 'tr', {}, h(doc, 'th', {}, '单位'), h(doc, 'th', {}, '填报表列出'))),
    h(doc, 'tbody', {}, ...rows),
  );
}

export function openHandoutDialog(doc: Document, workbook: Workbook, shown: Period): Promise<HandoutAnswer | null> {
  const units = h(doc, 'textarea', { 'aria-label': '下发单位', rows: 8, cols: 30 });
  units.value = planUnits(workbook).join('\n');
  const period = h(doc, 'select', { 'aria-label': '报告期' }, ...PERIODS.map((p) => h(doc, 'option', { value: p }, p)));
  period.value = shown;
  const due = h(doc, 'input', { type: 'date', 'aria-label': '报送截止日期' });
  const scopes = new Map<string, Scope>();
  const list = h(doc, 'div', { class: 'pl-reports__scroll pl-reports__units' });
  const error = h(doc, 'p', { class: 'ask-error', role: 'alert' });
  const refresh = () => {
    clear(list);
    list.append(unitRows(doc, workbook, unitLines(units.value), scopes));
  };
  units.addEventListener('input', refresh);
  refresh();
  return new Promise((resolve) => {
    let answer: HandoutAnswer | null = null;
    const cancel = h(doc, 'button', { type: 'button' }, '取消');
    const form = h(
      doc,
      'form',
      { method: 'dialog', class: 'ask-form pl-reports__handout' },
      h(doc, 'h2', {}, '下发填报表'),
      h(doc, 'p', { class: 'muted' }, '为每个单位生成一份填报表（任务列锁定、进展列可填），打包为一个 .zip 文件下载。'),
      h(doc, 'label', { class: 'ask-field' }, h(doc, 'span', {}, '下发单位（每行一个）'), units),
      list,
      h(doc, 'label', { class: 'ask-field' }, h(doc, 'span', {}, '报告期'), period),
      h(doc, 'label', { class: 'ask-field' }, h(doc, 'span', {}, '报送截止日期（可不填）'), due),
      error,
      h(
        doc,
        'div',
        { class: 'dialog-actions' },
        cancel,
        h(doc, 'button', { type: 'submit', class: 'primary' }, '生成填报表'),
      ),
    );
    const dialog = openModal(
      doc,
      { label: '下发填报表', className: 'ask-dialog', onClose: () => resolve(answer) },
      form,
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const chosen = unitLines(units.value);
      if (chosen.length === 0) {
        error.textContent = '请至少填写一个下发单位（每行一个）';
        return;
      }
      const p = period.value as Period;
      answer = chosen.map((unit) => ({ unit, period: p, scope: scopes.get(unit) ?? 'all', dueDate: due.value }));
      dialog.close();
    });
    cancel.addEventListener('click', () => dialog.close());
  });
}
