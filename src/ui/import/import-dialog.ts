/**
 * 导入工作要点: paste or pick a file, see what the parser found, correct it where it is wrong
 * (任务层级, 不是任务, 并入上一项, 设为任务), then confirm. Nothing is created or changed before
 * the user confirms, and what is created is exactly what the preview shows; the choices go with
 * the workbook so that a revised plan is read the same way.
 */
import { parsePlan } from '../../core/plan/parse-plan';
import type { Correction, ParseResult, PlanReadOptions, Problem } from '../../core/plan/types';
import { h } from '../dom';
import { openModal } from '../modal';
import { levelOptions, renderPreview, renderProblems } from './import-preview';

export interface ImportChoice {
  result: ParseResult;
  sourceText: string;
  unit: string;
  name: string;
  /** The reading the user settled on: kept with the workbook. */
  readOptions: PlanReadOptions;
}

export interface ImportDialogDeps {
  /** Reads a picked file to text (lazy: docx/html readers are heavy). */
  readFile(file: File): Promise<{ text: string; problems: Problem[] }>;
  onConfirm(choice: ImportChoice): void;
  /** Offered when a workbook is open: merge the revised plan into it by task key. */
  onRevise?: (choice: ImportChoice) => void;
  /** Name of the open workbook, for the button label. */
  currentName?: string;
  /** 填报单位 the user typed last time ('' on a first import). */
  defaultUnit: string;
  /** How the open workbook's plan was read, to read its revision the same way. */
  initialOptions?: PlanReadOptions;
}

interface Inputs {
  paste: HTMLTextAreaElement;
  file: HTMLInputElement;
  unit: HTMLInputElement;
  name: HTMLInputElement;
  level: HTMLSelectElement;
}

function inputs(doc: Document, defaultUnit: string): Inputs {
  return {
    paste: h(doc, 'textarea', {
      rows: 8,
      'aria-label': '粘贴工作要点全文',
      placeholder: '在此粘贴工作要点全文（从 Word 或网页复制）',
    }),
    file: h(doc, 'input', { type: 'file', 'aria-label': '选择文件', accept: '.txt,.docx,.html,.htm,.md,.doc,.pdf' }),
    unit: h(doc, 'input', { type: 'text', 'aria-label': '填报单位', value: defaultUnit, placeholder: '如：殿前街道' }),
    name: h(doc, 'input', { type: 'text', 'aria-label': '台账名称', size: 36 }),
    level: h(doc, 'select', { 'aria-label': '任务层级' }),
  };
}

/** The reading state: the text and the user's choices; every change re-reads the text. */
class Reading {
  text = '';
  extra: readonly Problem[] = [];
  options: PlanReadOptions;
  result: ParseResult | null = null;

  constructor(initial: PlanReadOptions | undefined) {
    this.options = {
      ...initial,
      sectionLevels: { ...initial?.sectionLevels },
      corrections: [...(initial?.corrections ?? [])],
    };
  }

  /** Nothing pasted or picked yet. */
  loaded = false;

  read(): ParseResult | null {
    if (!this.loaded || (this.text.trim() === '' && this.extra.length > 0)) return (this.result = null);
    const result = parsePlan(this.text, this.options);
    result.problems.unshift(...this.extra);
    return (this.result = result);
  }

  correct(correction: Correction): void {
    this.options.corrections = [...(this.options.corrections ?? []), correction];
  }

  /** What is kept with the workbook: only choices actually made. */
  kept(): PlanReadOptions {
    const { taskLevel, sectionLevels = {}, corrections = [] } = this.options;
    const levels = Object.fromEntries(Object.entries(sectionLevels).filter(([, id]) => id !== 'auto'));
    return {
      ...(taskLevel && taskLevel !== 'auto' ? { taskLevel } : {}),
      ...(Object.keys(levels).length ? { sectionLevels: levels } : {}),
      ...(corrections.length ? { corrections } : {}),
    };
  }
}

export function openImportDialog(doc: Document, deps: ImportDialogDeps): HTMLDialogElement {
  const fields = inputs(doc, deps.defaultUnit);
  const reading = new Reading(deps.initialOptions);
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
  let nameEdited = false;
  fields.name.addEventListener('input', () => (nameEdited = true));

  function show(): void {
    const result = reading.read();
    if (result) renderPreview(doc, preview, result, reading.options.sectionLevels ?? {}, actions);
    else renderProblems(doc, preview, reading.extra);
    fields.level.replaceChildren(...levelOptions(doc, result?.levels ?? [], reading.options.taskLevel));
    if (!nameEdited) fields.name.value = result?.plan.title ?? '';
    confirm.disabled = !result || result.plan.tasks.length === 0;
    if (revise) revise.disabled = confirm.disabled;
  }
  const actions = {
    correct: (c: Correction) => (reading.correct(c), show()),
    sectionLevel: (key: string, id: string) => {
      reading.options.sectionLevels = { ...reading.options.sectionLevels, [key]: id };
      show();
    },
  };
  const load = (text: string, extra: readonly Problem[]) => {
    Object.assign(reading, { text, extra, loaded: true });
    show();
  };

  fields.level.addEventListener('change', () => {
    reading.options.taskLevel = fields.level.value;
    show();
  });
  const parseButton = h(doc, 'button', { type: 'button', onclick: () => load(fields.paste.value, []) }, '识别');
  fields.file.addEventListener('change', () => void readPicked(deps, fields, status, load));
  const cancel = h(doc, 'button', { type: 'button' }, '取消');
  const dialog = openModal(
    doc,
    { className: 'import-dialog', label: '导入工作要点' },
    ...layout(doc, fields, parseButton, status, preview),
    h(doc, 'div', { class: 'dialog-actions' }, cancel, revise, confirm),
  );
  const choose = (take: ((choice: ImportChoice) => void) | undefined) => () => {
    const result = reading.result;
    if (!result || result.plan.tasks.length === 0) return;
    const unit = fields.unit.value.trim();
    take?.({ result, sourceText: reading.text, unit, name: fields.name.value.trim(), readOptions: reading.kept() });
    dialog.close();
  };
  cancel.addEventListener('click', () => dialog.close());
  confirm.addEventListener('click', choose(deps.onConfirm));
  revise?.addEventListener('click', choose(deps.onRevise));
  show();
  return dialog;
}

function layout(doc: Document, fields: Inputs, parse: HTMLElement, status: HTMLElement, preview: HTMLElement) {
  const row = (...children: HTMLElement[]) => h(doc, 'div', { class: 'row' }, ...children);
  const hint = '识别有误时：选择任务所在的编号层级，或逐项点“不是任务”“设为任务”。';
  return [
    h(doc, 'h2', {}, '导入工作要点'),
    h(
      doc,
      'div',
      { class: 'import-inputs' },
      fields.paste,
      row(h(doc, 'label', {}, '或选择文件 ', fields.file), parse),
    ),
    status,
    row(h(doc, 'label', {}, '任务层级 ', fields.level), h(doc, 'span', { class: 'muted' }, hint)),
    preview,
    row(h(doc, 'label', {}, '填报单位 ', fields.unit), h(doc, 'label', {}, '台账名称 ', fields.name)),
  ];
}

/** A picked file → its text in the paste box and the preview; an empty read shows only why. */
async function readPicked(
  deps: ImportDialogDeps,
  fields: Inputs,
  status: HTMLElement,
  load: (text: string, problems: readonly Problem[]) => void,
): Promise<void> {
  const picked = fields.file.files?.[0];
  if (!picked) return;
  status.textContent = `正在读取 ${picked.name}…`;
  try {
    const read = await deps.readFile(picked);
    status.textContent = '';
    if (read.text.trim() !== '') fields.paste.value = read.text;
    load(read.text, read.problems);
  } catch (error) {
    status.textContent = `无法读取该文件：${error instanceof Error ? error.message : String(error)}`;
  }
}
