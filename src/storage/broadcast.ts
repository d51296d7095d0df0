/**
 * Telling other tabs what was saved. Only keys travel, never data: the receiving tab rereads the
 * records from IndexedDB (loadTasks), which is the single source of truth. Messages are versioned
 * envelopes like everything else, checked on arrival.
 */
import { readEnvelope } from '../core/workbook/envelope';
import { ENVELOPE_TYPES, VERSIONS } from '../core/versions';

export const CHANNEL_NAME = 'plan-ledger';

export interface ChangeMessage {
  workbookId: string;
  /** Task keys whose records changed. */
  keys: string[];
  /** The workbook's own record (name, plan, order) changed. */
  meta: boolean;
  /** The workbook was deleted (or restored from a backup: then reload it whole). */
  deleted?: boolean;
  updatedAt: string;
}

export interface Broadcast {
  announce(message: ChangeMessage): void;
  /** Returns the unsubscribe function. */
  subscribe(listener: (message: ChangeMessage) => void): () => void;
  close(): void;
}

function toChangeMessage(data: unknown): ChangeMessage | null {
  const check = readEnvelope(data, 'change', '通知');
  if (!check.ok) return null;
  const { workbookId, keys, meta, deleted, updatedAt } = check.body;
  if (typeof workbookId !== 'string' || !Array.isArray(keys) || typeof updatedAt !== 'string') return null;
  const message: ChangeMessage = { workbookId, keys: keys.map(String), meta: meta === true, updatedAt };
  if (deleted === true) message.deleted = true;
  return message;
}

/** A channel between tabs; a silent no-op where BroadcastChannel does not exist. */
export function createBroadcast(name = CHANNEL_NAME): Broadcast {
  if (typeof BroadcastChannel === 'undefined') {
    return { announce: () => {}, subscribe: () => () => {}, close: () => {} };
  }
  const channel = new BroadcastChannel(name);
  const listeners = new Set<(message: ChangeMessage) => void>();
  channel.onmessage = (event: MessageEvent) => {
    const message = toChangeMessage(event.data);
    if (message) for (const listener of listeners) listener(message);
  };
  return {
    announce(message) {
      channel.postMessage({ type: ENVELOPE_TYPES.change, version: VERSIONS.change, ...message });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      listeners.clear();
      channel.close();
    },
  };
}
