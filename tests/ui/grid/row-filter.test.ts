/** Which tasks a filter lets through (the toolbar's and a chart click's). */
import { describe, expect, it } from 'vitest';
import { isEmptyFilter, NO_FILTER, taskPasses, type GridFilter } from '../../../src/ui/grid/row-filter';
import { task } from '../../core/workbook/builders';

const t = task('7', { section: '二', status: '推进中' });
const view = { lightOf: () => '红' as const, statusOf: () => '推进中' as const };

describe('taskPasses', () => {
  it.each<[string, Partial<GridFilter>, boolean]>([
    ['no filter', {}, true],
    ['its section', { section: '二' }, true],
    ['another section', { section: '一' }, false],
    ['its status', { status: '推进中' }, true],
    ['another status', { status: '已完成' }, false],
    ['picked keys that include it', { keys: ['6', '7'] }, true],
    ['picked keys without it', { keys: ['6'] }, false],
    ['its light', { light: '红' }, true],
    ['another light', { light: '绿' }, false],
    ['all of them at once', { section: '二', status: '推进中', keys: ['7'], light: '红' }, true],
  ])('%s → %s', (_, filter, passes) => {
    expect(taskPasses(t, { ...NO_FILTER, ...filter }, view)).toBe(passes);
  });

  it('treats a task without a light (暂缓, 不涉及) as 无', () => {
    expect(taskPasses(t, { ...NO_FILTER, light: '无' }, { ...view, lightOf: () => null })).toBe(true);
  });
});

describe('isEmptyFilter', () => {
  it('is empty only when nothing is set', () => {
    expect(isEmptyFilter(NO_FILTER)).toBe(true);
    expect(isEmptyFilter({ ...NO_FILTER, text: '养老' })).toBe(false);
    expect(isEmptyFilter({ ...NO_FILTER, keys: ['1'] })).toBe(false);
  });
});
