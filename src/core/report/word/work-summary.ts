/**
 * 导出工作总结: a draft the unit edits in Word or WPS. The figures come from the workbook as of
 * the period's end (序时 lights, indicators), the words only from what the unit wrote; a task
 * without an entry says 未填报, nothing is made up.
 */
import { overallSummary } from '../../charts/summary';
import { periodAsOf } from '../../workbook/period-values';
import { periodLight } from '../../workbook/traffic-light';
import type { Period, TaskRecord, Workbook } from '../../workbook/types';
import { sanitizeFileName } from '../file-name';
import { chineseDate, PERIOD_PHRASES, planLabel } from '../labels';
import { chineseNumber, noteBlocks, type Block, type WordDocument } from './word-document';

export interface SummaryFigures {
  tasks: number;
  done: number;
  onTrack: number;
  /** 略滞后 and 滞后 together. */
  behind: number;
  slightlyBehind: number;
}

export function summaryFigures(workbook: Workbook, period: Period, asOf: string): SummaryFigures {
  const figures: SummaryFigures = { tasks: 0, done: 0, onTrack: 0, behind: 0, slightlyBehind: 0 };
  for (const task of workbook.tasks.filter((t) => !t.archived)) {
    figures.tasks += 1;
    const light = periodLight(task, period, asOf, workbook.year);
    if (light === '蓝') figures.done += 1;
    else if (light === '绿' || light === '超') figures.onTrack += 1;
    else if (light === '黄' || light === '红') figures.behind += 1;
    if (light === '黄') figures.slightlyBehind += 1;
  }
  return figures;
}

export function summaryTitle(workbook: Workbook, period: Period): string {
  return `${workbook.unit}${workbook.year}年${PERIOD_PHRASES[period]}工作总结`;
}

function opening(workbook: Workbook, period: Period, asOf: string): string {
  const f = summaryFigures(workbook, period, asOf);
  const slight = f.slightlyBehind ? `（其中略滞后 ${f.slightlyBehind} 项）` : '';
  const parts = [
    `${workbook.year}年${PERIOD_PHRASES[period]}，${workbook.unit}对照《${planLabel(workbook)}》抓好各项任务落实。`,
    `共 ${f.tasks} 项任务，已完成 ${f.done} 项，序时推进 ${f.onTrack} 项，滞后 ${f.behind} 项${slight}。`,
  ];
  const s = overallSummary(workbook, asOf, period);
  if (s.indicatorsTotal > 0) {
    const rate = s.indicatorCompletion === null ? '' : `，已填报指标平均完成率 ${s.indicatorCompletion}%`;
    parts.push(
      `量化指标 ${s.indicatorsTotal} 项，已填报 ${s.indicatorsReported} 项，达到目标 ${s.indicatorsMet} 项${rate}。`,
    );
  }
  parts.push('现将有关情况总结如下。');
  return parts.join('');
}

const lead = (task: TaskRecord) => `${task.key}.${task.title}。`;

function sectionBlocks(workbook: Workbook, tasks: TaskRecord[], period: Period): Block[] {
  const blocks: Block[] = [];
  const sections = [...new Set(tasks.map((t) => t.section))];
  sections.forEach((key, i) => {
    const title = workbook.sections.find((s) => s.key === key)?.title ?? '其他工作';
    blocks.push({ kind: 'heading2', text: `（${chineseNumber(i + 1)}）${title}` });
    for (const task of tasks.filter((t) => t.section === key)) {
      const progress = task.periods[period]?.progress.trim() ?? '';
      blocks.push(...noteBlocks(progress || '未填报。', lead(task)));
    }
  });
  return blocks;
}

/** 存在问题 or 下步打算 of every task that has one; a line saying so when none has. */
function gathered(tasks: TaskRecord[], period: Period, field: 'problems' | 'nextSteps'): Block[] {
  const blocks = tasks.flatMap((task) => {
    const text = task.periods[period]?.[field].trim() ?? '';
    return text ? noteBlocks(text, `${task.key}.${task.title}：`) : [];
  });
  return blocks.length ? blocks : [{ kind: 'body', text: '各项任务均未填报。' }];
}

export function buildWorkSummary(workbook: Workbook, period: Period, today: string): WordDocument {
  const asOf = periodAsOf(period, workbook.year, today);
  const tasks = workbook.tasks.filter((t) => !t.archived);
  const title = summaryTitle(workbook, period);
  return {
    fileName: sanitizeFileName(title, 'docx'),
    title,
    blocks: [
      { kind: 'title', text: title },
      { kind: 'body', text: opening(workbook, period, asOf) },
      { kind: 'heading1', text: '一、主要工作完成情况' },
      ...sectionBlocks(workbook, tasks, period),
      { kind: 'heading1', text: '二、存在的问题' },
      ...gathered(tasks, period, 'problems'),
      { kind: 'heading1', text: '三、下一步工作打算' },
      ...gathered(tasks, period, 'nextSteps'),
      { kind: 'signature', text: workbook.unit },
      { kind: 'signature', text: chineseDate(today) },
    ],
  };
}
