/**
 * State that is not the document: filters, column widths, selected period (per workbook), and the
 * app's own bookkeeping (last backup). Stored under `ui/…` and `app`, never exported or backed up.
 */
import { promisifyRequest } from 'idb-keyval';
import { isRecord } from '../core/workbook/coerce';
import { readEnvelope } from '../core/workbook/envelope';
import { ENVELOPE_TYPES, VERSIONS } from '../core/versions';
import { transact, type UseStore } from './db';

export const uiKey = (scope: string): string => `ui/${scope}`;
export const APP_KEY = 'app';

/** UI state is disposable: anything unreadable (or from a newer version) reads as null. */
export async function loadUiState<T extends object>(store: UseStore, scope: string): Promise<Partial<T> | null> {
  const value = await store('readonly', (os) => promisifyRequest(os.get(uiKey(scope))));
  const check = readEnvelope(value, 'uiState', '界面设置');
  return check.ok && isRecord(check.body.state) ? (check.body.state as Partial<T>) : null;
}

export function saveUiState(store: UseStore, scope: string, state: object): Promise<void> {
  return transact(store, 'readwrite', (os) => {
    os.put({ type: ENVELOPE_TYPES.uiState, version: VERSIONS.uiState, state }, uiKey(scope));
    return () => undefined;
  });
}

export interface AppMeta {
  /** ISO timestamp of the last backup download, null when never. */
  lastBackupAt: string | null;
  /** When persistent storage was last asked for, so it is asked once. */
  persistRequestedAt: string | null;
}

export async function loadAppMeta(store: UseStore): Promise<AppMeta> {
  const value = await store('readonly', (os) => promisifyRequest(os.get(APP_KEY)));
  const check = readEnvelope(value, 'appMeta', '应用设置');
  const body = check.ok ? check.body : {};
  return {
    lastBackupAt: typeof body.lastBackupAt === 'string' ? body.lastBackupAt : null,
    persistRequestedAt: typeof body.persistRequestedAt === 'string' ? body.persistRequestedAt : null,
  };
}

export async function updateAppMeta(store: UseStore, patch: Partial<AppMeta>): Promise<AppMeta> {
  const next = { ...(await loadAppMeta(store)), ...patch };
  await transact(store, 'readwrite', (os) => {
    os.put({ type: ENVELOPE_TYPES.appMeta, version: VERSIONS.appMeta, ...next }, APP_KEY);
    return () => undefined;
  });
  return next;
}
