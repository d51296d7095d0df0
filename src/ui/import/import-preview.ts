/**
 * What the parser found, shown before anything is created — and where the user corrects it: the
 * whole plan's 任务层级 and each section's own (本部分任务层级), 不是任务 and 并入上一项 on every task,
 * 设为任务 on every line that was left out. Each choice re-reads the plan; what is shown is exactly
 * what 创建台账 makes.
 */
import { correctionAt } from '../../core/plan/parse-plan';
import type { Correction, ParseResult, PlanLevel, Problem } from '../../core/plan/types';
import { clear, h } from '../dom';

export interface PreviewActions {
  correct(correction: Correction): void;
  sectionLevel(sectionKey: string, levelId: string): void;
}

export function renderProblems(doc: Document, into: HTMLElement, problems: readonly Problem[]): void {
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

/** 自动, then every numbering level found, by its marker as it appears. */
export function levelOptions(
  doc: Document,
  levels: readonly PlanLevel[],
  chosen: string | undefined,
): HTMLOptionElement[] {
  const auto = h(doc, 'option', { value: 'auto', selected: !chosen || chosen === 'auto' }, '自动');
  const found = levels.map((l) =>
    h(doc, 'option', { value: l.id, selected: l.id === chosen }, `${l.marker}（${l.count}处）`),
  );
  return [auto, ...found];
}

function sectionRow(
  doc: Document,
  result: ParseResult,
  key: string,
  chosen: string | undefined,
  actions: PreviewActions,
) {
  const title = result.plan.sections.find((s) => s.key === key)?.title ?? '';
  const select = h(
    doc,
    'select',
    { 'aria-label': `本部分任务层级：${key}` },
    ...levelOptions(doc, result.levels, chosen),
  );
  select.addEventListener('change', () => actions.sectionLevel(key, select.value));
  return h(
    doc,
    'li',
    { class: 'preview-section' },
    `${key}、${title}`,
    h(doc, 'label', { class: 'preview-level' }, '本部分任务层级 ', select),
  );
}

function taskRow(doc: Document, result: ParseResult, index: number, actions: PreviewActions): HTMLElement {
  const task = result.plan.tasks[index]!;
  const button = (label: string, kind: Correction['kind']) =>
    h(
      doc,
      'button',
      { type: 'button', class: 'link', onclick: () => actions.correct(correctionAt(result.lines, task.line, kind)) },
      label,
    );
  const indicators = task.indicators.length ? `〔指标 ${task.indicators.length}〕` : '';
  return h(
    doc,
    'li',
    { class: 'preview-task', 'data-key': task.key },
    h(doc, 'b', {}, task.key),
    ' ',
    h(doc, 'span', { class: 'preview-title' }, task.title),
    indicators ? h(doc, 'span', { class: 'muted' }, indicators) : null,
    h(
      doc,
      'span',
      { class: 'preview-actions' },
      button('不是任务', 'not-task'),
      index > 0 ? button('并入上一项', 'merge-up') : null,
    ),
  );
}

/** Lines that start no task (cover, headings, text the parser left out): each can be made one. */
function leftOutLines(doc: Document, result: ParseResult, actions: PreviewActions): HTMLElement | null {
  const starts = new Set(result.plan.tasks.map((t) => t.line));
  const rows = result.lines.flatMap((text, i) =>
    text.trim() && !starts.has(i + 1)
      ? [
          h(
            doc,
            'li',
            { 'data-line': i + 1 },
            h(doc, 'span', { class: 'preview-line' }, text.length > 80 ? `${text.slice(0, 80)}…` : text),
            h(
              doc,
              'button',
              {
                type: 'button',
                class: 'link',
                onclick: () => actions.correct(correctionAt(result.lines, i + 1, 'make-task')),
              },
              '设为任务',
            ),
          ),
        ]
      : [],
  );
  if (rows.length === 0) return null;
  return h(
    doc,
    'details',
    { class: 'preview-left-out' },
    h(doc, 'summary', {}, `未识别为任务的行（${rows.length}）`),
    h(doc, 'ol', {}, ...rows),
  );
}

export function renderPreview(
  doc: Document,
  into: HTMLElement,
  result: ParseResult,
  sectionLevels: Readonly<Record<string, string>>,
  actions: PreviewActions,
): void {
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
  const rows: HTMLElement[] = [];
  // Every section gets its band, those without a task too: choosing their level may give them some.
  const keys = plan.sections.map((s) => s.key);
  let shown = 0;
  const bandsUpTo = (key: string | null) => {
    const until = key === null ? shown : keys.indexOf(key) + 1;
    for (; shown < until; shown++)
      rows.push(sectionRow(doc, result, keys[shown]!, sectionLevels[keys[shown]!], actions));
  };
  plan.tasks.forEach((task, i) => {
    bandsUpTo(task.section);
    rows.push(taskRow(doc, result, i, actions));
  });
  bandsUpTo(keys.at(-1) ?? null);
  into.prepend(summary);
  into.append(h(doc, 'ol', { class: 'preview-list' }, ...rows));
  const leftOut = leftOutLines(doc, result, actions);
  if (leftOut) into.append(leftOut);
}
