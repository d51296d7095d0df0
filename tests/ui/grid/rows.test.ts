/** Grid rows: a band per section and group before its tasks, archived tasks left out. */
import { describe, expect, it } from 'vitest';
import { BAND_PREFIX, buildRows } from '../../../src/ui/grid/rows';
import { task, workbook } from '../../core/workbook/builders';

describe('buildRows', () => {
  it('puts each section’s band, then its groups’ bands, before their tasks', () => {
    const wb = workbook(
      [
        task('1', { section: '一' }),
        task('二(一)1', { section: '二', group: '二(一)' }),
        task('二(一)2', { section: '二', group: '二(一)' }),
        task('二(二)1', { section: '二', group: '二(二)' }),
        task('9', { section: '二', archived: true }),
      ],
      {
        groups: [
          { key: '二(一)', section: '二', title: '专项任务' },
          { key: '二(二)', section: '二', title: '结转任务' },
        ],
      },
    );
    expect(buildRows(wb).map((r) => (r.kind === 'band' ? `[${r.title}]` : r.id))).toEqual([
      '[一、兜底保障]',
      '1',
      '[二、养老服务]',
      '[（一）专项任务]',
      '二(一)1',
      '二(一)2',
      '[（二）结转任务]',
      '二(二)1',
    ]);
  });

  it('gives bands ids that cannot collide with a task key', () => {
    const rows = buildRows(workbook([task('1')]));
    expect(rows[0]).toMatchObject({ kind: 'band', id: `${BAND_PREFIX}一` });
  });
});
