import { readFileSync } from 'node:fs';
import { entries, get, set, setMany } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../src/core/workbook/backup';
import { exportBackup } from '../../src/storage/backup';
import { createIdbStore } from '../../src/storage/idb-store';
import { createBroadcast, type ChangeMessage } from '../../src/storage/broadcast';
import { formatBytes, requestPersistence, storageEstimate } from '../../src/storage/persistence';
import { loadAppMeta, loadUiState, saveUiState } from '../../src/storage/ui-state';
import { deleteWorkbook, duplicateWorkbook, renameWorkbook, undeleteWorkbook } from '../../src/storage/workbook-admin';
import { listWorkbooks, loadWorkbook } from '../../src/storage/workbook-read';
import { saveWorkbook } from '../../src/storage/workbook-write';
import { task, workbook } from '../core/workbook/builders';
import { periodPercent } from '../../src/core/workbook/period-values';
import { freshStore } from './helpers';

const wb = workbook([task('1', { percent: 40, deadline: '2021-06-30' }), task('2')]);

describe('stored fixture of version 1', () => {
  it('loads, skipping and reporting the damaged task record', async () => {
    const store = freshStore();
    const records = JSON.parse(readFileSync(new URL('../fixtures/stored/records-v1.json', import.meta.url), 'utf8'));
    await setMany(Object.entries(records), store);
    const loaded = await loadWorkbook(store, 'wb-rec');
    expect(loaded.workbook?.tasks.map((t) => t.key)).toEqual(['1', '2']);
    expect(loaded.problems.map((p) => p.code)).toEqual(['damaged-task', 'missing-task']);
    // Reading never rewrites: the damaged record is still there for a better program.
    expect(await get('task/wb-rec/3', store)).toEqual(records['task/wb-rec/3']);
    expect(await listWorkbooks(store)).toMatchObject([{ id: 'wb-rec', taskCount: 2, completion: 0.5 }]);
    expect(await loadUiState(store, 'wb-rec')).toEqual({ period: '半年', columnWidths: { owner: 80 } });
    expect((await loadAppMeta(store)).lastBackupAt).toBe('2021-03-30T10:00:00.000Z');
  });

  it('refuses to open or replace a workbook written by a newer version, and leaves it untouched', async () => {
    const store = freshStore();
    const future = { type: 'plan-ledger-workbook-meta', version: 2, rev: 1, workbook: { id: 'wb-1', taskKeys: [] } };
    await set('wb/wb-1', future, store);
    const loaded = await loadWorkbook(store, 'wb-1');
    expect(loaded.workbook).toBeNull();
    expect(loaded.newer).toBe(true);
    await expect(saveWorkbook(store, wb)).rejects.toThrow(/更新版本/);
    expect(await entries(store)).toEqual([['wb/wb-1', future]]);
  });
});

describe('delete, rename, duplicate', () => {
  it('deletes a workbook with its tasks and UI state, and can put it back exactly', async () => {
    const store = freshStore();
    await saveWorkbook(store, wb);
    await saveWorkbook(store, { ...wb, id: 'other' });
    await saveUiState(store, 'wb-1', { period: '全年' });
    const before = await entries(store);
    const deleted = await deleteWorkbook(store, 'wb-1');
    expect(deleted.records.map(([k]) => k).sort()).toEqual(['task/wb-1/1', 'task/wb-1/2', 'ui/wb-1', 'wb/wb-1']);
    expect((await entries(store)).map(([k]) => k).sort()).toEqual(['task/other/1', 'task/other/2', 'wb/other']);
    await undeleteWorkbook(store, deleted);
    expect((await entries(store)).sort()).toEqual(before.sort());
  });

  it('renames from the list', async () => {
    const store = freshStore();
    await saveWorkbook(store, wb);
    await renameWorkbook(store, 'wb-1', ' 新名字 ', '2021-05-01T00:00:00.000Z');
    const loaded = (await loadWorkbook(store, 'wb-1')).workbook!;
    expect([loaded.name, loaded.rev, loaded.updatedAt]).toEqual(['新名字', 2, '2021-05-01T00:00:00.000Z']);
    await expect(renameWorkbook(store, 'nope', 'x', '')).rejects.toThrow(/找不到/);
  });

  it("duplicates next year's workbook from this year's", async () => {
    const store = freshStore();
    await saveWorkbook(store, wb);
    const copy = await duplicateWorkbook(store, 'wb-1', {
      id: 'wb-2022',
      year: 2022,
      keepProgress: false,
      now: '2022-01-03T00:00:00.000Z',
    });
    expect(copy.workbook?.name).toBe('2022年湖里区民政工作要点');
    const loaded = (await loadWorkbook(store, 'wb-2022')).workbook!;
    expect(loaded.tasks.map((t) => [t.deadline, periodPercent(t)])).toEqual([
      ['2022-06-30', null],
      ['2022-12-31', null],
    ]);
    expect((await listWorkbooks(store)).map((s) => s.id).sort()).toEqual(['wb-1', 'wb-2022']);
  });
});

describe('backup through storage', () => {
  it('exports every workbook and restores them into an empty browser', async () => {
    const store = freshStore();
    await saveWorkbook(store, wb);
    await saveUiState(store, 'wb-1', { period: '全年' });
    const { backup, problems } = await exportBackup(createIdbStore(store), '2021-06-02T00:00:00.000Z');
    expect(problems).toEqual([]);
    await createIdbStore(store).updateAppMeta({ lastBackupAt: '2021-06-02T00:00:00.000Z' });
    expect((await loadAppMeta(store)).lastBackupAt).toBe('2021-06-02T00:00:00.000Z');

    const other = freshStore();
    const parsed = parseBackup(JSON.stringify(backup));
    await createIdbStore(other).saveWorkbooks(parsed.workbooks);
    const restored = (await loadWorkbook(other, 'wb-1')).workbook!;
    expect({ ...restored, rev: undefined, tasks: restored.tasks.map((t) => ({ ...t, rev: undefined })) }).toEqual({
      ...wb,
      rev: undefined,
      tasks: wb.tasks.map((t) => ({ ...t, rev: undefined })),
    });
    // UI state is not the document: not in the backup.
    expect(await loadUiState(other, 'wb-1')).toBeNull();
  });
});

describe('UI state', () => {
  it('is kept apart and reads unknown or newer data as nothing', async () => {
    const store = freshStore();
    expect(await loadUiState(store, 'wb-1')).toBeNull();
    await saveUiState(store, 'wb-1', { period: '半年' });
    expect(await loadUiState(store, 'wb-1')).toEqual({ period: '半年' });
    await set('ui/wb-1', { type: 'plan-ledger-ui-state', version: 8, state: { x: 1 } }, store);
    expect(await loadUiState(store, 'wb-1')).toBeNull();
    expect(await loadAppMeta(store)).toEqual({ lastBackupAt: null, persistRequestedAt: null });
  });
});

describe('broadcast', () => {
  it('tells another tab which records changed, and ignores foreign messages', async () => {
    const a = createBroadcast('plan-ledger-test');
    const b = createBroadcast('plan-ledger-test');
    const raw = new BroadcastChannel('plan-ledger-test');
    const received: ChangeMessage[] = [];
    const arrived = new Promise<void>((resolve) =>
      b.subscribe((m) => {
        received.push(m);
        resolve();
      }),
    );
    raw.postMessage({ type: 'something-else', workbookId: 'x' });
    a.announce({ workbookId: 'wb-1', keys: ['1', '2'], meta: false, updatedAt: '2021-04-01T00:00:00.000Z' });
    await arrived;
    expect(received).toEqual([
      { workbookId: 'wb-1', keys: ['1', '2'], meta: false, updatedAt: '2021-04-01T00:00:00.000Z' },
    ]);
    a.close();
    b.close();
    raw.close();
  });
});

describe('persistence', () => {
  it('asks for persistence once granted or not, and is false without the API', async () => {
    let asked = 0;
    const manager = { persisted: async () => false, persist: async () => (asked++, true) };
    expect(await requestPersistence(manager)).toBe(true);
    expect(asked).toBe(1);
    expect(await requestPersistence({ persisted: async () => true, persist: async () => (asked++, true) })).toBe(true);
    expect(asked).toBe(1);
    expect(await requestPersistence(null)).toBe(false);
    expect(await requestPersistence({ persist: () => Promise.reject(new Error('no')) })).toBe(false);
  });

  it('estimates usage where it can', async () => {
    const manager = { persisted: async () => true, estimate: async () => ({ usage: 1536, quota: 2 * 1024 ** 3 }) };
    expect(await storageEstimate(manager)).toEqual({ usage: 1536, quota: 2147483648, persisted: true });
    expect(await storageEstimate(null)).toEqual({ usage: null, quota: null, persisted: null });
    expect([formatBytes(1536), formatBytes(2147483648), formatBytes(12), formatBytes(null)]).toEqual([
      '1.5 KB',
      '2.0 GB',
      '12 B',
      '未知',
    ]);
  });
});
