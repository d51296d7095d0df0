/** One chart in its card: the canvas, sized for its rows, and a 保存图片 button. */
import type { ChartData } from '../../core/charts/types';
import { h } from '../dom';
import { chartConfig } from './chart-config';
import type { Chart, ChartModule } from './chart-loader';
import { chartHeight, saveChartPng } from './chart-png';
import type { SelectHandler } from './summary-tiles';

export interface ChartCard {
  element: HTMLElement;
  chart: Chart;
}

/** Appends the card to `parent` first: a responsive chart sizes itself from its attached box. */
export function appendChartCard(
  doc: Document,
  parent: HTMLElement,
  mod: ChartModule,
  data: ChartData,
  onSelect: SelectHandler,
): ChartCard {
  const canvas = h(doc, 'canvas', { role: 'img', 'aria-label': data.title });
  const box = h(doc, 'div', { class: 'pl-charts__canvas' }, canvas);
  box.style.height = `${chartHeight(data)}px`;
  const save = h(doc, 'button', { type: 'button', class: 'pl-charts__save' }, '保存图片');
  const wide = data.kind === 'hbar' && data.categories.length > 8;
  const element = h(
    doc,
    'figure',
    { class: `pl-charts__card${wide ? ' pl-charts__card--wide' : ''}`, 'data-chart-id': data.id },
    save,
    box,
  );
  parent.appendChild(element);
  const chart = new mod.Chart(
    canvas,
    chartConfig(data, {
      // The OS setting "reduce motion" turns the entry animation off (browser tests set it, so a
      // chart is final the moment it is drawn and no test waits for an animation to end).
      animation: !doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches,
      onSelect: (i) => {
        const category = data.categories[i];
        if (category) onSelect(category.taskKeys, category.title, category.unit, category.filter);
      },
    }),
  );
  save.addEventListener('click', () => saveChartPng(doc, chart, data.title));
  return { element, chart };
}
