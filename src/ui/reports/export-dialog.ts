/**
 * 导出报表: which report (a period's 推进情况表 or the full ledger), its title (remembered per
 * workbook through 台账设置), 报表内容 (任务标题 or 任务全文) and the columns to print. Columns empty
 * for the whole unit start unticked: leaving them out gives the others room on A4.
 * Resolves null when cancelled.
 */
import { emptyColumns, OPTIONAL_COLUMNS, type ReportOptions } from '../../core/report/build/report-options';
import { PERIOD_PHRASES, titleStem } from '../../core/report/labels';
import { reportSettings } from '../../core/workbook/report-settings';
import { PERIODS, type Period, type Workbook } from '../../core/workbook/types';
import { columnLabel, type ColumnId } from '../../core/workbook/vocabulary';
import { h } from '../dom';
import { openModal } from '../modal';
import '../styles/reports.css';

export type ExportKind = Period | 'ledger';

export interface ExportRequest {
  kind: ExportKind;
  options: ReportOptions;
}

const KINDS: readonly { kind: ExportKind; label: string }[] = [
  ...PERIODS.map((p) => ({ kind: p as ExportKind, label: `${p}推进情况表` })),
  { kind: 'ledger', label: '全部期次台账' },
];

function periodsOf(kind: ExportKind): readonly Period[] {
  return kind === 'ledger' ? PERIODS : [kind];
}

/** What follows the title stem: `上半年推进情况表`, or `工作台账（…）` for the ledger. */
export function titleSuffix(kind: ExportKind): string {
  return kind === 'ledger' ? '工作台账' : `${PERIOD_PHRASES[kind]}推进情况表`;
}

function radios<T extends string>(
  doc: Document,
  name: string,
  label: string,
  choices: readonly { value: T; label: string }[],
  initial: T,
  onChange: (value: T) => void = () => undefined,
): { el: HTMLElement; value(): T } {
  const inputs = choices.map((c) => {
    const input = h(doc, 'input', { type: 'radio', name, value: c.value, checked: c.value === initial });
    input.addEventListener('change', () => onChange(c.value));
    return { input, el: h(doc, 'label', { class: 'pl-reports__choice' }, input, ` ${c.label}`) };
  });
  const el = h(
    doc,
    'fieldset',
    { class: 'pl-reports__fieldset', role: 'radiogroup', 'aria-label': label },
    h(doc, 'legend', {}, label),
    ...inputs.map((i) => i.el),
  );
  const value = () => (choices.find((_, i) => inputs[i]?.input.checked) ?? choices[0]!).value;
  return { el, value };
}

function columnPicker(doc: Document, workbook: Workbook, kind: ExportKind) {
  const boxes = OPTIONAL_COLUMNS.map((id) => {
    const input = h(doc, 'input', { type: 'checkbox', value: id });
    const note = h(doc, 'span', { class: 'muted' });
    return {
      id,
      input,
      note,
      el: h(doc, 'label', { class: 'pl-reports__choice' }, input, ` ${columnLabel(id)}`, note),
    };
  });
  const reset = (k: ExportKind) => {
    const empty = emptyColumns(workbook, periodsOf(k));
    for (const b of boxes) {
      b.input.checked = !empty.includes(b.id);
      b.note.textContent = empty.includes(b.id) ? '（无内容）' : '';
    }
  };
  reset(kind);
  const el = h(
    doc,
    'fieldset',
    { class: 'pl-reports__fieldset', 'aria-label': '打印的列' },
    h(doc, 'legend', {}, '打印的列（序号、工作任务、完成进度、状态、进展情况总是打印）'),
    ...boxes.map((b) => b.el),
  );
  return { el, reset, values: (): ColumnId[] => boxes.filter((b) => b.input.checked).map((b) => b.id) };
}

export function openExportDialog(
  doc: Document,
  workbook: Workbook,
  initial: ExportKind,
): Promise<ExportRequest | null> {
  const settings = reportSettings(workbook);
  const suffix = h(doc, 'span', { 'data-testid': 'export-title-suffix' }, titleSuffix(initial));
  const title = h(doc, 'input', {
    type: 'text',
    value: settings.title,
    placeholder: titleStem(workbook, ''),
    'aria-label': '报表标题',
    size: 36,
  });
  const columns = columnPicker(doc, workbook, initial);
  const kind = radios(
    doc,
    'export-kind',
    '报表',
    KINDS.map((k) => ({ value: k.kind, label: k.label })),
    initial,
    (k) => {
      suffix.textContent = titleSuffix(k);
      columns.reset(k);
    },
  );
  const content = radios(
    doc,
    'export-content',
    '报表内容',
    [
      { value: 'title', label: '任务标题' },
      { value: 'text', label: '任务全文' },
    ],
    settings.content,
  );
  return new Promise((resolve) => {
    let answer: ExportRequest | null = null;
    const ok = h(doc, 'button', { type: 'submit', class: 'primary' }, '导出');
    const cancel = h(doc, 'button', { type: 'button' }, '取消');
    const form = h(
      doc,
      'form',
      { method: 'dialog' },
      h(doc, 'h2', {}, '导出报表'),
      kind.el,
      h(doc, 'label', { class: 'pl-reports__title-field' }, '报表标题 ', title, suffix),
      content.el,
      columns.el,
      h(doc, 'div', { class: 'dialog-actions' }, cancel, ok),
    );
    const dialog = openModal(
      doc,
      { className: 'pl-reports pl-reports--export', label: '导出报表', onClose: () => resolve(answer) },
      form,
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      answer = {
        kind: kind.value(),
        options: { content: content.value(), columns: columns.values(), title: title.value.trim() },
      };
      dialog.close();
    });
    cancel.addEventListener('click', () => dialog.close());
  });
}
