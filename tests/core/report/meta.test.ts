/** The hidden sheet: everything a consolidation needs from the file alone; version-1 files still read. */
import { describe, expect, it } from 'vitest';
import { buildMetaSheet } from '../../../src/core/report/meta-sheet';
import { readMeta } from '../../../src/core/report/meta-read';
import type { GridSheet } from '../../../src/core/report/reimport/grid';
import { REPORT_META } from '../../../src/core/report/model';
import { planId, planVersion } from '../../../src/core/report/plan-identity';
import { indicator, task, workbook } from '../workbook/builders';
import { reportToGrid } from './reimport/report-to-grid';

const wb = workbook(
  [
    task('1', { indicators: [indicator(10)] }),
    task('2', { group: '一(一)' }),
    task('3', { section: '二', archived: true }),
  ],
  { groups: [{ key: '一(一)', section: '一', title: '低保' }] },
);

function grid(rows: (string | number)[][]): GridSheet {
  return { name: REPORT_META.sheetName, rows: rows.map((r) => r.map((v) => ({ value: v, text: String(v) }))) };
}

describe('meta sheet', () => {
  it('carries plan id and revision, sections, groups, tasks with indicators, and continuation rows', () => {
    const sheet = buildMetaSheet(wb, {
      kind: 'period',
      period: '半年',
      asOf: '2021-07-05',
      taskRows: new Map([
        ['1', 5],
        ['2', 6],
      ]),
      continuations: [{ sheet: '推进情况', row: 7, key: '2', joins: { 9: '\n', 10: '' } }],
    });
    const meta = readMeta(reportToGrid({ fileName: 'x', sheets: [sheet] })[0]);
    expect(meta).toEqual({
      type: REPORT_META.type,
      version: 2,
      kind: 'period',
      workbookId: 'wb-1',
      unit: '殿前街道',
      plan: '2021年湖里区民政工作要点',
      planId: planId(wb),
      planVersion: planVersion(wb),
      year: 2021,
      period: '半年',
      asOf: '2021-07-05',
      sections: wb.sections,
      groups: wb.groups,
      tasks: [
        {
          key: '1',
          section: '一',
          title: '任务1',
          indicators: [indicator(10)],
          deadline: '2021-12-31',
          text: '任务1。',
        },
        {
          key: '2',
          section: '一',
          group: '一(一)',
          title: '任务2',
          indicators: [],
          deadline: '2021-12-31',
          text: '任务2。',
        },
      ],
      rows: [
        { key: '1', row: 5 },
        { key: '2', row: 6 },
      ],
      continuations: [{ sheet: '推进情况', row: 7, key: '2', joins: { 9: '\n', 10: '' } }],
      planSource: { name: wb.name, title: wb.plan.title, issuer: null, docNumber: null, date: null },
    });
  });

  it('spreads JSON longer than a cell holds over rows and joins it back', () => {
    const groups = Array.from({ length: 400 }, (_, i) => ({
      key: `一(${i})`,
      section: '一',
      title: '低保'.repeat(50),
    }));
    const big = { ...wb, groups };
    const sheet = buildMetaSheet(big, {
      kind: 'ledger',
      period: null,
      asOf: '2021-12-01',
      taskRows: new Map(),
      continuations: [],
    });
    const pieces = sheet.rows.filter((r) => r.cells[0]?.value === 'groups');
    expect(pieces.length).toBeGreaterThan(1);
    for (const r of pieces) expect(String(r.cells[1]?.value).length).toBeLessThanOrEqual(30_000);
    // Nobody prints it: no row heights that could pass Excel's 409 pt.
    expect(sheet.rows.every((r) => r.height === undefined)).toBe(true);
    expect(readMeta(reportToGrid({ fileName: 'x', sheets: [sheet] })[0])?.groups).toEqual(groups);
  });

  it('plan id stays with the document, the revision changes with the task list', () => {
    const revised = { ...wb, tasks: [...wb.tasks, task('4')] };
    expect(planId(revised)).toBe(planId(wb));
    expect(planVersion(revised)).not.toBe(planVersion(wb));
    // Archived tasks are not reported on: they do not change the revision.
    expect(planVersion({ ...wb, tasks: wb.tasks.filter((t) => !t.archived) })).toBe(planVersion(wb));
  });

  it('still reads a version-1 sheet, which had no plan structure', () => {
    const v1 = grid([
      ['type', 'plan-ledger-report'],
      ['version', 1],
      ['kind', 'period'],
      ['workbookId', 'wb-old'],
      ['unit', '金山街道'],
      ['plan', '2021年湖里区民政工作要点'],
      ['year', 2021],
      ['period', '半年'],
      ['asOf', '2021-07-02'],
      ['taskKey', 'row'],
      ['1', 5],
      ['2', 6],
    ]);
    expect(readMeta(v1)).toEqual({
      type: REPORT_META.type,
      version: 1,
      kind: 'period',
      workbookId: 'wb-old',
      unit: '金山街道',
      plan: '2021年湖里区民政工作要点',
      planId: '',
      planVersion: '',
      year: 2021,
      period: '半年',
      asOf: '2021-07-02',
      sections: [],
      groups: [],
      tasks: [],
      rows: [
        { key: '1', row: 5 },
        { key: '2', row: 6 },
      ],
      continuations: [],
    });
  });

  it('reads damaged JSON as empty and a sheet that is not ours as nothing', () => {
    const damaged = grid([
      ['type', 'plan-ledger-report'],
      ['version', 2],
      ['kind', 'period'],
      ['year', 2021],
      ['sections', '[{"key":"一",'],
      ['taskKey', 'row', 'task'],
      ['1', 5, '{not json'],
    ]);
    expect(readMeta(damaged)).toMatchObject({ sections: [], tasks: [], rows: [{ key: '1', row: 5 }] });
    expect(readMeta(grid([['type', 'something else']]))).toBeNull();
  });
});
