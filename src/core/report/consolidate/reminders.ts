/**
 * 催办: the units that have not reported, each with a text to paste into a message, and the units
 * that reported after 报送截止日期. Overdue once today is past the deadline; without a deadline
 * a unit is only 未报送.
 */
import { chineseDate } from '../labels';
import type { ConsolidationResult } from './consolidate';

export interface Reminder {
  unit: string;
  /** 未报送 (not yet due or no deadline), 逾期未报 (past the deadline), 逾期报送 (came in late). */
  state: '未报送' | '逾期未报' | '逾期报送';
  text: string;
}

export function reminders(result: ConsolidationResult, dueDate: string | undefined, today: string): Reminder[] {
  const what = `《${result.plan}》${result.period ?? ''}填报表`;
  const overdue = Boolean(dueDate && today > dueDate);
  const due = dueDate ? `报送截止日期为${chineseDate(dueDate)}，` : '';
  const missing = result.missingUnits.map((unit): Reminder => ({
    unit,
    state: overdue ? '逾期未报' : '未报送',
    text: overdue
      ? `${unit}：${what}${due}截至${chineseDate(today)}仍未收到贵单位报送的材料，已逾期，请尽快报送。`
      : `${unit}：请于${dueDate ? chineseDate(dueDate) : '规定时间'}前报送${what}。截至${chineseDate(today)}尚未收到贵单位报送的材料，请抓紧填报。`,
  }));
  const late = result.units
    .filter((u) => u.late)
    .map((u): Reminder => ({
      unit: u.unit,
      state: '逾期报送',
      text: `${u.unit}：${what}${due}贵单位于${chineseDate(u.asOf)}报送，已超过截止日期，请今后按时报送。`,
    }));
  return [...missing, ...late];
}
