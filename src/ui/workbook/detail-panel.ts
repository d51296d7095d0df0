/**
 * The focused task in full: original text with its indicators marked, units, deadline, and what
 * was reported in every period. Indicator actuals for the current period are edited here.
 */
import type { Value } from '../../core/emitter';
import { readField, type FieldId } from '../../core/workbook/fields';
import type { OpenWorkbook, WorkbookChange } from '../../core/workbook/open-workbook';
import { taskByKey } from '../../core/workbook/task-index';
import { isCarried, periodPercent, periodStatus } from '../../core/workbook/period-values';
import { PERIODS, type Period, type TaskRecord } from '../../core/workbook/types';
import { columnLabel } from '../../core/workbook/vocabulary';
import { clear, h } from '../dom';

export interface DetailSources {
  model: OpenWorkbook;
  period: Value<Period>;
  /** Key of the task the grid's focus is on. */
  focused: Value<string | null>;
}

/** The panel beside the grid; it redraws when the workbook, the period or the focused task changes. */
export function createDetailPanel(
  doc: Document,
  sources: DetailSources,
  commit: (key: string, field: FieldId, raw: string) => void,
): { el: HTMLElement; destroy(): void } {
  const el = h(doc, 'aside', {
    id: 'detail-panel',
    class: 'detail-panel',
    'aria-label': '任务详情',
    'data-testid': 'detail-panel',
  });
  const redraw = (): void => {
    const key = sources.focused.get();
    const task = key === null ? null : (taskByKey(sources.model.get().tasks, key) ?? null);
    show(doc, el, task, sources.period.get(), commit);
  };
  // An edit of other tasks leaves the panel as it is.
  const onChange = (change: WorkbookChange): void => {
    const key = sources.focused.get();
    if (!change.changedKeys || (key !== null && change.changedKeys.includes(key))) redraw();
  };
  const stops = [
    sources.model.subscribe(onChange),
    sources.period.subscribe(redraw),
    sources.focused.subscribe(redraw),
  ];
  redraw();
  return { el, destroy: () => stops.forEach((stop) => stop()) };
}

function show(
  doc: Document,
  el: HTMLElement,
  task: TaskRecord | null,
  period: Period,
  commit: (key: string, field: FieldId, raw: string) => void,
): void {
  clear(el);
  if (!task) {
    el.append(h(doc, 'p', { class: 'muted' }, '选中一项任务查看全文与各期填报。'));
    return;
  }
  el.append(
    h(doc, 'h3', {}, `${task.key}\u3000${task.title}`),
    markedText(doc, task),
    h(
      doc,
      'dl',
      { class: 'facts' },
      ...fact(doc, columnLabel('leadUnit'), task.leadUnit),
      ...fact(doc, columnLabel('partnerUnits'), task.partnerUnits),
      ...fact(doc, columnLabel('owner'), task.owner),
      ...fact(doc, columnLabel('deadline'), task.deadline),
      ...fact(doc, `${columnLabel('status')}（${period}）`, stateText(task, period)),
    ),
  );
  if (task.indicators.length) el.append(indicatorEditor(doc, task, period, commit));
  el.append(h(doc, 'h4', {}, '各期填报'), ...PERIODS.map((p) => periodBlock(doc, task, p)));
}

/** `推进中 · 60%`, marked 沿用上期 while the period has no values of its own. */
function stateText(task: TaskRecord, period: Period): string {
  const percent = periodPercent(task, period);
  const carried = isCarried(task, period, 'status') || isCarried(task, period, 'percent');
  return `${periodStatus(task, period)}${percent === null ? '' : ` · ${percent}%`}${carried ? '（沿用上期）' : ''}`;
}

function fact(doc: Document, label: string, value: string): HTMLElement[] {
  return [h(doc, 'dt', {}, label), h(doc, 'dd', {}, value || '—')];
}

/** The task text with each indicator phrase wrapped in <mark>, built from text nodes only. */
function markedText(doc: Document, task: TaskRecord): HTMLElement {
  const p = h(doc, 'p', { class: 'task-text' });
  let rest = task.text;
  for (const ind of task.indicators) {
    const at = ind.text ? rest.indexOf(ind.text) : -1;
    if (at < 0) continue;
    p.append(rest.slice(0, at), h(doc, 'mark', {}, ind.text));
    rest = rest.slice(at + ind.text.length);
  }
  p.append(rest);
  return p;
}

function indicatorEditor(
  doc: Document,
  task: TaskRecord,
  period: Period,
  commit: (key: string, field: FieldId, raw: string) => void,
): HTMLElement {
  const rows = task.indicators.map((ind, i) => {
    const field: FieldId = `actual@${period}#${i}`;
    const value = readField(task, field);
    const input = h(doc, 'input', {
      type: 'text',
      inputmode: 'decimal',
      value: value === null ? '' : String(value),
      'aria-label': `${ind.subject || ind.text} 实际值（${period}）`,
    });
    input.addEventListener('change', () => commit(task.key, field, input.value));
    const target = `${ind.comparator === '=' ? '' : ind.comparator}${ind.value}${ind.max !== undefined ? `-${ind.max}` : ''}${ind.unit}`;
    return h(
      doc,
      'tr',
      {},
      h(doc, 'td', {}, ind.subject || ind.text),
      h(doc, 'td', {}, target),
      h(doc, 'td', {}, input),
    );
  });
  return h(
    doc,
    'table',
    { class: 'indicators' },
    h(doc, 'caption', {}, `量化指标（${period}实际）`),
    h(doc, 'tr', {}, h(doc, 'th', {}, '指标'), h(doc, 'th', {}, '目标'), h(doc, 'th', {}, '实际')),
    ...rows,
  );
}

function periodBlock(doc: Document, task: TaskRecord, period: Period): HTMLElement {
  const entry = task.periods[period];
  if (!entry) return h(doc, 'p', { class: 'muted' }, `${period}：未填报`);
  return h(
    doc,
    'div',
    { class: 'period-entry' },
    h(
      doc,
      'h5',
      {},
      [period, entry.status, entry.percent === null ? null : `${entry.percent}%`].filter(Boolean).join(' · '),
    ),
    ...(['progress', 'problems', 'nextSteps'] as const).map((id) =>
      entry[id] ? h(doc, 'p', {}, `${columnLabel(id)}：${entry[id]}`) : null,
    ),
  );
}
