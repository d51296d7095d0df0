/**
 * 汇总多个单位, result: who reported, late or missing, files not merged, the ranking chart and
 * heat table, per-unit and task × unit tables, and 导出汇总表. The deadline and the list of units
 * expected are view inputs: changing them recomputes from the files already read.
 */
import { unitRankingChart, unitSectionHeat } from '../../core/charts/unit-charts';
import type { ConsolidationOptions, ConsolidationResult } from '../../io/excel/reports';
import { appendChartCard } from '../charts/chart-card';
import { loadChartJs, type Chart } from '../charts/chart-loader';
import { heatTable } from '../charts/heat-table';
import { clear, h } from '../dom';
import { openModal } from '../modal';
import { rateText, rejectedList, taskUnitTable, unitTable } from './consolidation-tables';
import { unitSummaries } from './unit-summaries';
import { reminders } from '../../core/report/consolidate/reminders';
import { reminderList } from './reminder-list';
import '../charts/charts.css';
import '../styles/reports.css';

export type ViewOptions = Pick<ConsolidationOptions, 'dueDate' | 'expectedUnits'>;

export interface ConsolidationViewDeps {
  compute(options: ViewOptions): ConsolidationResult;
  exportSummary(result: ConsolidationResult): Promise<void>;
  /** 汇编 as a sheet or as a Word document. */
  exportCompilation(result: ConsolidationResult, kind: 'xlsx' | 'docx'): Promise<void>;
  /** 应报单位 and 报送截止日期 to start from (the open plan's units, the 填报表's deadline). */
  initial: ViewOptions;
  today(): string;
}

/** What browser tests and support read from `window.__planLedger.consolidation`. */
export interface ConsolidationProbe {
  result: ConsolidationResult;
  ranking: { labels: string[]; values: (number | null)[] } | null;
}

function expose(doc: Document, probe: ConsolidationProbe | undefined): void {
  const hook = doc.defaultView?.__planLedger;
  if (hook) hook.consolidation = probe;
}

function part(doc: Document, title: string, ...children: (HTMLElement | null)[]): HTMLElement | null {
  const present = children.filter((c): c is HTMLElement => c !== null);
  if (present.length === 0) return null;
  return h(doc, 'section', { class: 'pl-reports__section' }, h(doc, 'h3', {}, title), ...present);
}

/** Up to this many task × unit cells the table is drawn open; a bigger one when first opened. */
const OPEN_TABLE_CELLS = 600;

/**
 * The task × unit table behind a disclosure: 30 units × 40 tasks is 1,200 cells (500 × 60 is
 * 30,000), which took most of the time until the summary showed, for a table the first look at
 * a summary does not need.
 */
function taskUnitDetails(doc: Document, result: ConsolidationResult): HTMLElement {
  const cells = result.tasks.length * result.units.length;
  const label = `${result.tasks.length} 项任务 × ${result.units.length} 个单位`;
  const details = h(doc, 'details', { class: 'pl-reports__details' }, h(doc, 'summary', {}, label));
  if (cells <= OPEN_TABLE_CELLS) {
    details.open = true;
    details.append(taskUnitTable(doc, result));
    return details;
  }
  details.addEventListener('toggle', () => {
    if (details.open && details.childElementCount === 1) details.append(taskUnitTable(doc, result));
  });
  return details;
}

function flags(doc: Document, result: ConsolidationResult): HTMLElement {
  const lines = [
    `已汇总 ${result.units.length} 个单位，平均完成率 ${rateText(mean(result.units.map((u) => u.rate)))}`,
    result.lateUnits.length ? `逾期报送：${result.lateUnits.join('、')}` : null,
    result.missingUnits.length ? `未报送：${result.missingUnits.join('、')}` : null,
    result.rejected.length ? `未汇总的文件：${result.rejected.length} 个（原因见下）` : null,
  ].filter((l): l is string => l !== null);
  return h(
    doc,
    'div',
    { class: 'pl-reports__summary', 'data-testid': 'consolidation-flags' },
    ...lines.map((l, i) => h(doc, 'p', { class: i > 0 ? 'pl-reports__flag' : '' }, l)),
  );
}

function mean(rates: (number | null)[]): number | null {
  const known = rates.filter((r): r is number => r !== null);
  return known.length ? known.reduce((a, b) => a + b, 0) / known.length : null;
}

function optionInputs(doc: Document, initial: ViewOptions, onApply: (options: ViewOptions) => void): HTMLElement {
  const due = h(doc, 'input', { type: 'date', 'aria-label': '报送截止日期', value: initial.dueDate ?? '' });
  const expected = h(doc, 'input', {
    type: 'text',
    'aria-label': '应报单位',
    placeholder: '如：殿前街道、禾山街道',
    size: 40,
    value: (initial.expectedUnits ?? []).join('、'),
  });
  const apply = () => {
    const expectedUnits = expected.value.split(/[、,，;；\s]+/).filter(Boolean);
    onApply({ dueDate: due.value || undefined, expectedUnits: expectedUnits.length ? expectedUnits : undefined });
  };
  return h(
    doc,
    'div',
    { class: 'row' },
    h(doc, 'label', {}, '报送截止日期 ', due),
    h(doc, 'label', {}, '应报单位 ', expected),
    h(doc, 'button', { type: 'button', onclick: apply }, '重新核对'),
  );
}

/** A button that exports: disabled while writing, the outcome said in `status`. */
function onExport(
  button: HTMLButtonElement,
  status: HTMLElement,
  what: string,
  run: () => Promise<void>,
  enabled: () => boolean,
): void {
  button.addEventListener('click', () => {
    button.disabled = true;
    status.textContent = `正在生成${what}…`;
    run()
      .then(() => (status.textContent = `${what}已导出`))
      .catch(
        (error: unknown) =>
          (status.textContent = `导出失败：${error instanceof Error ? error.message : String(error)}`),
      )
      .finally(() => (button.disabled = !enabled()));
  });
}

export function openConsolidationView(doc: Document, deps: ConsolidationViewDeps): HTMLDialogElement {
  const body = h(doc, 'div', { class: 'pl-reports__body' });
  const status = h(doc, 'span', { role: 'status', class: 'muted' });
  const exportButton = h(doc, 'button', { type: 'button', class: 'primary' }, '导出汇总表');
  const compileXlsx = h(doc, 'button', { type: 'button' }, '导出汇编（Excel）');
  const compileDocx = h(doc, 'button', { type: 'button' }, '导出汇编（Word）');
  const close = h(doc, 'button', { type: 'button' }, '关闭');
  const title = h(doc, 'h2', {});
  const dialog = openModal(
    doc,
    {
      className: 'pl-reports pl-reports--summary',
      label: '汇总结果',
      onClose: () => {
        charts.forEach((c) => c.destroy());
        expose(doc, undefined);
      },
    },
    title,
    optionInputs(doc, deps.initial, (options) => void render(options)),
    body,
    h(doc, 'div', { class: 'dialog-actions' }, status, close, compileXlsx, compileDocx, exportButton),
  );
  let charts: Chart[] = [];
  let options: ViewOptions = deps.initial;
  let result = deps.compute(options);
  let generation = 0;

  async function render(next: ViewOptions | null): Promise<void> {
    if (next) [options, result] = [next, deps.compute(next)];
    const mine = ++generation;
    charts.forEach((c) => c.destroy());
    charts = [];
    clear(body);
    title.textContent = `汇总：${result.plan}${result.period ? ` · ${result.period}` : ''}`;
    const chartArea = h(doc, 'div', { class: 'pl-reports__charts' });
    const problems = result.problems.length
      ? h(doc, 'ul', { class: 'pl-reports__list' }, ...result.problems.map((p) => h(doc, 'li', {}, p.message)))
      : null;
    body.append(
      ...[
        flags(doc, result),
        part(doc, '未汇总的文件', rejectedList(doc, result)),
        part(doc, '催办', reminderList(doc, reminders(result, options.dueDate, deps.today()))),
        part(doc, '提示', problems),
        result.units.length ? chartArea : null,
        part(doc, '各单位完成情况', result.units.length ? unitTable(doc, result) : null),
        part(doc, '各任务填报情况', result.units.length ? taskUnitDetails(doc, result) : null),
      ].filter((e): e is HTMLElement => e !== null),
    );
    exportButton.disabled = compileXlsx.disabled = compileDocx.disabled = result.units.length === 0;
    expose(doc, { result, ranking: null });
    if (result.units.length) await drawCharts(chartArea, mine);
  }

  async function drawCharts(area: HTMLElement, mine: number): Promise<void> {
    const units = unitSummaries(result);
    // The units' tasks live in their own files: a click has nothing in this workbook to filter.
    const ignore = () => undefined;
    area.append(heatTable(doc, unitSectionHeat(units), ignore));
    try {
      const mod = await loadChartJs();
      if (mine !== generation || !dialog.isConnected) return;
      const data = unitRankingChart(units);
      charts.push(appendChartCard(doc, area, mod, data, ignore).chart);
      expose(doc, { result, ranking: { labels: data.categories.map((c) => c.title), values: data.series[0]!.values } });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      area.append(h(doc, 'p', { role: 'alert' }, `排名图未能加载（${detail}），其余内容不受影响`));
    }
  }

  const exporting = (button: HTMLButtonElement, what: string, run: () => Promise<void>) =>
    onExport(button, status, what, run, () => result.units.length > 0);
  exporting(exportButton, '汇总表', () => deps.exportSummary(result));
  exporting(compileXlsx, '汇编（Excel）', () => deps.exportCompilation(result, 'xlsx'));
  exporting(compileDocx, '汇编（Word）', () => deps.exportCompilation(result, 'docx'));
  close.addEventListener('click', () => dialog.close());
  void render(null);
  return dialog;
}
