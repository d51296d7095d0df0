/**
 * 下发填报表: the sheet a district sends one unit. The task columns come from the plan and are
 * locked (sheet protection, no password); the progress columns are left open, 状态 as a dropdown
 * and 完成进度 checked as 0–100. The hidden sheet says plan, revision, unit, period and rows, so the
 * returned file is consolidated by key whatever program filled it.
 */
import { periodEnd } from '../../workbook/period-values';
import { STATUSES, type Period, type TaskRecord, type Workbook } from '../../workbook/types';
import { columnHeader, type ColumnId } from '../../workbook/vocabulary';
import { dateCell, emptyCell, textCell } from '../build/cell-text';
import { columnWidths, widthBudget } from '../build/column-widths';
import { addHeading } from '../build/report-heading';
import { columnLetter, SheetBuilder } from '../build/sheet-builder';
import { addTaskRows } from '../build/task-rows';
import { reportFileName } from '../file-name';
import { chineseDate, PERIOD_PHRASES, planLabel } from '../labels';
import { buildMetaSheet } from '../meta-sheet';
import type { Report, ReportCell, ReportSheet } from '../model';
import { namesUnit } from './handout-units';

export const FORM_SHEET = '填报表';

/** What the district chose in the dialog for one unit. */
export interface HandoutRequest {
  unit: string;
  period: Period;
  /** `named`: only the tasks whose 牵头/配合单位 names the unit. */
  scope: 'all' | 'named';
  /** 下发日期, ISO. */
  asOf: string;
  /** 报送截止日期, ISO, or '' for none. */
  dueDate: string;
}

const TASK_COLUMNS: readonly ColumnId[] = ['key', 'title', 'leadUnit', 'deadline'];
const ENTRY_COLUMNS: readonly ColumnId[] = ['percent', 'status', 'progress', 'problems', 'nextSteps'];
/** The plan's columns print on grey: given, not to be filled. */
const GIVEN = '#F2F2F2';
/** Room to write a few lines by hand before anyone resizes the row. */
const ENTRY_ROW_HEIGHT = 54;

export const FORM_INSTRUCTIONS =
  '填写说明：灰色列（序号、工作任务、牵头单位、完成时限）由上级下发，已锁定，请勿修改；请在白色列填写。' +
  '“状态”请从下拉列表中选择；“完成进度”填写 0–100 的数字（不带 % 号）。' +
  '请勿增删行、改动工作表或文件名，填好后保存为 .xlsx 文件按时报回。工作表保护未设密码，确需调整行高可直接拖动。';

/** `殿前街道-2021年湖里区民政工作要点-半年填报表.xlsx`. */
export function handoutFileName(workbook: Workbook, unit: string, period: Period): string {
  return reportFileName([unit, planLabel(workbook), `${period}填报表`]);
}

export function handoutTasks(workbook: Workbook, request: Pick<HandoutRequest, 'unit' | 'scope'>): TaskRecord[] {
  const active = workbook.tasks.filter((t) => !t.archived);
  return request.scope === 'all' ? active : active.filter((t) => namesUnit(t, request.unit));
}

function identityLine(workbook: Workbook, request: HandoutRequest): string {
  const parts = [
    `填报单位：${request.unit}`,
    `报告期：${workbook.year}年${PERIOD_PHRASES[request.period]}（截至${chineseDate(periodEnd(request.period, workbook.year))}）`,
    `报送截止日期：${request.dueDate ? chineseDate(request.dueDate) : '——'}`,
  ];
  return parts.join('\u3000\u3000\u3000');
}

function taskCells(task: TaskRecord, year: number): ReportCell[] {
  const given: ReportCell[] = [
    textCell(task.key, 'center', GIVEN),
    textCell(task.title, 'text', GIVEN),
    textCell(task.leadUnit, 'center', GIVEN),
    { ...dateCell(task.deadline, year), fill: GIVEN },
  ];
  const open = ENTRY_COLUMNS.map((c): ReportCell => ({
    ...emptyCell(c === 'percent' || c === 'status' ? 'center' : 'text'),
    unlocked: true,
  }));
  return [...given, ...open];
}

function formSheet(workbook: Workbook, tasks: TaskRecord[], request: HandoutRequest) {
  const columns = [...TASK_COLUMNS, ...ENTRY_COLUMNS];
  const layout = { paper: 'A4', landscape: true } as const;
  const b = new SheetBuilder(FORM_SHEET, columnWidths(columns, widthBudget(layout), 'title'), layout);
  const title = `${request.unit}${planLabel(workbook)}${PERIOD_PHRASES[request.period]}工作进展填报表`;
  const info = addHeading(b, title, identityLine(workbook, request));
  b.band(FORM_INSTRUCTIONS, 'subtitle');
  const header = b.add(
    columns.map((c) => textCell(c === 'percent' ? `${columnHeader(c)}(%)` : columnHeader(c), 'header')),
    28,
  );
  b.repeatRows(info, header);
  const taskRows = addTaskRows(b, { ...workbook, tasks }, (t) => taskCells(t, workbook.year));
  for (const row of taskRows.values()) {
    const r = b.sheet.rows[row - 1];
    if (r) r.height = Math.max(r.height ?? 0, ENTRY_ROW_HEIGHT);
  }
  const sheet: ReportSheet = { ...b.build(), frozenRows: header, protect: true };
  const first = header + 1;
  const last = Math.max(first, b.nextRow - 1);
  const at = (column: ColumnId) => columnLetter(columns.indexOf(column) + 1);
  sheet.validations.push({ range: `${at('status')}${first}:${at('status')}${last}`, values: STATUSES });
  sheet.numberValidations = [{ range: `${at('percent')}${first}:${at('percent')}${last}`, min: 0, max: 100 }];
  return { sheet, taskRows };
}

/** One unit's 填报表: the form and the hidden sheet. */
export function buildHandoutForm(workbook: Workbook, request: HandoutRequest): Report {
  const unitBook: Workbook = { ...workbook, unit: request.unit };
  const { sheet, taskRows } = formSheet(unitBook, handoutTasks(workbook, request), request);
  const meta = buildMetaSheet(unitBook, {
    kind: 'period',
    period: request.period,
    asOf: request.asOf,
    taskRows,
    continuations: [],
    form: 'handout',
    dueDate: request.dueDate,
  });
  return { fileName: handoutFileName(workbook, request.unit, request.period), sheets: [sheet, meta] };
}
