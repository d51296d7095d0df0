/** The choice behind 其他报表: one period's report or the full ledger; resolves null when cancelled. */
import { PERIODS, type Period } from '../../core/workbook/types';
import { h } from '../dom';
import { openModal } from '../modal';
import '../styles/reports.css';

export type ExportChoice = Period | 'ledger';

export function openExportMenu(doc: Document): Promise<ExportChoice | null> {
  return new Promise((resolve) => {
    let chosen: ExportChoice | null = null;
    const pick = (choice: ExportChoice) => () => {
      chosen = choice;
      dialog.close();
    };
    const periodButtons = PERIODS.map((p) => h(doc, 'button', { type: 'button', onclick: pick(p) }, `${p}推进情况表`));
    const dialog = openModal(
      doc,
      { className: 'pl-reports pl-reports--menu', label: '导出其他报表', onClose: () => resolve(chosen) },
      h(doc, 'h2', {}, '导出报表'),
      h(doc, 'p', { class: 'muted' }, '报告期报表含推进情况、量化指标、统计（附图表）三张表；台账含各期进展。'),
      h(doc, 'div', { class: 'pl-reports__choices' }, ...periodButtons),
      h(
        doc,
        'div',
        { class: 'pl-reports__choices' },
        h(doc, 'button', { type: 'button', onclick: pick('ledger') }, '全部期次台账'),
      ),
      h(
        doc,
        'div',
        { class: 'dialog-actions' },
        h(doc, 'button', { type: 'button', onclick: () => dialog.close() }, '取消'),
      ),
    );
  });
}
