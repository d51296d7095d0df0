/** Which tasks a filter lets through (the toolbar's and a chart click's). */
import { describe, expect, it } from 'vitest';
import { isEmptyFilter, NO_FILTER, taskPasses, taskWithKey, type GridFilter } from '../../../src/ui/grid/row-filter';
import { task, workbook } from '../../core/workbook/builders';

const t = task('7', { section: '二', status: '推进中' });
const view = {
  lightOf: () => '红' as const,
  statusOf: () => '推进中' as const,
  textOf: () => '7 社区养老服务 区民政局',
};

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
    ['a word of its text', { text: '养老' }, true],
    ['a word with spaces and full-width letters', { text: ' 区民政 ' }, true],
    ['a word it does not have', { text: '救助' }, false],
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

describe('taskWithKey', () => {
  const wb = workbook([task('12'), task('二(三)'), task('1', { archived: true })]);
  it.each([
    ['12', '12'],
    ['12.', '12'],
    ['二（三）', '二(三)'],
    [' 二(三) ', '二(三)'],
    ['1', null],
    ['2', null],
  ])('%j → %s', (text, key) => expect(taskWithKey(wb, text)?.key ?? null).toBe(key));
});
