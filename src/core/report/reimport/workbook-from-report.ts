/**
 * 导入填报表 on the home page: a 填报表 (or any report plan-ledger exported) becomes a new workbook
 * for the unit it was made for, with the plan's full structure from its hidden sheet (sections,
 * groups, tasks, indicators, units and deadlines) and whatever the file already has filled in.
 * The same plan and revision as the district's, so the unit's reports come back to it by key.
 */
import type { Problem } from '../../plan/types';
import { applyOperation } from '../../workbook/operations';
import type { Period, TaskRecord, Workbook } from '../../workbook/types';
import type { MetaTask, ReportMeta } from '../meta-sheet';
import { REPORT_META } from '../model';
import type { ParsedReport } from './read-report-grid';
import { reimportReport } from './reimport';

export interface ReportWorkbook {
  workbook: Workbook | null;
  /** The file's period (the one to show first). */
  period: Period | null;
  /** Cells already filled in the file, now in the workbook. */
  filled: number;
  problems: Problem[];
}

function taskRecord(task: MetaTask): TaskRecord {
  const record: TaskRecord = {
    key: task.key,
    section: task.section,
    title: task.title,
    text: task.text ?? '',
    subtasks: [],
    indicators: task.indicators.map((i) => ({ ...i })),
    leadUnit: task.leadUnit ?? '',
    partnerUnits: task.partnerUnits ?? '',
    owner: '',
    deadline: task.deadline ?? '',
    periods: {},
    notes: '',
  };
  if (task.group) record.group = task.group;
  return record;
}

function refusal(meta: ReportMeta | null): string | null {
  if (!meta) return '文件中没有台账信息（隐藏工作表），无法据此新建台账；请使用上级下发的填报表或要点台账导出的报表';
  if (meta.version > REPORT_META.version) return '这份文件由更新版本的要点台账导出，请先更新本软件';
  if (meta.tasks.length === 0) return '这份报表由旧版本的要点台账导出，不含计划的完整结构，无法据此新建台账';
  return null;
}

export function workbookFromReport(parsed: ParsedReport, id: string, now: string): ReportWorkbook {
  const meta = parsed.meta;
  const refused = refusal(meta);
  if (refused || !meta)
    return { workbook: null, period: null, filled: 0, problems: [{ code: 'no-plan', message: refused ?? '' }] };
  const source = meta.planSource;
  const blank: Workbook = {
    id,
    name: source?.name ?? meta.plan,
    unit: meta.unit,
    year: meta.year,
    plan: {
      title: source ? source.title : meta.plan,
      year: meta.year,
      issuer: source?.issuer ?? null,
      docNumber: source?.docNumber ?? null,
      date: source?.date ?? null,
      preamble: '',
      sourceText: '',
    },
    sections: meta.sections.map((s) => ({ ...s })),
    groups: meta.groups.map((g) => ({ ...g })),
    tasks: meta.tasks.map(taskRecord),
    createdAt: now,
    updatedAt: now,
  };
  const filled = reimportReport(parsed, blank, meta.period ?? undefined);
  const problems = filled.problems.filter((p) => p.code !== 'other-unit');
  const workbook = filled.operation ? applyOperation(blank, filled.operation, now).workbook : blank;
  return { workbook, period: meta.period, filled: filled.changes.length, problems };
}
