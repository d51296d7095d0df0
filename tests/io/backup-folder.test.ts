/** The backup folder adapter against a fake directory handle (the real one: tests/browser/folder-backup.test.ts). */
import { describe, expect, it } from 'vitest';
import {
  folderAccess,
  folderErrorMessage,
  folderNames,
  isDirectoryHandle,
  pickFolder,
  readFolderFile,
  writeRollingBackup,
} from '../../src/io/backup-folder';
import { fakeFolder } from '../helpers/fake-folder';

const day = (d: number) => `plan-ledger-backup-202603${String(d).padStart(2, '0')}.json`;

describe('writeRollingBackup', () => {
  it('writes the day’s file, then removes its own files beyond the newest 7, nothing else', async () => {
    const old = Object.fromEntries([1, 2, 3, 4, 5, 6, 7, 8].map((d) => [day(d), `第${d}天`]));
    const folder = fakeFolder('备份', { ...old, 'notes.txt': '别动' });
    const { removed } = await writeRollingBackup(folder, day(9), '{"今天":1}', 7);
    expect(removed).toEqual([day(2), day(1)]);
    expect((await folderNames(folder)).sort()).toEqual([...[3, 4, 5, 6, 7, 8, 9].map(day), 'notes.txt'].sort());
    expect(await (await readFolderFile(folder, day(9))).text()).toBe('{"今天":1}');
    expect(folder.files.get('notes.txt')).toBe('别动');
  });

  it('rewrites the same day’s file, and a write that fails leaves the earlier copy whole', async () => {
    const folder = fakeFolder('备份', { [day(9)]: '上午的备份' });
    folder.failNextWrite = new DOMException('磁盘已满', 'QuotaExceededError');
    await expect(writeRollingBackup(folder, day(9), '下午的备份', 7)).rejects.toThrow('磁盘已满');
    expect(folder.files.get(day(9))).toBe('上午的备份');
    await writeRollingBackup(folder, day(9), '下午的备份', 7);
    expect(folder.files.get(day(9))).toBe('下午的备份');
  });
});

describe('folder access', () => {
  it('asks only when told to (a click), and reports what the browser answered', async () => {
    const folder = fakeFolder();
    folder.access = 'prompt';
    expect(await folderAccess(folder, false)).toBe('prompt');
    expect(await folderAccess(folder, true)).toBe('granted');
    const refused = fakeFolder();
    [refused.access, refused.answer] = ['prompt', 'denied'];
    expect(await folderAccess(refused, true)).toBe('denied');
    expect(
      await folderAccess({ ...fakeFolder(), queryPermission: () => Promise.reject(new Error('gone')) }, false),
    ).toBe('denied');
  });

  it('takes only a directory handle from storage', () => {
    expect(isDirectoryHandle(fakeFolder())).toBe(true);
    expect(isDirectoryHandle({ kind: 'file', name: 'x' })).toBe(false);
    expect(isDirectoryHandle(null)).toBe(false);
  });

  it('treats a cancelled picker as no choice', async () => {
    const win = { showDirectoryPicker: () => Promise.reject(new DOMException('cancelled', 'AbortError')) };
    expect(await pickFolder(win as unknown as Window)).toBeNull();
    const chosen = fakeFolder();
    expect(await pickFolder({ showDirectoryPicker: async () => chosen } as unknown as Window)).toBe(chosen);
  });

  it.each([
    ['NotAllowedError', '不再允许写入'],
    ['NotFoundError', '已被移动或删除'],
    ['QuotaExceededError', '磁盘空间已满'],
    ['NoModificationAllowedError', '正被其他程序占用'],
    ['TypeError', '写入文件夹出错'],
  ])('says what %s means', (name, words) => {
    expect(folderErrorMessage(new DOMException('x', name))).toContain(words);
  });
});
