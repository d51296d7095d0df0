/** Column layout is UI state from storage: read defensively, named without the period. */
import { describe, expect, it } from 'vitest';
import { EMPTY_LAYOUT, HIDEABLE_COLUMNS, layoutId, readLayout } from '../../../src/ui/grid/column-layout';

describe('layoutId', () => {
  it.each([
    ['progress@半年', 'progress'],
    ['owner', 'owner'],
    ['actual@全年#2', 'actual'],
  ])('%s → %s', (colId, id) => expect(layoutId(colId)).toBe(id));
});

describe('readLayout', () => {
  it.each<[string, unknown, unknown]>([
    ['nothing stored', undefined, EMPTY_LAYOUT],
    ['not an object', 'hidden', EMPTY_LAYOUT],
    [
      'a good layout',
      { hidden: ['owner'], widths: { progress: 300 } },
      { hidden: ['owner'], widths: { progress: 300 } },
    ],
    ['non-strings in hidden are dropped', { hidden: ['owner', 5, null] }, { hidden: ['owner'], widths: {} }],
    [
      'widths outside 30–2000 or not numbers are dropped',
      { widths: { a: 29, b: 30, c: 2000, d: 2001, e: '200' } },
      { hidden: [], widths: { b: 30, c: 2000 } },
    ],
  ])('%s', (_, stored, layout) => expect(readLayout(stored)).toEqual(layout));
});

describe('HIDEABLE_COLUMNS', () => {
  it('never offers to hide 编号 or 工作任务, and names columns as the grid does', () => {
    expect(HIDEABLE_COLUMNS.map((c) => c.id)).not.toContain('key');
    expect(HIDEABLE_COLUMNS.map((c) => c.id)).not.toContain('title');
    expect(HIDEABLE_COLUMNS.find((c) => c.id === 'progress')?.label).toBe('进展情况');
  });
});
