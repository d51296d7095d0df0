/**
 * 导入工作要点: paste or pick a file, see what the parser found (sections, tasks, problems),
 * then confirm. Nothing is created or changed before the user confirms.
 */
import { parsePlan } from '../../core/plan/parse-plan';
import type { ParseResult, Problem } from '../../core/plan/types';
import { h } from '../dom';
import { openModal } from '../modal';
import { renderPreview, renderProblems } from './import-preview';

export interface ImportChoice {
  result: ParseResult;
  sourceText: string;
  unit: string;
  name: string;
}

export interface ImportDialogDeps {
  /** Reads a picked file to text (lazy: docx/html readers are heavy). */
  readFile(file: File): Promise<{ text: string; problems: Problem[] }>;
  onConfirm(choice: ImportChoice): void;
  /** Offered when a workbook is open: merge the revised plan into it by task key. */
  onRevise?: (choice: ImportChoice) => void;
  /** Name of the open workbook, for the button label. */
  currentName?: string;
  defaultUnit: string;
}

interface Inputs {
  paste: HTMLTextAreaElement;
  file: HTMLInputElement;
  unit: HTMLInputElement;
  name: HTMLInputElement;
}

function inputs(doc: Document, defaultUnit: string): Inputs {
  return {
    paste: h(doc, 'textarea', {
      rows: 10,
      'aria-label': '粘贴工作要点全文',
      placeholder: '在此粘贴工作要点全文（从 Word 或网页复制）',
    }),
    file: h(doc, 'input', { type: 'file', 'aria-label': '选择文件', accept: '.txt,.docx,.html,.htm,.md,.doc,.pdf' }),
    unit: h(doc, 'input', { type: 'text', 'aria-label': '填报单位', value: defaultUnit, placeholder: '如：殿前街道' }),
    name: h(doc, 'input', { type: 'text', 'aria-label': '台账名称' }),
  };
}

export function openImportDialog(doc: Document, deps: ImportDialogDeps): HTMLDialogElement {
  const fields = inputs(doc, deps.defaultUnit);
  const preview = h(doc, 'div', { class: 'import-preview', 'data-testid': 'import-preview' });
  const status = h(doc, 'p', { class: 'import-status', role: 'status' });
  const confirm = h(doc, 'button', { type: 'button', class: 'primary', disabled: true }, '创建台账');
  const revise = deps.onRevise
    ? h(
        doc,
        'button',
        { type: 'button', disabled: true, title: `按任务编号合并到《${deps.currentName ?? ''}》` },
        '更新当前台账',
      )
    : null;
  const cancel = h(doc, 'button', { type: 'button' }, '取消');
  let current: { result: ParseResult; text: string } | null = null;

  function show(text: string, extra: readonly Problem[]): void {
    const result = parsePlan(text);
    result.problems.unshift(...extra);
    current = text.trim() === '' && extra.length > 0 ? null : { result, text };
    if (current) renderPreview(doc, preview, result);
    else renderProblems(doc, preview, extra);
    fields.name.value = fields.name.value || result.plan.title || '';
    confirm.disabled = !current || result.plan.tasks.length === 0;
    if (revise) revise.disabled = confirm.disabled;
  }

  const parseButton = h(doc, 'button', { type: 'button', onclick: () => show(fields.paste.value, []) }, '识别');
  fields.file.addEventListener('change', () => void readPicked(deps, fields, status, show));
  const dialog = openModal(
    doc,
    { className: 'import-dialog', label: '导入工作要点' },
    h(doc, 'h2', {}, '导入工作要点'),
    h(
      doc,
      'div',
      { class: 'import-inputs' },
      fields.paste,
      h(doc, 'div', { class: 'row' }, h(doc, 'label', {}, '或选择文件 ', fields.file), parseButton),
    ),
    status,
    preview,
    h(
      doc,
      'div',
      { class: 'row' },
      h(doc, 'label', {}, '填报单位 ', fields.unit),
      h(doc, 'label', {}, '台账名称 ', fields.name),
    ),
    h(doc, 'div', { class: 'dialog-actions' }, cancel, revise, confirm),
  );
  const choose = (take: ((choice: ImportChoice) => void) | undefined) => () => {
    if (!current || current.result.plan.tasks.length === 0) return;
    const { result, text } = current;
    take?.({ result, sourceText: text, unit: fields.unit.value.trim(), name: fields.name.value.trim() });
    dialog.close();
  };
  cancel.addEventListener('click', () => dialog.close());
  confirm.addEventListener('click', choose(deps.onConfirm));
  revise?.addEventListener('click', choose(deps.onRevise));
  return dialog;
}

/** A picked file → its text in the paste box and the preview; an empty read shows only why. */
async function readPicked(
  deps: ImportDialogDeps,
  fields: Inputs,
  status: HTMLElement,
  show: (text: string, problems: readonly Problem[]) => void,
): Promise<void> {
  const picked = fields.file.files?.[0];
  if (!picked) return;
  status.textContent = `正在读取 ${picked.name}…`;
  try {
    const read = await deps.readFile(picked);
    status.textContent = '';
    if (read.text.trim() !== '') fields.paste.value = read.text;
    show(read.text, read.problems);
  } catch (error) {
    status.textContent = `无法读取该文件：${error instanceof Error ? error.message : String(error)}`;
  }
}
