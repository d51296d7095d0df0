/** What the 图表 view opens with: remembered periods, and a picked date only on the day it was picked. */
import { describe, expect, it } from 'vitest';
import { chartSettings } from '../../../src/ui/charts/charts-action';

describe('chartSettings', () => {
  it.each([
    ['nothing saved: the grid’s period, today', undefined, { asOf: '2021-07-05', period: '半年' }],
    [
      'a date picked today is kept',
      { asOf: '2021-06-30', asOfPickedOn: '2021-07-05' },
      { asOf: '2021-06-30', period: '半年' },
    ],
    [
      'a date picked on another day is not',
      { asOf: '2021-06-30', asOfPickedOn: '2021-07-04' },
      { asOf: '2021-07-05', period: '半年' },
    ],
    [
      'saved periods win, a comparison equal to the period is dropped',
      { period: '全年' as const, compareWith: '全年' as const },
      { asOf: '2021-07-05', period: '全年' },
    ],
    [
      'a comparison with another period is kept',
      { period: '全年' as const, compareWith: '半年' as const },
      { asOf: '2021-07-05', period: '全年', compareWith: '半年' },
    ],
    ['a damaged period falls back', { period: '下半年' as never }, { asOf: '2021-07-05', period: '半年' }],
  ])('%s', (_, saved, settings) => {
    expect(chartSettings(saved, '半年', '2021-07-05')).toEqual(settings);
  });
});
