/**
 * The IndexedDB edge. Every function in src/storage takes an idb-keyval `UseStore`, so tests pass
 * a fake-indexeddb store (or a wrapped one that fails) and the app passes `openStore()`.
 */
import { createStore, type UseStore } from 'idb-keyval';

export type { UseStore };

export const DB_NAME = 'plan-ledger';
export const STORE_NAME = 'records';

/** Why storage failed, in words for the banner. */
export function storageErrorMessage(error: unknown): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError') return '存储空间已满，请导出备份并删除不用的台账';
  if (name === 'SecurityError' || name === 'InvalidStateError') return '浏览器不允许本地存储（可能是无痕模式或被禁用）';
  if (name === 'UnavailableError') return '浏览器不允许本地存储';
  if (name === 'VersionError') return '本地数据由更新版本的要点台账创建，请更新后再打开';
  if (name === 'AbortError') return '保存被浏览器中止，请重试';
  const detail = error instanceof Error && error.message ? `：${error.message}` : '';
  return `本地存储出错${detail}`;
}

/** An error whose message is already the user's words. */
export class StorageError extends Error {
  override name = 'StorageError';
}

/**
 * The app's store, or an error saying why there is none. Opening is tried once here so a private
 * window or a browser with storage disabled shows a banner instead of failing on the first edit.
 */
export async function openStore(dbName = DB_NAME): Promise<{ store: UseStore } | { error: string }> {
  if (typeof indexedDB === 'undefined') return { error: '浏览器不允许本地存储（不支持 IndexedDB）' };
  try {
    const store = createStore(dbName, STORE_NAME);
    await store('readonly', (s) => s.count());
    return { store };
  } catch (error) {
    return { error: storageErrorMessage(error) };
  }
}

/**
 * Run `body` in one transaction and resolve with its result only when the transaction has
 * completed (committed), not when the last request succeeded: that is what makes 已保存 true.
 * An exception thrown by `body` or by a request callback aborts the whole transaction, so a
 * failed save never leaves half its records behind.
 */
export function transact<T>(
  store: UseStore,
  mode: IDBTransactionMode,
  body: (os: IDBObjectStore, fail: (error: unknown) => void) => () => T,
): Promise<T> {
  return store(mode, (os) => {
    const tx = os.transaction;
    let failure: unknown = null;
    const fail = (error: unknown): void => {
      failure ??= error;
      try {
        tx.abort();
      } catch {
        // Already finished or aborting: the first failure is what we report.
      }
    };
    let result: (() => T) | null = null;
    try {
      result = body(os, fail);
    } catch (error) {
      fail(error);
    }
    return new Promise<T>((resolve, reject) => {
      tx.oncomplete = () => (failure === null && result ? resolve(result()) : reject(failure));
      tx.onabort = tx.onerror = () => reject(failure ?? tx.error ?? new DOMException('事务中止', 'AbortError'));
    });
  });
}

/**
 * Read several keys, then call `then` with their values inside the same transaction. With
 * `firstKeyOnly`, the first key is only checked for existence (getKey: its value, which may be
 * large, is not read) and comes back as `true` or undefined.
 */
export function readKeys(
  os: IDBObjectStore,
  keys: readonly string[],
  fail: (error: unknown) => void,
  firstKeyOnly: boolean,
  then: (values: unknown[]) => void,
): void {
  const values: unknown[] = new Array<unknown>(keys.length);
  let left = keys.length;
  if (left === 0) return guarded(fail, () => then(values));
  keys.forEach((key, i) => {
    const existenceOnly = i === 0 && firstKeyOnly;
    const request: IDBRequest = existenceOnly ? os.getKey(key) : os.get(key);
    request.onsuccess = () => {
      values[i] = existenceOnly ? (request.result === undefined ? undefined : true) : request.result;
      if (--left === 0) guarded(fail, () => then(values));
    };
  });
}

/** Exceptions inside IndexedDB callbacks would be lost; turn them into an abort with a reason. */
export function guarded(fail: (error: unknown) => void, fn: () => void): void {
  try {
    fn();
  } catch (error) {
    fail(error);
  }
}

export function prefixRange(prefix: string): IDBKeyRange {
  return IDBKeyRange.bound(prefix, `${prefix}\uffff`);
}
