/** The tables of the 汇总 view: units with their rates, and tasks × units. Plain text cells. */
import type { ConsolidationResult, UnitEntry } from '../../core/report/consolidate/consolidate';
import { columnLabel } from '../../core/workbook/vocabulary';
import { h } from '../dom';

export function rateText(rate: number | null): string {
  return rate === null ? '—' : `${Math.round(rate * 1000) / 10}%`;
}

function th(doc: Document, text: string, title?: string): HTMLTableCellElement {
  return h(doc, 'th', { scope: 'col', title }, text);
}

/** A scrollable report table: header cells, body rows, a test id. */
export function table(doc: Document, testId: string, head: HTMLElement[], rows: HTMLElement[]): HTMLElement {
  return h(
    doc,
    'div',
    { class: 'pl-reports__scroll' },
    h(
      doc,
      'table',
      { class: 'pl-reports__table', 'data-testid': testId },
      h(doc, 'thead', {}, h(doc, 'tr', {}, ...head)),
      h(doc, 'tbody', {}, ...rows),
    ),
  );
}

/** One row per unit: when it reported, its overall rate and its rate in each section. */
export function unitTable(doc: Document, result: ConsolidationResult): HTMLElement {
  const head = [
    th(doc, '单位'),
    th(doc, '填报日期'),
    th(doc, '报送'),
    th(doc, '完成率'),
    ...result.sections.map((s) => th(doc, s.key ?? '—', s.key ? `${s.key}、${s.title}` : s.title)),
  ];
  const rows = result.units.map((u) =>
    h(
      doc,
      'tr',
      { 'data-unit': u.unit },
      h(doc, 'th', { scope: 'row', title: u.fileName }, u.unit),
      h(doc, 'td', {}, u.asOf),
      h(doc, 'td', { class: u.late ? 'pl-reports__flag' : '' }, u.late ? '逾期' : '按时'),
      h(doc, 'td', { class: 'pl-reports__num', 'data-rate': '' }, rateText(u.rate)),
      ...u.sectionRates.map((r) => h(doc, 'td', { class: 'pl-reports__num' }, rateText(r))),
    ),
  );
  return table(doc, 'consolidation-units', head, rows);
}

function entryText(entry: UnitEntry | null): string {
  if (!entry) return '未填报';
  const percent = entry.percent === null ? '' : ` ${entry.percent}%`;
  return `${entry.status ?? '—'}${percent}`;
}

/** Every task of the plan, one column per unit: the status and percent that unit reported. */
export function taskUnitTable(doc: Document, result: ConsolidationResult): HTMLElement {
  const head = [
    th(doc, columnLabel('key')),
    th(doc, columnLabel('title')),
    th(doc, '完成单位数', '填报“已完成”的单位数'),
    th(doc, '平均进度', '各单位该任务完成度的平均（已完成计100%，不涉及不计）'),
    ...result.units.map((u) => th(doc, u.unit, u.fileName)),
  ];
  const rows = result.tasks.map((task, t) =>
    h(
      doc,
      'tr',
      { 'data-key': task.key },
      h(doc, 'td', {}, task.key),
      h(doc, 'td', { class: 'pl-reports__title' }, task.title),
      h(doc, 'td', { class: 'pl-reports__num', 'data-done': '' }, String(result.taskSummaries[t]?.done ?? 0)),
      h(doc, 'td', { class: 'pl-reports__num', 'data-mean': '' }, rateText(result.taskSummaries[t]?.mean ?? null)),
      ...result.units.map((_, u) => h(doc, 'td', {}, entryText(result.cells[t]?.[u] ?? null))),
    ),
  );
  return table(doc, 'consolidation-tasks', head, rows);
}

/** Files not merged (another plan or period, unreadable, too large), each with its reason. */
export function rejectedList(doc: Document, result: ConsolidationResult): HTMLElement | null {
  if (result.rejected.length === 0) return null;
  return h(
    doc,
    'ul',
    { class: 'pl-reports__list', 'data-testid': 'consolidation-rejected' },
    ...result.rejected.map((r) => h(doc, 'li', {}, `${r.fileName}${r.unit ? `（${r.unit}）` : ''}：${r.reason}`)),
  );
}
