/**
 * 台账设置 in the document: optional, so data written before it (every stored format) reads fine
 * with the defaults (its reports print a blank sign-off line, see build-report.test.ts); present,
 * it is restored field by field, saved with the workbook's metadata record, and set by one
 * undoable setMeta step.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyOperation, isNoop } from '../../../src/core/workbook/operations';
import { DEFAULT_REPORT_SETTINGS, reportSettings } from '../../../src/core/workbook/report-settings';
import { restoreWorkbook } from '../../../src/core/workbook/restore';
import { assembleWorkbook, metaRecord, taskEnvelope } from '../../../src/core/workbook/stored-records';
import { workbookEnvelope } from '../../../src/core/workbook/envelope';
import type { ReportSettings } from '../../../src/core/workbook/types';
import { task, workbook } from './builders';

const NOW = '2021-07-01T09:00:00.000Z';

function fixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../fixtures/stored/${name}`, import.meta.url), 'utf8'));
}

const SETTINGS: ReportSettings = {
  title: '殿前街道民政工作',
  preparer: '王芳',
  phone: '0592-5551234',
  reviewer: '李明',
  content: 'text',
};

describe('restore', () => {
  it.each(['workbook-v0.json', 'workbook-v1.json'])('reads %s, which has no settings, with the defaults', (name) => {
    const { workbook: wb, problems } = restoreWorkbook(fixture(name));
    expect(wb).not.toBeNull();
    expect(wb).not.toHaveProperty('report');
    expect(reportSettings(wb!)).toEqual(DEFAULT_REPORT_SETTINGS);
    expect(problems.map((p) => p.code)).not.toContain('damaged-workbook');
  });

  it('reads the stored records of version 1, which have no settings', () => {
    const records = fixture('records-v1.json') as Record<string, unknown>;
    const tasks = Object.entries(records)
      .filter(([k]) => k.startsWith('task/wb-rec/'))
      .map(([, v]) => v);
    const { workbook: wb } = assembleWorkbook(records['wb/wb-rec'], tasks);
    expect(wb).not.toBeNull();
    expect(wb!.report).toBeUndefined();
  });

  it('keeps the settings through an export and through the stored records', () => {
    const wb = { ...workbook([task('1')]), report: SETTINGS };
    expect(restoreWorkbook(JSON.parse(JSON.stringify(workbookEnvelope(wb)))).workbook?.report).toEqual(SETTINGS);
    const stored = assembleWorkbook(
      JSON.parse(JSON.stringify(metaRecord(wb, 3))),
      wb.tasks.map((t) => taskEnvelope(t, 1)),
    );
    expect(stored.workbook?.report).toEqual(SETTINGS);
  });

  it('defaults each damaged field and keeps fields it does not know', () => {
    const wb = {
      ...workbook([task('1')]),
      report: { preparer: 12, phone: null, content: 'everything', stamp: '红章' },
    };
    const restored = restoreWorkbook(JSON.parse(JSON.stringify(workbookEnvelope(wb as never)))).workbook;
    expect(restored?.report).toEqual({
      title: '',
      preparer: '12',
      phone: '',
      reviewer: '',
      content: 'title',
      stamp: '红章',
    });
  });
});

describe('setMeta with 台账设置', () => {
  it('sets 填报单位 and the settings in one step, undone in one step', () => {
    const wb = workbook([task('1')]);
    const op = { type: 'setMeta', label: '台账设置', unit: '禾山街道', report: SETTINGS } as const;
    const forward = applyOperation(wb, op, NOW);
    expect(forward.workbook).toMatchObject({ unit: '禾山街道', report: SETTINGS, updatedAt: NOW });
    expect(forward).toMatchObject({ metaChanged: true, changedKeys: [] });
    const back = applyOperation(forward.workbook, forward.inverse, NOW);
    expect(back.workbook.unit).toBe('殿前街道');
    expect(reportSettings(back.workbook)).toEqual(DEFAULT_REPORT_SETTINGS);
  });

  it('is no step when nothing changes', () => {
    const wb = { ...workbook([task('1')]), report: SETTINGS };
    expect(isNoop(applyOperation(wb, { type: 'setMeta', label: '台账设置', report: { ...SETTINGS } }, NOW))).toBe(true);
    // Absent settings are the defaults: setting the defaults changes nothing either.
    const plain = workbook([task('1')]);
    const same = { type: 'setMeta', label: '台账设置', report: { ...DEFAULT_REPORT_SETTINGS } } as const;
    expect(isNoop(applyOperation(plain, same, NOW))).toBe(true);
  });
});
