/** A directory handle in memory with the few members the app uses, for unit tests of the backup folder. */
import type { DirectoryHandleLike } from '../../src/io/backup-folder';

type Access = 'granted' | 'denied' | 'prompt';

export interface FakeFolder extends DirectoryHandleLike {
  files: Map<string, string>;
  access: Access;
  /** What requestPermission answers (a click on the browser's question). */
  answer: Access;
  /** Make the next write fail with this error, before anything reaches the file. */
  failNextWrite: Error | null;
}

export function fakeFolder(name = '备份', files: Record<string, string> = {}): FakeFolder {
  const folder: FakeFolder = {
    kind: 'directory',
    name,
    files: new Map(Object.entries(files)),
    access: 'granted',
    answer: 'granted',
    failNextWrite: null,
    async *keys() {
      yield* [...folder.files.keys()];
    },
    async getFileHandle(file, options) {
      if (!folder.files.has(file) && !options?.create) throw new DOMException(file, 'NotFoundError');
      return {
        getFile: async () => {
          const text = folder.files.get(file) ?? '';
          return { size: new TextEncoder().encode(text).length, text: async () => text };
        },
        // Like the real API: written to a swap file, in place only on close().
        createWritable: async () => {
          let swap = '';
          return {
            write: async (data: string) => {
              const error = folder.failNextWrite;
              folder.failNextWrite = null;
              if (error) throw error;
              swap += data;
            },
            close: async () => void folder.files.set(file, swap),
            abort: async () => undefined,
          };
        },
      };
    },
    async removeEntry(file) {
      folder.files.delete(file);
    },
    async queryPermission() {
      return folder.access;
    },
    async requestPermission() {
      if (folder.access === 'prompt') folder.access = folder.answer;
      return folder.access;
    },
  };
  return folder;
}
