/** The unit × section heat table of a consolidation: a plain table, so it reads and prints as text. */
import type { HeatCell, HeatTable } from '../../core/charts/unit-charts';
import { h } from '../dom';
import type { SelectHandler } from './summary-tiles';

function cell(doc: Document, heat: HeatCell): HTMLTableCellElement {
  const td = h(doc, 'td', {}, heat.value === null ? '—' : `${heat.value}%`);
  td.style.backgroundColor = heat.background;
  td.style.color = heat.foreground;
  return td;
}

export function heatTable(doc: Document, heat: HeatTable, onSelect: SelectHandler): HTMLElement {
  const head = h(
    doc,
    'tr',
    {},
    h(doc, 'th', { scope: 'col' }, '单位'),
    h(doc, 'th', { scope: 'col' }, '合计'),
    ...heat.columns.map((c) => h(doc, 'th', { scope: 'col', title: c.title }, c.label)),
  );
  const rows = heat.rows.map((row) =>
    h(
      doc,
      'tr',
      {},
      h(
        doc,
        'th',
        { scope: 'row' },
        h(doc, 'button', { type: 'button', onclick: () => onSelect([], row.unit, row.unit) }, row.unit),
      ),
      cell(doc, row.total),
      ...row.cells.map((c) => cell(doc, c)),
    ),
  );
  return h(
    doc,
    'figure',
    { class: 'pl-charts__card pl-charts__card--wide', 'data-chart-id': 'heat' },
    h(
      doc,
      'table',
      { class: 'pl-charts__heat' },
      h(doc, 'caption', {}, '各单位分部分完成率'),
      h(doc, 'thead', {}, head),
      h(doc, 'tbody', {}, ...rows),
    ),
  );
}
