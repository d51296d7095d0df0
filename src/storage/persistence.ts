/**
 * navigator.storage wrappers. Without persistence Chrome may evict the data under pressure and
 * Safari deletes it after 7 days without a visit, so the app asks once, on the first real edit,
 * and shows the answer and the usage. Guarded: both APIs are missing in some browsers.
 */

export interface StorageEstimate {
  /** Bytes used by this origin, null when the browser does not say. */
  usage: number | null;
  quota: number | null;
  /** Whether the browser promised not to evict; null when it cannot tell. */
  persisted: boolean | null;
}

type StorageManagerLike = Partial<Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>>;

function manager(): StorageManagerLike | null {
  return typeof navigator !== 'undefined' && navigator.storage ? navigator.storage : null;
}

/** Ask for persistent storage; false when refused, unsupported or failing. */
export async function requestPersistence(storage: StorageManagerLike | null = manager()): Promise<boolean> {
  try {
    if (!storage?.persist) return false;
    if (storage.persisted && (await storage.persisted())) return true;
    return await storage.persist();
  } catch {
    return false;
  }
}

export async function storageEstimate(storage: StorageManagerLike | null = manager()): Promise<StorageEstimate> {
  const result: StorageEstimate = { usage: null, quota: null, persisted: null };
  try {
    if (storage?.persisted) result.persisted = await storage.persisted();
    if (storage?.estimate) {
      const estimate = await storage.estimate();
      result.usage = estimate.usage ?? null;
      result.quota = estimate.quota ?? null;
    }
  } catch {
    // An estimate is informational: a failure leaves the unknown parts null.
  }
  return result;
}

/** `12.3 MB / 2.0 GB` for the status bar. */
export function formatBytes(bytes: number | null): string {
  if (bytes === null) return '未知';
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}
