/** The four headline figures above the charts; the two about tasks filter the grid when clicked. */
import type { OverallSummary } from '../../core/charts/summary';
import type { CategoryFilter } from '../../core/charts/types';
import { h } from '../dom';

/** A click on a bar, slice or tile: the tasks behind it, and the grid filter it stands for. */
export type SelectHandler = (taskKeys: string[], label: string, unit?: string, filter?: CategoryFilter) => void;

function percentText(value: number | null): string {
  return value === null ? '—' : `${value}%`;
}

function tile(doc: Document, label: string, value: string, note: string, onClick?: () => void): HTMLElement {
  const body = [h(doc, 'span', { class: 'pl-charts__tile-label' }, label), h(doc, 'strong', {}, value)];
  const noteEl = h(doc, 'span', { class: 'pl-charts__tile-note' }, note);
  if (!onClick) return h(doc, 'div', { class: 'pl-charts__tile' }, ...body, noteEl);
  return h(doc, 'button', { type: 'button', class: 'pl-charts__tile', onclick: onClick }, ...body, noteEl);
}

export function summaryTiles(doc: Document, summary: OverallSummary, onSelect: SelectHandler): HTMLElement {
  const s = summary;
  return h(
    doc,
    'div',
    { class: 'pl-charts__summary', 'data-testid': 'chart-summary' },
    tile(doc, '已完成任务', `${s.tasksDone}/${s.tasksTotal}`, `${s.period} · 不含不涉及`, () =>
      onSelect(s.doneTaskKeys, '已完成任务'),
    ),
    tile(doc, '平均完成率', percentText(s.completion), `截至 ${s.asOf}`),
    ...(s.indicatorsTotal === 0
      ? [tile(doc, '量化指标', '—', '本计划未识别出量化指标')]
      : [
          tile(
            doc,
            '量化指标达标',
            `${s.indicatorsMet}/${s.indicatorsTotal}`,
            `已填报 ${s.indicatorsReported} 项`,
            () => onSelect(s.indicatorTaskKeys, '含量化指标的任务'),
          ),
          tile(doc, '指标平均完成率', percentText(s.indicatorCompletion), '已填报指标，超额按100%计'),
        ]),
  );
}
