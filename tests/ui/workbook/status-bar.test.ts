/** The status bar's counts, worked out by hand for 30 June 2021 (half of the year gone). */
import { describe, expect, it } from 'vitest';
import { countStatus, statusText } from '../../../src/ui/workbook/status-bar';
import { task } from '../../core/workbook/builders';

describe('countStatus', () => {
  it('counts in the period shown, judged at its end', () => {
    const t = task('1', {
      periods: {
        半年: { status: '推进中', percent: 80, progress: '', problems: '', nextSteps: '', actuals: [] },
      },
    });
    // 一季度: nothing reported yet → 未启动, and on 03-31 (89 of 365 days, 24.4% expected) 0% is 红.
    expect(countStatus([t], '一季度', '2021-07-05', 2021)).toEqual({
      total: 1,
      done: 0,
      onTrack: 0,
      behind: 1,
      notStarted: 1,
    });
    // 半年, judged on 06-30 (49.3% expected): 80% is 30.7 ahead, 超序时, counted as on track.
    expect(countStatus([t], '半年', '2021-07-05', 2021)).toMatchObject({ onTrack: 1, behind: 0, notStarted: 0 });
  });

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
    expect(countStatus(tasks, '半年', '2021-06-30', 2021)).toEqual({
      total: 7,
      done: 1,
      onTrack: 1,
      behind: 3,
      notStarted: 1,
    });
  });

  it('reads as one line', () => {
    expect(statusText({ total: 28, done: 2, onTrack: 5, behind: 3, notStarted: 18 })).toBe(
      '共 28 项 · 已完成 2 · 序时推进 5 · 滞后 3 · 未启动 18',
    );
  });
});
