/** Period switcher, quick search and filters above the grid. UI state only, never saved in the document. */
import { LIGHT_LABELS, LIGHTS, type Light } from '../../core/workbook/traffic-light';
import { PERIODS, STATUSES, type Period, type Status, type Workbook } from '../../core/workbook/types';
import { h } from '../dom';
import { NO_FILTER, type GridFilter } from '../grid/grid-view';
import { HIDEABLE_COLUMNS } from '../grid/column-layout';

export interface Toolbar {
  el: HTMLElement;
  setFilter(filter: GridFilter): void;
  /** Ctrl+F: the search box, its text selected. */
  focusSearch(): void;
}

export function createToolbar(
  doc: Document,
  workbook: Workbook,
  initialPeriod: Period,
  on: {
    period(p: Period): void;
    filter(f: GridFilter): void;
    hiddenColumns(hidden: string[]): void;
    /** Enter in the search box: go to the task found. */
    searchEnter?(text: string): void;
  },
  hidden: readonly string[] = [],
  /** Shown right after the period switch (the 截至 date of the period). */
  afterPeriods: HTMLElement | null = null,
): Toolbar {
  let filter: GridFilter = NO_FILTER;
  const periods = periodSwitch(doc, initialPeriod, on.period);
  const search = h(doc, 'input', {
    type: 'search',
    placeholder: '搜索任务或编号（Ctrl+F）',
    'aria-label': '搜索任务',
  });
  const section = select(doc, '按部分筛选', [
    ['', '全部部分'],
    ...workbook.sections.map((s) => [s.key, `${s.key}、${s.title}`] as [string, string]),
  ]);
  const status = select(doc, '按状态筛选', [['', '全部状态'], ...STATUSES.map((s) => [s, s] as [string, string])]);
  const light = select(doc, '按序时筛选', [
    ['', '全部序时'],
    ...LIGHTS.map((l) => [l, LIGHT_LABELS[l]] as [string, string]),
    ['无', '无（暂缓/不涉及）'],
  ]);
  const clearButton = h(doc, 'button', { type: 'button', class: 'link' }, '清除筛选');

  function emit(): void {
    filter = {
      text: search.value.trim(),
      section: section.value,
      status: status.value as Status | '',
      light: light.value as Light | '无' | '',
      keys: filter.keys,
    };
    on.filter(filter);
  }
  for (const el of [section, status, light]) el.addEventListener('change', emit);
  search.addEventListener('input', emit);
  search.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') on.searchEnter?.(search.value.trim());
  });
  clearButton.addEventListener('click', () => {
    search.value = section.value = status.value = light.value = '';
    filter = NO_FILTER;
    on.filter(filter);
  });

  const el = h(
    doc,
    'div',
    { class: 'toolbar' },
    periods,
    afterPeriods,
    search,
    section,
    status,
    light,
    clearButton,
    columnsMenu(doc, hidden, on.hiddenColumns),
  );
  return {
    el,
    setFilter(next) {
      filter = next;
      search.value = next.text;
      section.value = next.section;
      status.value = next.status;
      light.value = next.light;
      on.filter(filter);
    },
    focusSearch() {
      search.focus();
      search.select();
    },
  };
}

/** 一季度 | 半年 | 三季度 | 全年: the period the grid shows and edits. */
function periodSwitch(doc: Document, initial: Period, onChange: (p: Period) => void): HTMLElement {
  const periods = h(doc, 'div', { class: 'segmented', role: 'radiogroup', 'aria-label': '填报期' });
  for (const p of PERIODS) {
    const id = `period-${p}`;
    const input = h(doc, 'input', { type: 'radio', name: 'period', id, value: p, checked: p === initial });
    input.addEventListener('change', () => onChange(p));
    periods.append(input, h(doc, 'label', { for: id }, p));
  }
  return periods;
}

function select(doc: Document, label: string, options: [string, string][]): HTMLSelectElement {
  return h(
    doc,
    'select',
    { 'aria-label': label },
    ...options.map(([value, text]) => h(doc, 'option', { value }, text)),
  );
}

/** 显示列: a checkbox per hideable column (AG Grid's column tool panel is Enterprise-only). */
function columnsMenu(doc: Document, initial: readonly string[], onChange: (hidden: string[]) => void): HTMLElement {
  const hidden = new Set(initial);
  const boxes = HIDEABLE_COLUMNS.map((c) => {
    const box = h(doc, 'input', { type: 'checkbox', checked: !hidden.has(c.id), value: c.id });
    box.addEventListener('change', () => {
      if (box.checked) hidden.delete(c.id);
      else hidden.add(c.id);
      onChange([...hidden]);
    });
    return h(doc, 'label', {}, box, c.label);
  });
  return h(
    doc,
    'details',
    { class: 'columns-menu' },
    h(doc, 'summary', {}, '显示列'),
    h(doc, 'div', { class: 'columns-list' }, ...boxes),
  );
}
