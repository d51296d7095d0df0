/** The grid's trimmed locale is the package's own Chinese, string for string. */
import { AG_GRID_LOCALE_CN } from '@ag-grid-community/locale';
import { describe, expect, it } from 'vitest';
import { GRID_LOCALE } from '../../../src/ui/grid/grid-locale';

describe('GRID_LOCALE', () => {
  it('holds the package strings unchanged, every aria* one included', () => {
    const cn = AG_GRID_LOCALE_CN as Record<string, string>;
    for (const [key, text] of Object.entries(GRID_LOCALE)) expect(text, key).toBe(cn[key]);
    const aria = Object.keys(cn).filter((k) => k.startsWith('aria'));
    expect(aria.filter((k) => !(k in GRID_LOCALE))).toEqual([]);
  });

  it('has the strings of the overlays and sorting the grid shows', () => {
    expect(GRID_LOCALE).toMatchObject({
      loadingOoo: AG_GRID_LOCALE_CN.loadingOoo,
      noRowsToShow: AG_GRID_LOCALE_CN.noRowsToShow,
      noMatchingRows: AG_GRID_LOCALE_CN.noMatchingRows,
    });
  });
});
