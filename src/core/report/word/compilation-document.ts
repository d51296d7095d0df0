/**
 * 汇编 as a Word document: task by task, unit by unit, what each unit wrote for the period
 * (进展情况, 存在问题, 下步打算), quoted as written; a unit that listed a task but wrote nothing
 * says 未填报. Units whose file does not list a task are left out of that task.
 */
import type { ConsolidationResult, UnitEntry } from '../consolidate/consolidate';
import { sanitizeFileName } from '../file-name';
import { chineseDate } from '../labels';
import { noteBlocks, type Block, type WordDocument } from './word-document';

export function compilationTitle(result: ConsolidationResult): string {
  return `${result.plan}${result.period ?? ''}工作进展汇编`;
}

/** `推进中，40%` — what the unit reported, as far as it did. */
export function entryState(entry: UnitEntry): string {
  const parts = [entry.status ?? '', entry.percent === null ? '' : `${entry.percent}%`].filter(Boolean);
  return parts.join('，');
}

function unitBlocks(unit: string, entry: UnitEntry): Block[] {
  const state = entryState(entry);
  const lead = `${unit}${state ? `（${state}）` : ''}：`;
  if (!entry.progress && !entry.problems && !entry.nextSteps) return noteBlocks('未填报。', lead);
  return [
    ...noteBlocks(entry.progress ?? '进展情况未填报。', lead),
    ...(entry.problems ? noteBlocks(entry.problems, '存在问题：') : []),
    ...(entry.nextSteps ? noteBlocks(entry.nextSteps, '下步打算：') : []),
  ];
}

export function buildCompilationDocument(result: ConsolidationResult, today: string): WordDocument {
  const title = compilationTitle(result);
  const units = result.units.map((u) => u.unit);
  const blocks: Block[] = [
    { kind: 'title', text: title },
    {
      kind: 'body',
      text: `本汇编收录${units.length}个单位（${units.join('、') || '无'}）报送的${result.period ?? ''}工作进展，按任务逐项、按单位逐一列出，内容照录各单位原文。汇编日期：${chineseDate(today)}。`,
    },
  ];
  let section: string | null | undefined;
  result.tasks.forEach((task, t) => {
    if (task.section !== section) {
      section = task.section;
      const s = result.sections.find((x) => x.key === task.section);
      if (s && s.key !== null) blocks.push({ kind: 'heading1', text: `${s.key}、${s.title}` });
    }
    blocks.push({ kind: 'heading2', text: `${task.key}.${task.title}` });
    const listed = (result.cells[t] ?? []).flatMap((entry, u) => (entry ? unitBlocks(units[u] ?? '', entry) : []));
    blocks.push(...(listed.length ? listed : [{ kind: 'body' as const, text: '没有单位报送本项任务。' }]));
  });
  return { fileName: sanitizeFileName(title, 'docx'), title, blocks };
}
