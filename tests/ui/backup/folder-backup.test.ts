// @vitest-environment happy-dom
/**
 * The 自动备份到文件夹 controller with a memory store and a fake directory handle: when it
 * writes, what it writes, how it asks again for access and recovers from a failed write, and what
 * it offers at a start without workbooks. The real API: tests/browser/folder-backup.test.ts.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { autoBackupName } from '../../../src/core/workbook/auto-backup';
import { createBackup, parseBackup } from '../../../src/core/workbook/backup';
import type { Workbook } from '../../../src/core/workbook/types';
import { collectBackup } from '../../../src/storage/backup';
import { createMemoryStore } from '../../../src/storage/memory-store';
import { FolderBackup } from '../../../src/ui/backup/folder-backup';
import { createNotices } from '../../../src/ui/shell/notices';
import type { ActionContext } from '../../../src/ui/shell/run-action';
import type { Library } from '../../../src/ui/store/library';
import { task, workbook } from '../../core/workbook/builders';
import { fakeFolder, type FakeFolder } from '../../helpers/fake-folder';

const TODAY = '2026-03-02';
const FILE = autoBackupName(TODAY);
const own = workbook([task('1'), task('2')], { id: 'wb-1', name: '本单位台账' });
const sample = workbook([task('1')], { id: 'sample', sample: true });

type PickerWindow = { showDirectoryPicker?: () => Promise<unknown> };

async function setup(folder: FakeFolder | null, workbooks: Workbook[] = [own, sample], picked = folder) {
  (window as unknown as PickerWindow).showDirectoryPicker = async () => picked;
  const store = createMemoryStore();
  await store.saveWorkbooks(workbooks);
  if (folder) await store.saveBackupFolder({ handle: folder, lastWrittenAt: null, lastFile: null });
  document.body.replaceChildren();
  const notices = createNotices(document);
  document.body.append(notices.el);
  const library = {
    store,
    flush: async () => undefined,
    backupSet: () => collectBackup(store),
    markBackedUp: async () => void (await store.updateAppMeta({ lastBackupAt: new Date().toISOString() })),
    list: () => store.list(),
  } as unknown as Library;
  const backup = await FolderBackup.start({ doc: document, notices, library, today: () => TODAY });
  const context = { doc: document, notices, library, app: {}, today: () => TODAY } as unknown as ActionContext;
  if (backup) backup.context = context;
  return { backup: backup!, store, context };
}

const banner = (id: string) => document.querySelector<HTMLElement>(`[data-banner="${id}"]`);
const button = (within: HTMLElement | null, label: string) =>
  [...(within?.querySelectorAll('button') ?? [])].find((b) => b.textContent === label)!;
const edits = (backup: FolderBackup, n: number) => {
  for (let i = 0; i < n; i++) backup.noteEdit();
};
/** Let the write's promises run (the memory store and the fake folder never wait on a timer). */
const settle = () => new Promise((ok) => setTimeout(ok, 0));

afterEach(() => {
  vi.useRealTimers();
  delete (window as unknown as PickerWindow).showDirectoryPicker;
});

describe('自动备份到文件夹', () => {
  it('is not offered where the browser cannot pick a folder (Firefox, Safari)', async () => {
    const library = { store: createMemoryStore() } as unknown as Library;
    const deps = { doc: document, notices: createNotices(document), library, today: () => TODAY };
    expect(await FolderBackup.start(deps)).toBeNull();
  });

  it('writes after 20 edits, not before: today’s file with every workbook, and the backup time', async () => {
    const folder = fakeFolder();
    const { backup, store } = await setup(folder);
    expect(backup.button.textContent).toBe('自动备份：备份');
    edits(backup, 19);
    await settle();
    expect(folder.files.size).toBe(0);
    edits(backup, 1);
    await vi.waitFor(() => expect(folder.files.has(FILE)).toBe(true));
    const parsed = parseBackup(folder.files.get(FILE)!);
    expect(parsed.workbooks.map((w) => w.id).sort()).toEqual(['sample', 'wb-1']);
    expect((await store.loadAppMeta()).lastBackupAt).not.toBeNull();
    expect(await store.loadBackupFolder()).toMatchObject({ handle: folder, lastFile: FILE });
    expect(backup.button.title).toContain(FILE);
  });

  it('writes 3 minutes after a single edit', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const folder = fakeFolder();
    const { backup } = await setup(folder);
    backup.noteEdit();
    await vi.advanceTimersByTimeAsync(179_000);
    expect(folder.files.size).toBe(0);
    await vi.advanceTimersByTimeAsync(2_000);
    await vi.waitFor(() => expect(folder.files.has(FILE)).toBe(true));
  });

  it('asks again for access with a banner, and a click on it resumes', async () => {
    const folder = fakeFolder();
    folder.access = 'prompt';
    const { backup } = await setup(folder);
    edits(backup, 20);
    await vi.waitFor(() => expect(banner('folder-access')?.textContent).toContain('需要您再次允许访问'));
    expect(folder.files.size).toBe(0);
    button(banner('folder-access'), '继续自动备份').click();
    await vi.waitFor(() => expect(folder.files.has(FILE)).toBe(true));
    expect(banner('folder-access')).toBeNull();
  });

  it('shows a failed write with 重试, does not retry on every edit, and keeps the edits for the next try', async () => {
    const folder = fakeFolder();
    folder.failNextWrite = new DOMException('磁盘已满', 'QuotaExceededError');
    const { backup } = await setup(folder);
    edits(backup, 20);
    await vi.waitFor(() => expect(banner('folder-error')?.textContent).toContain('磁盘空间已满'));
    edits(backup, 25);
    await settle();
    expect(folder.files.size).toBe(0);
    button(banner('folder-error'), '重试').click();
    await vi.waitFor(() => expect(folder.files.has(FILE)).toBe(true));
    expect(banner('folder-error')).toBeNull();
  });

  it('never writes a library of only the sample over real backups', async () => {
    const folder = fakeFolder('备份', { [FILE]: '上午的真备份' });
    const { backup } = await setup(folder, [sample]);
    expect(await backup.writeNow()).toBe(false);
    expect(folder.files.get(FILE)).toBe('上午的真备份');
  });

  it('picks a folder, writes at once and says so', async () => {
    const folder = fakeFolder('新文件夹');
    const { backup, store } = await setup(null, [own], folder);
    await backup.open();
    expect(folder.files.has(FILE)).toBe(true);
    expect((await store.loadBackupFolder())?.handle).toBe(folder);
    expect(document.querySelector('.toast')?.textContent).toContain('已开启自动备份到文件夹“新文件夹”');
  });

  it('offers the backup of a folder just picked in a browser with nothing of its own (data wiped)', async () => {
    const old = JSON.stringify(createBackup([own], '2026-03-01T08:00:00.000Z'));
    const folder = fakeFolder('旧文件夹', { 'plan-ledger-backup-20260301.json': old });
    const { backup } = await setup(null, [sample], folder);
    const opened = backup.open();
    // The restore question is up, and nothing was written over the folder's backup.
    await vi.waitFor(() =>
      expect(document.querySelector('dialog.restore-dialog')?.textContent).toContain('将新增 1 个台账'),
    );
    button(document.querySelector('dialog.restore-dialog'), '取消').click();
    await opened;
    expect(folder.files.has(FILE)).toBe(false);
  });

  it.each([
    ['granted', '本机还没有台账，自动备份文件夹“备份”中有 2026-03-01 的备份，可以从中恢复。'],
    ['prompt', '本机还没有台账，自动备份文件夹“备份”中可能有以前的备份，可以从中恢复。'],
  ] as const)('offers the folder’s newest backup at a start without workbooks (access %s)', async (access, text) => {
    const folder = fakeFolder('备份', {
      'plan-ledger-backup-20260228.json': '{}',
      'plan-ledger-backup-20260301.json': '{}',
    });
    folder.access = access;
    const { backup, context } = await setup(folder, []);
    await backup.offerRestore(context);
    expect(banner('folder-restore')?.querySelector('span')?.textContent).toBe(text);
    expect(button(banner('folder-restore'), '从备份文件夹恢复')).toBeDefined();
  });
});
