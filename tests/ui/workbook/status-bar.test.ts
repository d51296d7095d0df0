/** The status bar's counts, worked out by hand for 30 June 2021 (half of the year gone). */
import { describe, expect, it } from 'vitest';
import { countStatus, statusText } from '../../../src/ui/workbook/status-bar';
import { task } from '../../core/workbook/builders';

describe('countStatus', () => {
  it('counts lights and 未启动 over the tasks given', () => {
    const tasks = [
      task('1', { status: '已完成', percent: 100 }), // 蓝: done
      task('2', { status: '推进中', percent: 60 }), // due 12-31: 180 of 365 days gone, 49.3% expected: 绿
      task('3', { status: '推进中', percent: 45 }), // 4.3 points behind: 黄, counted as behind
      task('4', { status: '推进中', percent: 10 }), // 39.3 behind: 红
      task('5'), // 未启动, 0%: 红 and 未启动
      task('6', { status: '不涉及' }), // no light
      task('7', { status: '暂缓', percent: 20 }), // no light
    ];
    expect(countStatus(tasks, '2021-06-30', 2021)).toEqual({ total: 7, done: 1, onTrack: 1, behind: 3, notStarted: 1 });
  });

  it('reads as one line', () => {
    expect(statusText({ total: 28, done: 2, onTrack: 5, behind: 3, notStarted: 18 })).toBe(
      '共 28 项 · 已完成 2 · 序时推进 5 · 滞后 3 · 未启动 18',
    );
  });
});
