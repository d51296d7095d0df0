import { describe, expect, it, vi } from 'vitest';
import { applyOperation, type Operation } from '../../src/core/workbook/operations';
import type { Workbook } from '../../src/core/workbook/types';
import type { ChangeMessage } from '../../src/storage/broadcast';
import { openStore } from '../../src/storage/db';
import { createSaver, type SaveStatus } from '../../src/storage/saver';
import type { Conflict } from '../../src/storage/workbook-write';
import { listWorkbooks, loadWorkbook } from '../../src/storage/workbook-read';
import { saveWorkbook } from '../../src/storage/workbook-write';
import { task, workbook } from '../core/workbook/builders';
import { failingStore, freshStore } from './helpers';

const NOW = '2021-04-01T09:00:00.000Z';

function setOwner(wb: Workbook, key: string, owner: string) {
  const op: Operation = { type: 'setCells', label: '编辑单元格', changes: [{ key, field: 'owner', value: owner }] };
  return applyOperation(wb, op, NOW);
}

async function setup() {
  const control = failingStore(freshStore());
  const saved = await saveWorkbook(control.store, workbook([task('1'), task('2'), task('3')]));
  const statuses: SaveStatus[] = [];
  const saver = createSaver(control.store, (s) => statuses.push(s));
  return { control, saved, statuses, saver };
}

describe('createSaver', () => {
  it('says 保存中 then 已保存 only once the edit is committed, writing just the changed task', async () => {
    const { control, saved, statuses, saver } = await setup();
    const edit = setOwner(saved, '2', '张三');
    saver.save(edit.workbook, edit);
    expect(statuses).toEqual(['saving']);
    expect(saver.hasPending()).toBe(true);
    expect(await saver.flush()).toBe('saved');
    expect(statuses).toEqual(['saving', 'saved']);
    expect(saver.hasPending()).toBe(false);
    const loaded = (await loadWorkbook(control.store, 'wb-1')).workbook!;
    expect(loaded.tasks.map((t) => [t.owner, t.rev])).toEqual([
      ['', 1],
      ['张三', 2],
      ['', 1],
    ]);
  });

  it('announces each committed write to other tabs', async () => {
    const { control, saved } = await setup();
    const announced: ChangeMessage[] = [];
    const broadcast = { announce: (m: ChangeMessage) => announced.push(m), subscribe: () => () => {}, close: () => {} };
    const saver = createSaver(control.store, () => {}, { broadcast });
    const edit = setOwner(saved, '3', '王五');
    saver.save(edit.workbook, edit);
    expect(announced).toEqual([]);
    await saver.flush();
    expect(announced).toEqual([{ workbookId: 'wb-1', keys: ['3'], meta: false, updatedAt: NOW }]);
  });

  it('coalesces rapid edits into one transaction', async () => {
    const { control, saved, saver } = await setup();
    let wb = saved;
    for (const [key, owner] of [
      ['1', '甲'],
      ['2', '乙'],
      ['1', '丙'],
    ] as const) {
      const edit = setOwner(wb, key, owner);
      wb = edit.workbook;
      saver.save(wb, edit);
    }
    const before = control.opened.readwrite;
    await saver.flush();
    // One transaction for the three edits, one for the list's summary (forced by flush).
    expect(control.opened.readwrite - before).toBe(2);
    const loaded = (await loadWorkbook(control.store, 'wb-1')).workbook!;
    expect(loaded.tasks.map((t) => t.owner)).toEqual(['丙', '乙', '']);
    // Task 1 written once although edited twice.
    expect(loaded.tasks[0]?.rev).toBe(2);
  });

  it('on a full disk reports 存储空间已满, keeps the edit in memory and the stored data intact, then retries', async () => {
    const { control, saved, statuses, saver } = await setup();
    control.failWith = 'QuotaExceededError';
    const first = setOwner(saved, '1', '张三');
    saver.save(first.workbook, first);
    const status = await saver.flush();
    expect(status).toEqual({ error: '存储空间已满，请导出备份并删除不用的台账' });
    expect(statuses.at(-1)).toEqual(status);
    expect(saver.hasPending()).toBe(true);
    const stored = (await loadWorkbook(control.store, 'wb-1')).workbook!;
    expect(stored.tasks[0]?.owner).toBe('');
    expect(stored.updatedAt).toBe(saved.updatedAt);

    control.failWith = null;
    const second = setOwner(first.workbook, '3', '李四');
    saver.save(second.workbook, second);
    expect(await saver.flush()).toBe('saved');
    const after = (await loadWorkbook(control.store, 'wb-1')).workbook!;
    expect(after.tasks.map((t) => t.owner)).toEqual(['张三', '', '李四']);
  });

  it('never overwrites a newer value from another tab: reports the conflict instead', async () => {
    const { control, saved } = await setup();
    const conflicts: Conflict[] = [];
    const tabA = createSaver(control.store, () => {});
    const tabB = createSaver(control.store, () => {}, { onConflict: (_id, c) => conflicts.push(...c) });
    const a = setOwner(saved, '1', '甲（A窗口）');
    tabA.save(a.workbook, a);
    await tabA.flush();
    // Tab B still holds the workbook as loaded before A's edit.
    const b1 = setOwner(saved, '1', '乙（B窗口）');
    const b2 = setOwner(b1.workbook, '2', '乙');
    tabB.save(b2.workbook, { changedKeys: ['1', '2'] });
    expect(await tabB.flush()).toBe('saved');
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ key: '1', reason: 'newer', stored: { owner: '甲（A窗口）', rev: 2 } });
    const stored = (await loadWorkbook(control.store, 'wb-1')).workbook!;
    expect(stored.tasks.map((t) => t.owner)).toEqual(['甲（A窗口）', '乙', '']);

    // Once B adopts the stored task, its next edit is based on it and goes through.
    const adopted = { ...b2.workbook, tasks: [conflicts[0]!.stored!, ...b2.workbook.tasks.slice(1)] };
    const b3 = setOwner(adopted, '1', '乙改');
    tabB.save(b3.workbook, b3);
    await tabB.flush();
    expect(conflicts).toHaveLength(1);
    expect((await loadWorkbook(control.store, 'wb-1')).workbook!.tasks[0]?.owner).toBe('乙改');
  });

  it('writes metadata edits with their own compare-and-swap', async () => {
    const { control, saved, saver } = await setup();
    const renamed = applyOperation(saved, { type: 'setMeta', label: '重命名', name: '新名' }, NOW);
    saver.save(renamed.workbook, renamed);
    await saver.flush();
    const loaded = (await loadWorkbook(control.store, 'wb-1')).workbook!;
    expect(loaded.name).toBe('新名');
    expect(loaded.rev).toBe(2);

    const conflicts: Conflict[] = [];
    const stale = createSaver(control.store, () => {}, { onConflict: (_id, c) => conflicts.push(...c) });
    const other = applyOperation(saved, { type: 'setMeta', label: '重命名', name: '旧窗口的名字' }, NOW);
    stale.save(other.workbook, other);
    await stale.flush();
    expect(conflicts).toEqual([{ key: null, reason: 'newer', stored: null }]);
    expect((await loadWorkbook(control.store, 'wb-1')).workbook!.name).toBe('新名');
  });

  it('deletes the record of a task whose addition was undone', async () => {
    const { control, saved, saver } = await setup();
    const op: Operation = {
      type: 'revisePlan',
      label: '导入修订后的要点',
      plan: saved.plan,
      sections: saved.sections,
      groups: saved.groups,
      order: ['1', '2', '3', '4'],
      upsert: [task('4')],
      remove: [],
    };
    const added = applyOperation(saved, op, NOW);
    saver.save(added.workbook, added);
    await saver.flush();
    expect((await loadWorkbook(control.store, 'wb-1')).workbook!.tasks.map((t) => t.key)).toEqual(['1', '2', '3', '4']);
    const undone = applyOperation(added.workbook, added.inverse, NOW);
    saver.save(undone.workbook, undone);
    expect(await saver.flush()).toBe('saved');
    const loaded = await loadWorkbook(control.store, 'wb-1');
    expect(loaded.workbook!.tasks.map((t) => t.key)).toEqual(['1', '2', '3']);
    expect(loaded.problems).toEqual([]);
  });
});

describe('openStore', () => {
  it('says 浏览器不允许本地存储 when there is no IndexedDB', async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error -- simulating a browser without IndexedDB.
    delete globalThis.indexedDB;
    try {
      expect(await openStore('x')).toEqual({ error: '浏览器不允许本地存储（不支持 IndexedDB）' });
    } finally {
      globalThis.indexedDB = saved;
    }
  });

  it('opens a working store', async () => {
    const opened = await openStore('plan-ledger-open-test');
    expect('store' in opened).toBe(true);
  });

  it('writes only task records for a task edit; the list summary follows later, or at flush', async () => {
    const control = failingStore(freshStore());
    const saved = await saveWorkbook(control.store, workbook([task('1'), task('2')]));
    const saver = createSaver(control.store, () => undefined, { bookkeepingDelayMs: 60_000 });
    const edit = setOwner(saved, '1', '李四');
    const listedBefore = (await listWorkbooks(control.store))[0]!;
    saver.save(edit.workbook, edit);
    await vi.waitFor(() => expect(saver.status()).toBe('saved'));
    expect((await loadWorkbook(control.store, 'wb-1')).workbook!.tasks[0]!.owner).toBe('李四');
    expect((await listWorkbooks(control.store))[0]!.updatedAt).toBe(listedBefore.updatedAt);
    await saver.flush();
    expect((await listWorkbooks(control.store))[0]!.updatedAt).toBe(edit.workbook.updatedAt);
    saver.dispose();
  });
});
