/**
 * The one-round-trip save: it commits when every stored rev is the one the edit was based on, and
 * otherwise leaves the store exactly as it was (the puts issued behind the reads are undone).
 */
import { describe, expect, it } from 'vitest';
import { entries } from 'idb-keyval';
import { saveTasksOptimistic } from '../../src/storage/optimistic-write';
import { loadTasks } from '../../src/storage/workbook-read';
import { saveTasks, saveWorkbook } from '../../src/storage/workbook-write';
import { deleteWorkbook } from '../../src/storage/workbook-admin';
import { task, workbook } from '../core/workbook/builders';
import { freshStore } from './helpers';

const wb = workbook([task('1'), task('2')], { id: 'wb-1' });

describe('saveTasksOptimistic', () => {
  it('writes the records with base rev + 1 when nothing changed meanwhile', async () => {
    const store = freshStore();
    const saved = await saveWorkbook(store, wb);
    const result = await saveTasksOptimistic(store, 'wb-1', [
      { key: '1', task: { ...saved.tasks[0]!, owner: '张三' }, baseRev: 1 },
    ]);
    expect(result?.revs).toEqual(new Map([['1', 2]]));
    expect((await loadTasks(store, 'wb-1', ['1'])).tasks[0]).toMatchObject({ owner: '张三', rev: 2 });
  });

  it('writes none of an edit when one record is newer, and the ordinary save then reports it', async () => {
    const store = freshStore();
    const saved = await saveWorkbook(store, wb);
    // Another tab wrote task 2 (rev 2).
    await saveTasksOptimistic(store, 'wb-1', [
      { key: '2', task: { ...saved.tasks[1]!, owner: '别的标签页' }, baseRev: 1 },
    ]);
    const before = await entries(store);
    const writes = [
      { key: '1', task: { ...saved.tasks[0]!, owner: '张三' }, baseRev: 1 },
      { key: '2', task: { ...saved.tasks[1]!, owner: '李四' }, baseRev: 1 },
    ];
    expect(await saveTasksOptimistic(store, 'wb-1', writes)).toBeNull();
    expect(await entries(store)).toEqual(before);

    const result = await saveTasks(store, 'wb-1', writes, { workbook: wb, summary: null, baseRev: null });
    expect(result.conflicts).toMatchObject([{ key: '2', reason: 'newer', stored: { owner: '别的标签页' } }]);
    const tasks = (await loadTasks(store, 'wb-1', ['1', '2'])).tasks;
    expect(tasks.map((t) => t.owner)).toEqual(['张三', '别的标签页']);
  });

  it('writes nothing for a workbook that is gone', async () => {
    const store = freshStore();
    expect(await saveTasksOptimistic(store, 'gone', [{ key: '1', task: task('1'), baseRev: 0 }])).toBeNull();
    expect(await entries(store)).toEqual([]);
  });
});

describe('saveTasksOptimistic after a workbook was deleted', () => {
  it('finds its tasks gone with it and writes nothing', async () => {
    const store = freshStore();
    const saved = await saveWorkbook(store, wb);
    await deleteWorkbook(store, 'wb-1');
    const edit = [{ key: '1', task: { ...saved.tasks[0]!, owner: '张三' }, baseRev: 1 }];
    expect(await saveTasksOptimistic(store, 'wb-1', edit)).toBeNull();
    expect(await entries(store)).toEqual([]);
  });
});
