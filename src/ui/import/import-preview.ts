/** What the parser found, shown before anything is created: problems, a summary, the task list. */
import type { ParseResult, Problem } from '../../core/plan/types';
import { clear, h } from '../dom';

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

export function renderPreview(doc: Document, into: HTMLElement, result: ParseResult): void {
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
