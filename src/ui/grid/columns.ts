/**
 * Column definitions. Each editable column is bound to a model field id; the grid never stores a
 * value itself — edits go through the model's parser and operations (see grid-view.ts).
 */
import type { ColDef, ValueGetterParams, ValueSetterParams } from 'ag-grid-community';
import { displayValue, isCarriedField, type FieldId } from '../../core/workbook/fields';
import { LIGHT_LABELS, periodLight, type Light } from '../../core/workbook/traffic-light';
import { STATUSES, type Period, type TaskRecord } from '../../core/workbook/types';
import { actualsFor } from '../../core/workbook/completion';
import { columnLabel, type ColumnId } from '../../core/workbook/vocabulary';
import type { GridRow } from './rows';

export interface ColumnContext {
  period: Period;
  asOf: string;
  year: number;
  /** Called with the raw text the user committed; returns nothing, the model decides. */
  commit(key: string, field: FieldId, raw: string): void;
}

function task(row: GridRow | undefined): TaskRecord | null {
  return row?.kind === 'task' ? row.task : null;
}

/** The task's light in the period shown, judged at the period's end (or today, when earlier). */
export function lightOf(t: TaskRecord, ctx: Pick<ColumnContext, 'asOf' | 'year' | 'period'>): Light | null {
  return periodLight(t, ctx.period, ctx.asOf, ctx.year);
}

export function indicatorSummary(t: TaskRecord, period: Period): string {
  const actuals = actualsFor(t, period);
  return t.indicators
    .map((ind, i) => {
      const actual = actuals[i];
      const target = `${ind.comparator === '=' ? '' : ind.comparator}${ind.value}${ind.max !== undefined ? `-${ind.max}` : ''}${ind.unit}`;
      return `${ind.subject || '目标'} ${target}｜实际 ${actual ?? '—'}`;
    })
    .join('；');
}

/** `progress@半年` is headed 进展情况（半年）; task fields by their label alone. */
function headerOf(field: FieldId): string {
  const [id, period] = field.split('@') as [ColumnId, string | undefined];
  return period ? `${columnLabel(id)}（${period}）` : columnLabel(id);
}

function fieldColumn(ctx: ColumnContext, field: FieldId, extra: ColDef<GridRow> = {}): ColDef<GridRow> {
  return {
    colId: field,
    headerName: headerOf(field),
    cellDataType: 'text',
    editable: (p) => p.data?.kind === 'task',
    valueGetter: (p: ValueGetterParams<GridRow>) => {
      const t = task(p.data);
      if (!t) return '';
      const v = displayValue(t, field);
      return v === null ? '' : String(v);
    },
    valueSetter: (p: ValueSetterParams<GridRow>) => {
      const t = task(p.data);
      if (t) ctx.commit(t.key, field, p.newValue === null || p.newValue === undefined ? '' : String(p.newValue));
      // The model applies the change and the view refreshes the row; the grid keeps nothing.
      return false;
    },
    tooltip: (p) => (p.value ? String(p.value) : undefined),
    ...extra,
  };
}

/** 状态/% carried over from the previous period look muted until this period sets its own. */
function carriedClass(field: FieldId, base?: string): ColDef<GridRow>['cellClass'] {
  return (q) => {
    const t = task(q.data);
    const classes = base ? [base] : [];
    if (t && isCarriedField(t, field)) classes.push('cell-carried');
    return classes;
  };
}

function lightText(t: TaskRecord, ctx: ColumnContext): string {
  const light = lightOf(t, ctx);
  return light ? LIGHT_LABELS[light] : '';
}

/** A read-only column whose text is computed from the task (bands show nothing). */
function computedColumn(
  id: ColumnId,
  width: number,
  text: (t: TaskRecord) => string,
  extra: ColDef<GridRow> = {},
): ColDef<GridRow> {
  return {
    colId: id,
    headerName: columnLabel(id),
    width,
    cellDataType: 'text',
    valueGetter: (q) => {
      const t = task(q.data);
      return t ? text(t) : '';
    },
    ...extra,
  };
}

const longText: ColDef<GridRow> = {
  cellEditor: 'agLargeTextCellEditor',
  cellEditorPopup: true,
  cellEditorParams: { maxLength: 32_000, rows: 8, cols: 50 },
  width: 220,
};

export function buildColumns(ctx: ColumnContext): ColDef<GridRow>[] {
  const p = ctx.period;
  return [
    {
      colId: 'key',
      headerName: columnLabel('key'),
      pinned: 'left',
      width: 78,
      cellDataType: 'text',
      valueGetter: (q) => task(q.data)?.key ?? '',
      cellClass: 'cell-key',
    },
    {
      colId: 'title',
      headerName: columnLabel('title'),
      pinned: 'left',
      width: 260,
      cellDataType: 'text',
      valueGetter: (q) => task(q.data)?.title ?? '',
      tooltip: (q) => task(q.data)?.text,
      // Quick search looks through the whole task text, not only the heading.
      getQuickFilterText: (q) => {
        const t = task(q.data);
        return t ? `${t.key} ${t.title} ${t.text}` : '';
      },
    },
    fieldColumn(ctx, 'leadUnit', { width: 110 }),
    fieldColumn(ctx, 'partnerUnits', { width: 110 }),
    fieldColumn(ctx, 'owner', { width: 80 }),
    fieldColumn(ctx, 'deadline', { width: 104 }),
    fieldColumn(ctx, `status@${p}`, {
      width: 88,
      cellEditor: 'agSelectCellEditor',
      cellEditorParams: { values: [...STATUSES] },
      cellClass: carriedClass(`status@${p}`),
    }),
    fieldColumn(ctx, `percent@${p}`, {
      width: 88,
      valueFormatter: (q) => (q.value === '' || q.value === undefined ? '' : `${q.value}%`),
      cellClass: carriedClass(`percent@${p}`, 'cell-number'),
    }),
    computedColumn('light', 96, (t) => lightText(t, ctx), {
      cellClass: (q) => {
        const t = task(q.data);
        const light = t ? lightOf(t, ctx) : null;
        return light ? ['cell-light', `light-${light}`] : ['cell-light'];
      },
      // Colour plus words: the light is never colour-only. A formatter, not a renderer: text, never HTML.
      valueFormatter: (q) => (q.value ? `● ${q.value}` : ''),
    }),
    fieldColumn(ctx, `progress@${p}`, longText),
    fieldColumn(ctx, `problems@${p}`, { ...longText, width: 160 }),
    fieldColumn(ctx, `nextSteps@${p}`, { ...longText, width: 160 }),
    computedColumn('indicators', 200, (t) => indicatorSummary(t, p), {
      tooltip: (q) => (q.value ? String(q.value) : undefined),
    }),
    fieldColumn(ctx, 'notes', { ...longText, width: 140 }),
  ];
}
