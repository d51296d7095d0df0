/** 状态 and 完成进度 kept in agreement; every expectation reasoned from the rule it tests. */
import { describe, expect, it } from 'vitest';
import { withConsistency } from '../../../src/core/workbook/consistency';
import { emptyPeriod } from '../../../src/core/workbook/fields';
import type { CellChange } from '../../../src/core/workbook/operations';
import { task, workbook } from './builders';

const wb = workbook([
  task('新', {}),
  task('进', { periods: { 半年: { ...emptyPeriod(0), status: '推进中', percent: 40 } } }),
  task('完', { periods: { 一季度: { ...emptyPeriod(0), status: '已完成', percent: 100 } } }),
]);

const settle = (changes: CellChange[]) => withConsistency(wb, changes);

describe('withConsistency', () => {
  it('sets 100% when 已完成 is chosen', () => {
    const out = settle([{ key: '进', field: 'status@半年', value: '已完成' }]);
    expect(out.changes).toEqual([
      { key: '进', field: 'status@半年', value: '已完成' },
      { key: '进', field: 'percent@半年', value: 100 },
    ]);
    expect(out.warnings).toEqual([]);
  });

  it('moves 未启动 to 推进中 when a percent above 0 is typed', () => {
    const out = settle([{ key: '新', field: 'percent@一季度', value: 15 }]);
    expect(out.changes).toContainEqual({ key: '新', field: 'status@一季度', value: '推进中' });
    expect(out.warnings).toEqual([]);
  });

  it('moves 已完成 back to 推进中 when a lower percent is typed (in a later period too)', () => {
    // 完 is 已完成 from 一季度 on, carried into 三季度; 80% typed there.
    const out = settle([{ key: '完', field: 'percent@三季度', value: 80 }]);
    expect(out.changes).toEqual([
      { key: '完', field: 'percent@三季度', value: 80 },
      { key: '完', field: 'status@三季度', value: '推进中' },
    ]);
  });

  it('sets 0% when 未启动 is chosen on a task with progress', () => {
    const out = settle([{ key: '进', field: 'status@半年', value: '未启动' }]);
    expect(out.changes).toContainEqual({ key: '进', field: 'percent@半年', value: 0 });
  });

  it('only suggests 已完成 for 100%, changing nothing else', () => {
    const out = settle([{ key: '进', field: 'percent@半年', value: 100 }]);
    expect(out.changes).toEqual([{ key: '进', field: 'percent@半年', value: 100 }]);
    expect(out.suggestDone).toEqual([{ key: '进', period: '半年' }]);
  });

  it('settles a pasted contradiction by the same rules and says so', () => {
    const out = settle([
      { key: '新', field: 'status@半年', value: '已完成' },
      { key: '新', field: 'percent@半年', value: 45 },
      { key: '进', field: 'status@半年', value: '未启动' },
      { key: '进', field: 'percent@半年', value: 60 },
    ]);
    expect(out.changes).toEqual([
      { key: '新', field: 'status@半年', value: '已完成' },
      { key: '新', field: 'percent@半年', value: 100 },
      { key: '进', field: 'status@半年', value: '推进中' },
      { key: '进', field: 'percent@半年', value: 60 },
    ]);
    expect(out.warnings.map((w) => w.message)).toEqual([
      '任务新（半年）：状态为已完成，但完成进度为45%，已按已完成记为100%',
      '任务进（半年）：状态为未启动，但完成进度为60%，已改为推进中',
    ]);
  });

  it('leaves a cleared value as asked: the period shows the previous period’s again', () => {
    const out = settle([{ key: '完', field: 'status@一季度', value: null }]);
    expect(out).toEqual({
      changes: [{ key: '完', field: 'status@一季度', value: null }],
      warnings: [],
      suggestDone: [],
    });
  });

  it('leaves other fields and consistent edits alone', () => {
    const changes: CellChange[] = [
      { key: '进', field: 'owner', value: '张三' },
      { key: '进', field: 'percent@半年', value: 55 },
    ];
    expect(settle(changes)).toEqual({ changes, warnings: [], suggestDone: [] });
  });
});
