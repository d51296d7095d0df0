import { describe, expect, it } from 'vitest';
import { entries, get, set } from 'idb-keyval';
import { ENVELOPE_TYPES } from '../../src/core/versions';
import { listWorkbooks, loadTasks, loadWorkbook, loadWorkbookHead } from '../../src/storage/workbook-read';
import { saveTasks, saveWorkbook, saveWorkbooks } from '../../src/storage/workbook-write';
import { indicator, task, workbook } from '../core/workbook/builders';
import { freshStore } from './helpers';

const wb = workbook([
  task('1', { percent: 50, indicators: [indicator(10)] }),
  task('2', { status: '已完成' }),
  task('3', { status: '不涉及' }),
]);

describe('saveWorkbook / loadWorkbook', () => {
  it('stores one metadata record and one record per task, and reads them back', async () => {
    const store = freshStore();
    const saved = await saveWorkbook(store, wb);
    const keys = (await entries(store)).map(([k]) => k).sort();
    expect(keys).toEqual(['task/wb-1/1', 'task/wb-1/2', 'task/wb-1/3', 'wb/wb-1']);
    expect(saved.rev).toBe(1);
    expect(saved.tasks.map((t) => t.rev)).toEqual([1, 1, 1]);
    const loaded = await loadWorkbook(store, 'wb-1');
    expect(loaded.problems).toEqual([]);
    expect(loaded.workbook).toEqual(saved);
  });

  it('removes task records the new version no longer has and bumps revs', async () => {
    const store = freshStore();
    await saveWorkbook(store, wb);
    const again = await saveWorkbook(store, { ...wb, tasks: wb.tasks.slice(0, 2) });
    expect(again.tasks.map((t) => t.rev)).toEqual([2, 2]);
    expect(again.rev).toBe(2);
    expect(await get('task/wb-1/3', store)).toBeUndefined();
  });

  it('saves several workbooks in one transaction', async () => {
    const store = freshStore();
    await saveWorkbooks(store, [wb, { ...wb, id: 'wb-2', name: '第二本' }]);
    expect((await listWorkbooks(store)).map((s) => s.id).sort()).toEqual(['wb-1', 'wb-2']);
  });

  it('says when a workbook is not there', async () => {
    const loaded = await loadWorkbook(freshStore(), 'nope');
    expect(loaded.workbook).toBeNull();
    expect(loaded.problems[0]?.code).toBe('not-found');
  });
});

describe('listWorkbooks', () => {
  it('lists summaries from the metadata records, newest first', async () => {
    const store = freshStore();
    await saveWorkbook(store, wb);
    await saveWorkbook(store, { ...wb, id: 'wb-2', name: '新的', updatedAt: '2021-06-01T00:00:00.000Z', sample: true });
    const list = await listWorkbooks(store);
    expect(list.map((s) => s.id)).toEqual(['wb-2', 'wb-1']);
    // Three tasks in the plan; the rate counts 1 and 2 (3 is 不涉及). Task 1: percent 50%,
    // indicator without actual → 0.5; task 2 已完成 → 1. Mean (0.5 + 1) / 2 = 0.75.
    expect(list[1]).toEqual({
      id: 'wb-1',
      name: '2021年湖里区民政工作要点',
      unit: '殿前街道',
      year: 2021,
      updatedAt: '2021-01-05T08:00:00.000Z',
      sample: false,
      taskCount: 3,
      completion: 0.75,
    });
    expect(list[0]?.sample).toBe(true);
  });

  it('marks a workbook from a newer version instead of hiding it', async () => {
    const store = freshStore();
    await set('wb/future', { type: ENVELOPE_TYPES.workbookMeta, version: 99, workbook: { name: '未来' } }, store);
    const [row] = await listWorkbooks(store);
    expect(row?.name).toBe('未来');
    expect(row?.problem).toMatch(/更新版本/);
  });
});

describe('saveTasks', () => {
  it('writes only the given tasks, in one transaction, with a compare-and-swap on rev', async () => {
    const store = freshStore();
    const saved = await saveWorkbook(store, wb);
    const edited = { ...saved.tasks[0]!, owner: '张三' };
    const next = { ...saved, tasks: [edited, ...saved.tasks.slice(1)], updatedAt: '2021-04-01T00:00:00.000Z' };
    const result = await saveTasks(store, 'wb-1', [{ key: '1', task: edited, baseRev: 1 }], {
      workbook: next,
      summary: { taskCount: 2, completion: 0.75 },
      baseRev: null,
    });
    expect(result.conflicts).toEqual([]);
    expect(result.revs).toEqual(new Map([['1', 2]]));
    expect(result.metaRev).toBeNull();
    const loaded = (await loadWorkbook(store, 'wb-1')).workbook!;
    expect(loaded.tasks.map((t) => [t.owner, t.rev])).toEqual([
      ['张三', 2],
      ['', 1],
      ['', 1],
    ]);
    // The metadata keeps its rev; only updatedAt moved.
    expect(loaded.rev).toBe(1);
    expect(loaded.updatedAt).toBe('2021-04-01T00:00:00.000Z');

    const stale = await saveTasks(store, 'wb-1', [{ key: '1', task: { ...edited, owner: '李四' }, baseRev: 1 }], {
      workbook: next,
      summary: { taskCount: 2, completion: 0.75 },
      baseRev: null,
    });
    expect(stale.conflicts).toHaveLength(1);
    expect(stale.conflicts[0]).toMatchObject({ key: '1', reason: 'newer', stored: { owner: '张三', rev: 2 } });
    expect((await loadTasks(store, 'wb-1', ['1'])).tasks[0]?.owner).toBe('张三');
  });

  it('writes nothing for a workbook deleted meanwhile', async () => {
    const store = freshStore();
    const result = await saveTasks(store, 'gone', [{ key: '1', task: task('1'), baseRev: 0 }], {
      workbook: { ...wb, id: 'gone' },
      summary: { taskCount: 1, completion: null },
      baseRev: null,
    });
    expect(result.conflicts).toEqual([{ key: null, reason: 'deleted', stored: null }]);
    expect(await entries(store)).toEqual([]);
  });
});

describe('loadTasks', () => {
  it('reads some tasks as stored now and names the missing ones', async () => {
    const store = freshStore();
    await saveWorkbook(store, wb);
    const loaded = await loadTasks(store, 'wb-1', ['2', '9']);
    expect(loaded.tasks.map((t) => t.key)).toEqual(['2']);
    expect(loaded.missing).toEqual(['9']);
    expect(loaded.problems).toEqual([]);
  });
});

describe('loadWorkbookHead', () => {
  // Stored in one order, listed in another: the head is the workbook's first tasks, not the first keys.
  const listed = workbook([task('3'), task('1'), task('2', { owner: '李四' }), task('4')]);

  it('reads the metadata and the first tasks in the workbook order, with the whole count', async () => {
    const store = freshStore();
    const saved = await saveWorkbook(store, listed);
    const head = await loadWorkbookHead(store, 'wb-1', 3);
    expect(head?.total).toBe(4);
    expect(head?.workbook.tasks.map((t) => t.key)).toEqual(['3', '1', '2']);
    expect(head?.workbook.tasks[2]).toEqual(saved.tasks[2]);
    expect({ ...head?.workbook, tasks: [] }).toEqual({ ...saved, tasks: [] });
  });

  it('is null for a missing workbook and one from a newer version', async () => {
    const store = freshStore();
    expect(await loadWorkbookHead(store, 'nope', 3)).toBeNull();
    await saveWorkbook(store, listed);
    const meta = (await get('wb/wb-1', store)) as Record<string, unknown>;
    await set('wb/wb-1', { ...meta, version: 999 }, store);
    expect(await loadWorkbookHead(store, 'wb-1', 3)).toBeNull();
  });

  it('leaves out a damaged first task, which the full read then reports', async () => {
    const store = freshStore();
    await saveWorkbook(store, listed);
    await set('task/wb-1/1', 'garbage', store);
    expect((await loadWorkbookHead(store, 'wb-1', 3))?.workbook.tasks.map((t) => t.key)).toEqual(['3', '2']);
    expect((await loadWorkbook(store, 'wb-1')).problems.map((p) => p.code)).toContain('damaged-task');
  });
});
