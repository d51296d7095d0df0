import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  backupDue,
  backupFileName,
  createBackup,
  MAX_BACKUP_BYTES,
  parseBackup,
  planRestore,
} from '../../../src/core/workbook/backup';
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

describe('a strict restore of hostile or mistyped backups', () => {
  const entry = (body: unknown) => ({ type: 'plan-ledger-workbook', version: 1, workbook: body });
  const backupOf = (...bodies: unknown[]) =>
    JSON.stringify({
      type: 'plan-ledger-backup',
      version: 1,
      exportedAt: '2021-06-02T08:00:00.000Z',
      workbooks: bodies.map(entry),
    });

  it.each([
    ['an id of __proto__', { ...b, id: '__proto__' }, '编号“__proto__”不能用作台账编号'],
    ['an id of constructor', { ...b, id: 'constructor' }, '编号“constructor”不能用作台账编号'],
    ['an id with a slash (it would share record keys)', { ...b, id: 'a/b' }, '编号“a/b”不能用作台账编号'],
    ['a number for an id', { ...b, id: 5 }, '编号应为文字，却是数字 5'],
    ['a list for a name', { ...b, name: [] }, '“name”应为文字，却是列表'],
    ['a number for the tasks', { ...b, tasks: 5 }, '任务列表应为列表，却是数字 5'],
    ['no tasks at all', { ...b, tasks: undefined }, '缺少任务列表'],
    ['an object for the sections', { ...b, sections: {} }, '“sections”应为列表，却是对象'],
  ])('refuses a workbook with %s, and says why', (_name, body, reason) => {
    const parsed = parseBackup(backupOf(a, body));
    expect(parsed.workbooks.map((w) => w.id)).toEqual(['a']);
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]).toMatchObject({ code: 'invalid-workbook', message: expect.stringContaining(reason) });
    expect(parsed.problems[0]?.message).toMatch(/^第2个台账：.*未恢复/);
  });

  it('refuses the workbook of the issue (id 5, name [], tasks 5) instead of 「未命名台账 · 0 项任务」', () => {
    const parsed = parseBackup(backupOf({ id: 5, name: [], tasks: 5 }));
    expect(parsed.workbooks).toEqual([]);
    expect(parsed.problems.map((p) => p.code)).toEqual(['invalid-workbook']);
  });

  it('drops tasks with an unsafe or mistyped key, or mistyped text, one by one, each with its reason', () => {
    const tasks = [
      task('1'),
      { ...task('x'), key: '__proto__' },
      { ...task('x'), key: 'prototype' },
      { ...task('x'), key: 7 },
      { ...task('x'), key: ' ' },
      { ...task('2'), title: ['标题'] },
      { ...task('3'), periods: [] },
      'not a task',
      task('4'),
    ];
    const parsed = parseBackup(backupOf({ ...b, tasks }));
    expect(parsed.workbooks[0]?.tasks.map((t) => t.key)).toEqual(['1', '4']);
    expect(parsed.problems.map((p) => p.message)).toEqual([
      '第二本：任务__proto__已丢弃：编号“__proto__”不能用作编号',
      '第二本：任务prototype已丢弃：编号“prototype”不能用作编号',
      '第二本：第4条任务已丢弃：编号应为文字，却是数字 7',
      '第二本：第5条任务已丢弃：没有编号',
      '第二本：任务2已丢弃：“title”应为文字，却是列表',
      '第二本：任务3已丢弃：“periods”应为对象，却是列表',
      '第二本：第8条任务已丢弃：应为对象，却是文字“not a task”',
    ]);
    expect(parsed.problems.every((p) => p.code === 'invalid-task')).toBe(true);
  });

  it('never lets a "__proto__" field reach a prototype, and says it was ignored', () => {
    const text = backupOf(b).replace('"id":"b"', '"__proto__":{"polluted":1},"id":"b"');
    const parsed = parseBackup(text);
    const [wb] = parsed.workbooks;
    expect(Object.getPrototypeOf(wb)).toBe(Object.prototype);
    expect((wb as unknown as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(parsed.problems).toMatchObject([
      { code: 'unsafe-field', message: '第二本：字段名“__proto__”无效，已忽略该字段' },
    ]);
  });

  it('still reads the prototype format (numbers for keys) from a backup', () => {
    const v0 = JSON.parse(readFileSync(new URL('../../fixtures/stored/workbook-v0.json', import.meta.url), 'utf8'));
    const parsed = parseBackup(JSON.stringify({ type: 'plan-ledger-backup', version: 1, workbooks: [v0] }));
    expect(parsed.workbooks[0]?.tasks.map((t) => t.key)).toEqual(['1', '2']);
  });

  it('refuses a text over 200 MB before parsing it', () => {
    const huge = { length: MAX_BACKUP_BYTES + 1 } as string;
    expect(parseBackup(huge).problems).toMatchObject([
      { code: 'backup-too-large', message: expect.stringContaining('超过备份文件 200.0 MB 的上限') },
    ]);
  });
});
