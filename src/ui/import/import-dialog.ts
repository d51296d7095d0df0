/**
 * 导入工作要点: paste or pick a file, see what the parser found (sections, tasks, problems),
 * then confirm. Nothing is created or changed before the user confirms.
 */
import { parsePlan } from '../../core/plan/parse-plan';
import type { ParseResult, Problem } from '../../core/plan/types';
import { clear, h } from '../dom';

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

export function openImportDialog(doc: Document, deps: ImportDialogDeps): HTMLDialogElement {
  const paste = h(doc, 'textarea', {
    rows: 10,
    'aria-label': '粘贴工作要点全文',
    placeholder: '在此粘贴工作要点全文（从 Word 或网页复制）',
  });
  const file = h(doc, 'input', {
    type: 'file',
    'aria-label': '选择文件',
    accept: '.txt,.docx,.html,.htm,.md,.doc,.pdf',
  });
  const unit = h(doc, 'input', {
    type: 'text',
    'aria-label': '填报单位',
    value: deps.defaultUnit,
    placeholder: '如：殿前街道',
  });
  const name = h(doc, 'input', { type: 'text', 'aria-label': '台账名称' });
  const preview = h(doc, 'div', { class: 'import-preview', 'data-testid': 'import-preview' });
  const confirm = h(doc, 'button', { type: 'button', class: 'primary', disabled: true }, '创建台账');
  const revise = deps.onRevise
    ? h(
        doc,
        'button',
        { type: 'button', disabled: true, title: `按任务编号合并到《${deps.currentName ?? ''}》` },
        '更新当前台账',
      )
    : null;
  const status = h(doc, 'p', { class: 'import-status', role: 'status' });
  let current: { result: ParseResult; text: string } | null = null;

  function show(text: string, extra: Problem[]): void {
    const result = parsePlan(text);
    result.problems.unshift(...extra);
    current = { result, text };
    renderPreview(doc, preview, result);
    name.value = name.value || result.plan.title || '';
    confirm.disabled = result.plan.tasks.length === 0;
    if (revise) revise.disabled = confirm.disabled;
  }

  const parseButton = h(doc, 'button', { type: 'button', onclick: () => show(paste.value, []) }, '识别');
  file.addEventListener('change', async () => {
    const picked = file.files?.[0];
    if (!picked) return;
    status.textContent = `正在读取 ${picked.name}…`;
    try {
      const read = await deps.readFile(picked);
      status.textContent = '';
      if (read.text.trim() === '') {
        current = null;
        confirm.disabled = true;
        if (revise) revise.disabled = true;
        renderProblems(doc, preview, read.problems);
        return;
      }
      paste.value = read.text;
      show(read.text, read.problems);
    } catch (error) {
      status.textContent = `无法读取该文件：${error instanceof Error ? error.message : String(error)}`;
    }
  });

  const cancel = h(doc, 'button', { type: 'button' }, '取消');
  const dialog = h(
    doc,
    'dialog',
    { class: 'import-dialog', 'aria-label': '导入工作要点' },
    h(doc, 'h2', {}, '导入工作要点'),
    h(
      doc,
      'div',
      { class: 'import-inputs' },
      paste,
      h(doc, 'div', { class: 'row' }, h(doc, 'label', {}, '或选择文件 ', file), parseButton),
    ),
    status,
    preview,
    h(doc, 'div', { class: 'row' }, h(doc, 'label', {}, '填报单位 ', unit), h(doc, 'label', {}, '台账名称 ', name)),
    h(doc, 'div', { class: 'dialog-actions' }, cancel, revise, confirm),
  );
  cancel.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => dialog.remove());
  confirm.addEventListener('click', () => {
    if (!current || current.result.plan.tasks.length === 0) return;
    deps.onConfirm({
      result: current.result,
      sourceText: current.text,
      unit: unit.value.trim(),
      name: name.value.trim(),
    });
    dialog.close();
  });
  revise?.addEventListener('click', () => {
    if (!current || current.result.plan.tasks.length === 0) return;
    deps.onRevise?.({
      result: current.result,
      sourceText: current.text,
      unit: unit.value.trim(),
      name: name.value.trim(),
    });
    dialog.close();
  });
  doc.body.append(dialog);
  dialog.showModal();
  return dialog;
}

function renderProblems(doc: Document, into: HTMLElement, problems: readonly Problem[]): void {
  clear(into);
  if (problems.length === 0) return;
  into.append(
    h(
      doc,
      'ul',
      { class: 'problems' },
      ...problems.map((p) => h(doc, 'li', {}, p.line ? `第${p.line}行：${p.message}` : p.message)),
    ),
  );
}

function renderPreview(doc: Document, into: HTMLElement, result: ParseResult): void {
  const { plan, problems } = result;
  renderProblems(doc, into, problems);
  const meta = [plan.title, plan.issuer, plan.docNumber, plan.date].filter(Boolean).join(' · ');
  const summary = h(
    doc,
    'p',
    { class: 'import-summary' },
    `识别到 ${plan.sections.length} 个部分、${plan.tasks.length} 项任务`,
    meta ? `（${meta}）` : '',
  );
  const sectionTitle = new Map(plan.sections.map((s) => [s.key, s.title]));
  const rows: HTMLElement[] = [];
  let lastSection: string | null | undefined;
  for (const task of plan.tasks) {
    if (task.section !== lastSection && task.section !== null) {
      rows.push(h(doc, 'li', { class: 'preview-section' }, `${task.section}、${sectionTitle.get(task.section) ?? ''}`));
    }
    lastSection = task.section;
    const indicators = task.indicators.length ? `  〔指标 ${task.indicators.length}〕` : '';
    rows.push(h(doc, 'li', { class: 'preview-task' }, h(doc, 'b', {}, task.key), ' ', task.title, indicators));
  }
  into.prepend(summary);
  into.append(h(doc, 'ol', { class: 'preview-list' }, ...rows));
}
