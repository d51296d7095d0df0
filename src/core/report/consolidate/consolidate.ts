/**
 * 汇总多个单位: many units' period reports → one summary (task × unit status and percent,
 * per-unit and per-section rates, who is late or missing). Files for another plan or period
 * are listed with the reason and never merged.
 */
import type { Problem } from '../../plan/types';
import { completionRate, sectionRates } from '../../workbook/completion';
import type { Period, Status, TaskRecord, Workbook } from '../../workbook/types';
import { planLabel } from '../labels';
import type { ParsedReport } from '../reimport/read-report-grid';
import { REPORT_META } from '../model';
import { planVersion } from '../plan-identity';
import { unitTasks } from './consolidate-rows';
import { formChanges } from './form-changes';
import { planSource, skeletonFrom } from './skeleton';
import { summarizeTasks, type TaskSummary, type UnitView } from './task-summary';

export interface UnitFile {
  fileName: string;
  parsed: ParsedReport;
}

export interface ConsolidationOptions {
  /** The district's own workbook of the plan: task list, sections and indicators. */
  plan?: Workbook;
  period?: Period;
  /** Units that should have reported; those without a file are listed as missing. */
  expectedUnits?: readonly string[];
  /** ISO date; a report whose 填报日期 is later counts as late. */
  dueDate?: string;
}

export interface UnitEntry {
  status: Status | null;
  /** 0–100. */
  percent: number | null;
  /** The unit's words for the period, present when it wrote any (the 汇编 and 工作总结 quote them). */
  progress?: string;
  problems?: string;
  nextSteps?: string;
}

export interface ConsolidatedUnit {
  unit: string;
  fileName: string;
  asOf: string;
  late: boolean;
  /** 0–1. */
  rate: number | null;
  /** Aligned with `ConsolidationResult.sections`. */
  sectionRates: (number | null)[];
}

export interface RejectedFile {
  fileName: string;
  unit: string;
  reason: string;
}

export interface ConsolidationResult {
  plan: string;
  year: number;
  period: Period | null;
  sections: { key: string | null; title: string }[];
  tasks: { key: string; title: string; section: string | null }[];
  /** Per task, aligned with `tasks`: units that listed it, units done, mean completion. */
  taskSummaries: TaskSummary[];
  units: ConsolidatedUnit[];
  /** cells[task][unit]; null when the unit's file does not list the task. */
  cells: (UnitEntry | null)[][];
  missingUnits: string[];
  lateUnits: string[];
  rejected: RejectedFile[];
  problems: Problem[];
}

interface Reference {
  plan: string;
  year: number;
  period: Period | null;
  skeleton: Workbook;
  /** The plan revision merged into ('' when unknown). */
  version: string;
}

/** The plan to merge into: the given workbook, else what most files say. */
function reference(files: readonly UnitFile[], options: ConsolidationOptions): Reference | null {
  if (options.plan) {
    const wb = options.plan;
    return {
      plan: planLabel(wb),
      year: wb.year,
      period: options.period ?? majorityPeriod(files),
      skeleton: { ...wb, tasks: wb.tasks.filter((t) => !t.archived) },
      version: planVersion(wb),
    };
  }
  const byPlan = new Map<string, UnitFile[]>();
  for (const f of files) {
    const m = f.parsed.meta;
    if (!m || m.kind !== 'period' || m.version > REPORT_META.version) continue;
    const id = `${m.plan}\u0000${m.year}`;
    byPlan.set(id, [...(byPlan.get(id) ?? []), f]);
  }
  const most = [...byPlan.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  const source = planSource(most);
  const meta = source?.parsed.meta;
  if (!source || !meta) return null;
  return {
    plan: meta.plan,
    year: meta.year,
    period: options.period ?? majorityPeriod(files),
    skeleton: skeletonFrom(source),
    version: meta.planVersion,
  };
}

function majorityPeriod(files: readonly UnitFile[]): Period | null {
  const counts = new Map<Period, number>();
  for (const f of files)
    if (f.parsed.meta?.period) counts.set(f.parsed.meta.period, (counts.get(f.parsed.meta.period) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

function rejection(file: UnitFile, ref: Reference): string | null {
  const m = file.parsed.meta;
  const read = file.parsed.problems.find((p) => p.code !== 'duplicate-column' && p.code !== 'unsafe-header');
  if (read && file.parsed.rows.length === 0) return read.message;
  if (!m) return '文件中没有台账信息（隐藏工作表），无法确认属于哪个计划和报告期，未汇总；请使用要点台账导出的报表填写';
  if (m.version > REPORT_META.version) return '由更新版本的要点台账导出，请先更新本软件';
  if (m.kind !== 'period') return '这是工作台账，不是报告期报表，未汇总';
  if (m.plan !== ref.plan || m.year !== ref.year) return `属于“${m.plan}”，不是本次汇总的“${ref.plan}”，未汇总`;
  if (ref.period && m.period !== ref.period)
    return `是${m.period ?? '未知报告期'}报表，本次汇总的是${ref.period}，未汇总`;
  return null;
}

/**
 * The tasks a unit answers for: a 填报表 handed out with only the unit's tasks is judged on those
 * (a row the unit deleted still counts, as not reported); any other file on the whole plan.
 */
function givenTasks(tasks: TaskRecord[], file: UnitFile): TaskRecord[] {
  const meta = file.parsed.meta;
  if (meta?.form !== 'handout' || meta.rows.length >= tasks.length) return tasks;
  const given = new Set(meta.rows.map((r) => r.key));
  return tasks.filter((t) => given.has(t.key));
}

/** Never throws; an empty or unusable set of files gives a result with problems. */
export function consolidateReports(
  files: readonly UnitFile[],
  options: ConsolidationOptions = {},
): ConsolidationResult {
  const ref = reference(files, options);
  const empty: ConsolidationResult = {
    plan: ref?.plan ?? '',
    year: ref?.year ?? 0,
    period: ref?.period ?? null,
    sections: [],
    tasks: [],
    taskSummaries: [],
    units: [],
    cells: [],
    missingUnits: [...(options.expectedUnits ?? [])],
    lateUnits: [],
    rejected: [],
    problems: [],
  };
  if (!ref) {
    empty.rejected = files.map((f) => ({
      fileName: f.fileName,
      unit: f.parsed.meta?.unit ?? '',
      reason:
        rejection(f, { plan: '', year: 0, period: null, skeleton: skeletonFrom(f), version: '' }) ?? '无法确认计划',
    }));
    empty.problems.push({ code: 'no-plan', message: '所选文件中没有可汇总的要点台账报表' });
    return empty;
  }
  return mergeUnits(files, ref, options, empty);
}

function mergeUnits(
  files: readonly UnitFile[],
  ref: Reference,
  options: ConsolidationOptions,
  result: ConsolidationResult,
): ConsolidationResult {
  const accepted = new Map<string, UnitFile>();
  for (const file of files) {
    const reason = rejection(file, ref);
    const unit = file.parsed.meta?.unit ?? '';
    if (reason) {
      result.rejected.push({ fileName: file.fileName, unit, reason });
      continue;
    }
    const earlier = accepted.get(unit);
    const [keep, drop] =
      earlier && (earlier.parsed.meta?.asOf ?? '') > (file.parsed.meta?.asOf ?? '') ? [earlier, file] : [file, earlier];
    accepted.set(unit, keep);
    if (drop)
      result.rejected.push({
        fileName: drop.fileName,
        unit,
        reason: `同一单位还有一份填报日期更晚的文件（${keep.fileName}），本文件未汇总`,
      });
  }
  const sectionList = sectionRates(ref.skeleton, ref.period ?? undefined).map(({ key, title }) => ({ key, title }));
  result.sections = sectionList;
  result.tasks = ref.skeleton.tasks.map(({ key, title, section }) => ({ key, title, section }));
  result.cells = result.tasks.map(() => []);
  const unitRecords: UnitView[] = [];
  for (const [unit, file] of accepted) {
    const { tasks, entries, problems } = unitTasks(ref.skeleton.tasks, file.parsed, ref.period, ref.year);
    unitRecords.push({ tasks, entries });
    result.problems.push(...problems.map((p) => ({ ...p, message: `${unit}：${p.message}` })));
    for (const change of formChanges(file.parsed))
      result.problems.push({ code: 'form-changed', message: `${unit}：${change}` });
    const version = file.parsed.meta?.planVersion ?? '';
    if (ref.version && version && version !== ref.version)
      result.problems.push({
        code: 'other-revision',
        message: `${unit}：按另一版本的工作要点填报（任务清单不同），已按序号汇总`,
      });
    entries.forEach((entry, i) => result.cells[i]?.push(entry));
    const asOf = file.parsed.meta?.asOf ?? '';
    const late = Boolean(options.dueDate && asOf > options.dueDate);
    const own = givenTasks(tasks, file);
    const wb = { ...ref.skeleton, tasks: own };
    result.units.push({
      unit,
      fileName: file.fileName,
      asOf,
      late,
      rate: completionRate(own, ref.period ?? undefined),
      sectionRates: sectionRates(wb, ref.period ?? undefined).map((s) => s.rate),
    });
    if (late) result.lateUnits.push(unit);
  }
  result.taskSummaries = summarizeTasks(ref.skeleton.tasks.length, unitRecords, ref.period);
  result.missingUnits = (options.expectedUnits ?? []).filter((u) => !accepted.has(u));
  return result;
}
