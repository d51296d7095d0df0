/**
 * 台账设置: 填报单位 and what the reports print besides the table — the sign-off line (填报人、
 * 联系电话、审核人) and the title before its period. Blank fields print as blanks to fill in by hand.
 * Resolves null when cancelled.
 */
import { titleStem } from '../../core/report/labels';
import { reportSettings } from '../../core/workbook/report-settings';
import type { ReportSettings, Workbook } from '../../core/workbook/types';
import { h } from '../dom';
import { openModal } from '../modal';
import '../styles/reports.css';

export interface SettingsAnswer {
  unit: string;
  report: ReportSettings;
}

function field(doc: Document, label: string, value: string, extra: Record<string, string | number | boolean> = {}) {
  const input = h(doc, 'input', { type: 'text', value, 'aria-label': label, size: 36, ...extra });
  return { input, el: h(doc, 'label', { class: 'ask-field pl-reports__setting' }, h(doc, 'span', {}, label), input) };
}

export function openSettingsDialog(doc: Document, workbook: Workbook): Promise<SettingsAnswer | null> {
  const settings = reportSettings(workbook);
  const unit = field(doc, '填报单位', workbook.unit, { required: true });
  const preparer = field(doc, '填报人', settings.preparer);
  const phone = field(doc, '联系电话', settings.phone, { type: 'tel' });
  const reviewer = field(doc, '审核人', settings.reviewer);
  const title = field(doc, '报表标题', settings.title, { placeholder: titleStem(workbook, '') });
  return new Promise((resolve) => {
    let answer: SettingsAnswer | null = null;
    const cancel = h(doc, 'button', { type: 'button' }, '取消');
    const form = h(
      doc,
      'form',
      { method: 'dialog', class: 'ask-form' },
      h(doc, 'h2', {}, '台账设置'),
      h(doc, 'p', { class: 'muted' }, '报表末尾的签字栏和报表标题；未填写的项目打印为空白，可手写。'),
      unit.el,
      preparer.el,
      phone.el,
      reviewer.el,
      title.el,
      h(doc, 'p', { class: 'muted' }, '报表标题后自动加上报告期，如“上半年推进情况表”；留空则用填报单位和要点名称。'),
      h(
        doc,
        'div',
        { class: 'dialog-actions' },
        cancel,
        h(doc, 'button', { type: 'submit', class: 'primary' }, '保存'),
      ),
    );
    const dialog = openModal(doc, { label: '台账设置', className: 'ask-dialog', onClose: () => resolve(answer) }, form);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      answer = {
        unit: unit.input.value.trim() || workbook.unit,
        report: {
          ...settings,
          preparer: preparer.input.value.trim(),
          phone: phone.input.value.trim(),
          reviewer: reviewer.input.value.trim(),
          title: title.input.value.trim(),
        },
      };
      dialog.close();
    });
    cancel.addEventListener('click', () => dialog.close());
  });
}
