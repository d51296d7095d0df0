/**
 * Column definitions. Each editable column is bound to a model field id; the grid never stores a
 * value itself — edits go through the model's parser and operations (see grid-view.ts).
 */
import type { ColDef, ValueGetterParams, ValueSetterParams } from 'ag-grid-community';
import { displayValue, isCarriedField, type FieldId } from '../../core/workbook/fields';
import { LIGHT_LABELS, periodLight, type Light } from '../../core/workbook/traffic-light';
import type { Period, TaskRecord } from '../../core/workbook/types';
import { PROGRESS_COLUMNS } from '../../core/report/build/progress-columns';
import { StatusEditor } from './status-editor';
import { LongTextEditor, TextEditor } from './text-editors';
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

/** What a search looks through; not dates or percents, so `12` finds task 12, not every 12月. */
export function searchableText(t: TaskRecord, period: Period): string {
  const entry = t.periods[period];
  return [
    t.key,
    t.title,
    t.text,
    t.leadUnit,
    t.partnerUnits,
    t.owner,
    t.notes,
    entry?.progress,
    entry?.problems,
    entry?.nextSteps,
  ]
    .filter(Boolean)
    .join(' ');
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

/** Headed by the label alone: the period shown is the toolbar's; the header's tooltip says it too. */
function headerOf(field: FieldId): string {
  return columnLabel(field.split('@')[0] as ColumnId);
}

function fieldColumn(ctx: ColumnContext, field: FieldId, extra: ColDef<GridRow> = {}): ColDef<GridRow> {
  return {
    colId: field,
    headerName: headerOf(field),
    headerTooltip: field.includes('@') ? `${headerOf(field)}（${field.split('@')[1]}）` : undefined,
    cellDataType: 'text',
    editable: (p) => p.data?.kind === 'task',
    cellEditor: TextEditor,
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

const longText: ColDef<GridRow> = { cellEditor: LongTextEditor, cellEditorPopup: true };

/**
 * Widths for a 1366×768 office PC: the identity columns compact, so that 进展情况 and the other
 * period columns are in view without scrolling sideways.
 */
type Builder = (ctx: ColumnContext) => ColDef<GridRow>;

const BUILDERS: Readonly<Partial<Record<ColumnId, Builder>>> = {
  key: () => ({
    colId: 'key',
    headerName: columnLabel('key'),
    pinned: 'left',
    width: 52,
    cellDataType: 'text',
    valueGetter: (q) => task(q.data)?.key ?? '',
    cellClass: 'cell-key',
    headerTooltip: '点击编号选中整行，Shift+点击选中多行',
  }),
  title: () => ({
    colId: 'title',
    headerName: columnLabel('title'),
    pinned: 'left',
    width: 190,
    cellDataType: 'text',
    wrapText: true,
    valueGetter: (q) => task(q.data)?.title ?? '',
    cellClass: 'cell-title',
    tooltip: (q) => task(q.data)?.text,
  }),
  leadUnit: (ctx) => fieldColumn(ctx, 'leadUnit', { width: 92 }),
  partnerUnits: (ctx) => fieldColumn(ctx, 'partnerUnits', { width: 76 }),
  owner: (ctx) => fieldColumn(ctx, 'owner', { width: 62 }),
  deadline: (ctx) => fieldColumn(ctx, 'deadline', { width: 92 }),
  percent: (ctx) =>
    fieldColumn(ctx, `percent@${ctx.period}`, {
      width: 70,
      valueFormatter: (q) => (q.value === '' || q.value === undefined ? '' : `${q.value}%`),
      cellClass: carriedClass(`percent@${ctx.period}`, 'cell-number'),
    }),
  status: (ctx) =>
    fieldColumn(ctx, `status@${ctx.period}`, {
      width: 72,
      cellEditor: StatusEditor,
      cellEditorPopup: true,
      cellClass: carriedClass(`status@${ctx.period}`),
    }),
  light: (ctx) =>
    computedColumn('light', 92, (t) => lightText(t, ctx), {
      cellClass: (q) => {
        const t = task(q.data);
        const light = t ? lightOf(t, ctx) : null;
        return light ? ['cell-light', `light-${light}`] : ['cell-light'];
      },
      // Colour plus words: the light is never colour-only. A formatter, not a renderer: text, never HTML.
      valueFormatter: (q) => (q.value ? `● ${q.value}` : ''),
    }),
  progress: (ctx) => fieldColumn(ctx, `progress@${ctx.period}`, { ...longText, width: 226 }),
  problems: (ctx) => fieldColumn(ctx, `problems@${ctx.period}`, { ...longText, width: 150 }),
  nextSteps: (ctx) => fieldColumn(ctx, `nextSteps@${ctx.period}`, { ...longText, width: 150 }),
  notes: (ctx) => fieldColumn(ctx, 'notes', { ...longText, width: 110 }),
  indicators: (ctx) =>
    computedColumn('indicators', 180, (t) => indicatorSummary(t, ctx.period), {
      tooltip: (q) => (q.value ? String(q.value) : undefined),
    }),
};

/**
 * The columns in the order of the exported report, so that a block copied from a report pastes
 * back aligned; 量化指标, which the report keeps in its own sheet, comes last.
 */
export const GRID_COLUMNS: readonly ColumnId[] = [...PROGRESS_COLUMNS, 'indicators'];

export function buildColumns(ctx: ColumnContext): ColDef<GridRow>[] {
  return GRID_COLUMNS.flatMap((id) => BUILDERS[id]?.(ctx) ?? []);
}
