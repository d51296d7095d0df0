import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { backupDue, backupFileName, createBackup, parseBackup, planRestore } from '../../../src/core/workbook/backup';
import { task, workbook } from './builders';

const a = workbook([task('1', { rev: 3 })], { id: 'a', rev: 2 });
const b = workbook([task('1')], { id: 'b', name: '第二本', updatedAt: '2021-06-01T00:00:00.000Z' });

describe('backup files', () => {
  it('round-trips every workbook, without storage revisions', () => {
    const backup = createBackup([a, b], '2021-06-02T08:00:00.000Z');
    expect(backup).toMatchObject({ type: 'plan-ledger-backup', version: 1, exportedAt: '2021-06-02T08:00:00.000Z' });
    const parsed = parseBackup(JSON.stringify(backup));
    expect(parsed.problems).toEqual([]);
    expect(parsed.exportedAt).toBe('2021-06-02T08:00:00.000Z');
    expect(parsed.workbooks).toEqual([workbook([task('1')], { id: 'a' }), b]);
    expect(backupFileName('2021-06-02T08:00:00.000Z')).toBe('要点台账备份-2021-06-02.json');
  });

  it.each([
    ['not JSON', '{"type": "plan-ledger-backup", ', 'not-json'],
    ['another program', JSON.stringify({ type: 'excalidraw', version: 2 }), 'foreign-data'],
    ['a newer backup', JSON.stringify({ type: 'plan-ledger-backup', version: 9, workbooks: [] }), 'newer-version'],
    ['an empty backup', JSON.stringify({ type: 'plan-ledger-backup', version: 1, workbooks: [] }), 'empty-backup'],
  ])('yields no workbooks from %s', (_name, text, code) => {
    const parsed = parseBackup(text);
    expect(parsed.workbooks).toEqual([]);
    expect(parsed.problems.map((p) => p.code)).toEqual([code]);
  });

  it('keeps the good workbooks of a partly damaged backup and says which were dropped', () => {
    const text = JSON.stringify({
      type: 'plan-ledger-backup',
      version: 1,
      workbooks: [
        { type: 'plan-ledger-workbook', version: 1, workbook: b },
        { type: 'plan-ledger-workbook', version: 5, workbook: a },
        { type: 'plan-ledger-workbook', version: 1, workbook: b },
        JSON.parse(readFileSync(new URL('../../fixtures/stored/workbook-v0.json', import.meta.url), 'utf8')),
      ],
    });
    const parsed = parseBackup(text);
    expect(parsed.workbooks.map((w) => w.id)).toEqual(['b', 'proto-2021']);
    expect(parsed.problems.map((p) => p.code).slice(0, 2)).toEqual(['newer-version', 'duplicate-workbook']);
    expect(parsed.problems[1]?.message).toBe('第二本：备份中重复出现，只恢复第一份');
  });

  it('accepts a single exported workbook', () => {
    const parsed = parseBackup(JSON.stringify({ type: 'plan-ledger-workbook', version: 1, workbook: b }));
    expect(parsed.workbooks).toEqual([b]);
  });
});

describe('planRestore', () => {
  it('says what is added and what replaced, and when the copy here is newer', () => {
    const existing = [
      { id: 'a', name: '本机A', updatedAt: '2021-07-01T00:00:00.000Z' },
      { id: 'b', name: '本机B', updatedAt: '2021-05-01T00:00:00.000Z' },
    ];
    const c = workbook([], { id: 'c' });
    const plan = planRestore(existing, [a, b, c]);
    expect(plan.add).toEqual([c]);
    expect(plan.replace).toEqual([
      { incoming: a, existing: existing[0], existingIsNewer: true },
      { incoming: b, existing: existing[1], existingIsNewer: false },
    ]);
  });
});

describe('backupDue', () => {
  it.each([
    [null, '2021-06-01T00:00:00.000Z', true],
    ['2021-05-26T00:00:00.000Z', '2021-06-01T00:00:00.000Z', false], // 6 days
    ['2021-05-25T00:00:01.000Z', '2021-06-01T00:00:00.000Z', false], // 1 s short of 7 days
    ['2021-05-25T00:00:00.000Z', '2021-06-01T00:00:00.000Z', true], // exactly 7 days
    ['garbage', '2021-06-01T00:00:00.000Z', true],
  ])('last backup %s, now %s → %s', (last, now, due) => {
    expect(backupDue(last, now)).toBe(due);
  });
});
