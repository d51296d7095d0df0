/** Turns outline entries and essay paragraphs into PlanTasks with subtasks, indicators, deadline and units. */
import type { PlanSubtask, PlanTask, Problem } from './types';
import { findDeadline } from './deadline';
import { findIndicators } from './indicators';
import type { OutlineTask } from './outline';
import { ordinalSubtasks } from './subtasks';
import { headingOf } from './title';
import { findUnits } from './units';
import { uniqueKey } from './keys';

export interface TaskDraft {
  key: string;
  section: string | null;
  group?: string;
  /** 1-based line in the cleaned input. */
  line: number;
  text: string;
  numberedSubs?: OutlineTask['subs'];
  lines?: string[];
}

function numberedSubtasks(taskKey: string, draft: TaskDraft, problems: Problem[]): PlanSubtask[] {
  const subs = draft.numberedSubs ?? [];
  const lines = draft.lines ?? [];
  const used = new Set<string>();
  return subs.map((sub, i) => {
    const end = subs[i + 1]?.index ?? lines.length;
    const text = [sub.item.rest, ...lines.slice(sub.index + 1, end)].join('\n');
    const key = uniqueKey(`${taskKey}.${sub.item.label}`, used, draft.line + sub.index, problems);
    return { key, title: headingOf(sub.item.rest), text };
  });
}

export function finishTask(draft: TaskDraft, planYear: number | null, problems: Problem[]): PlanTask {
  const subtasks =
    draft.numberedSubs && draft.numberedSubs.length > 0
      ? numberedSubtasks(draft.key, draft, problems)
      : ordinalSubtasks(draft.key, draft.text);
  const task: PlanTask = {
    key: draft.key,
    section: draft.section,
    title: headingOf(draft.text.split('\n')[0] ?? ''),
    text: draft.text,
    subtasks,
    indicators: findIndicators(draft.text),
  };
  if (draft.group !== undefined) task.group = draft.group;
  const deadline = findDeadline(draft.text, planYear);
  if (deadline) task.deadline = deadline;
  Object.assign(task, findUnits(draft.text));
  return task;
}
