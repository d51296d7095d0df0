/** The one column vocabulary: every header name means one column, and reports read back as written. */
import { describe, expect, it } from 'vitest';
import { matchHeader, normalizeHeader } from '../../../src/core/report/reimport/header-match';
import { ledgerHeaders } from '../../../src/core/report/build/ledger-sheet';
import { PROGRESS_COLUMNS, PROGRESS_HEADERS } from '../../../src/core/report/build/progress-sheet';
import { namesOf, VOCABULARY, type ColumnId } from '../../../src/core/workbook/vocabulary';

const ids = Object.keys(VOCABULARY) as ColumnId[];

describe('column vocabulary', () => {
  it('gives no header name to two columns', () => {
    const owner = new Map<string, ColumnId>();
    const clashes: string[] = [];
    for (const id of ids) {
      for (const name of namesOf(id)) {
        const seen = owner.get(normalizeHeader(name));
        if (seen && seen !== id) clashes.push(`${name}: ${seen} / ${id}`);
        owner.set(normalizeHeader(name), id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('reads each column of the period report back as the column it was written from', () => {
    const roles = PROGRESS_HEADERS.map((header) => matchHeader(header));
    expect(roles).toEqual([
      { kind: 'key' },
      { kind: 'title' },
      { kind: 'task', field: 'leadUnit' },
      { kind: 'task', field: 'partnerUnits' },
      { kind: 'task', field: 'owner' },
      { kind: 'task', field: 'deadline' },
      { kind: 'period', field: 'percent', period: null },
      { kind: 'period', field: 'status', period: null },
      { kind: 'computed' },
      { kind: 'period', field: 'progress', period: null },
      { kind: 'period', field: 'problems', period: null },
      { kind: 'period', field: 'nextSteps', period: null },
      { kind: 'task', field: 'notes' },
    ]);
    expect(PROGRESS_COLUMNS).toHaveLength(PROGRESS_HEADERS.length);
  });

  it('reads the ledger’s period columns with their period', () => {
    const headers = ledgerHeaders();
    expect(matchHeader(headers[headers.indexOf('三季度\n进展情况')] ?? '')).toEqual({
      kind: 'period',
      field: 'progress',
      period: '三季度',
    });
    expect(matchHeader(headers[headers.indexOf('半年\n状态')] ?? '')).toEqual({
      kind: 'period',
      field: 'status',
      period: '半年',
    });
    // Earlier versions' ledgers printed a 当前进度: computed from the periods, never imported.
    expect(matchHeader('当前进度')).toEqual({ kind: 'computed' });
  });
});
