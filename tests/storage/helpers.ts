/** Fresh fake-indexeddb stores per test, and stores that fail on purpose. */
import 'fake-indexeddb/auto';
import { createStore, type UseStore } from 'idb-keyval';

let counter = 0;

export function freshStore(): UseStore {
  counter += 1;
  return createStore(`plan-ledger-test-${counter}-${Date.now()}`, 'records');
}

export interface FailingStore {
  store: UseStore;
  /** While set, every put throws this DOMException name. */
  failWith: string | null;
  /** Transactions opened, by mode. */
  opened: { readonly: number; readwrite: number };
}

/** Wraps a store so puts can be made to fail the way a full disk makes them fail. */
export function failingStore(base: UseStore): FailingStore {
  const control: FailingStore = { store: base, failWith: null, opened: { readonly: 0, readwrite: 0 } };
  control.store = (mode, callback) =>
    base(mode, (os) => {
      control.opened[mode === 'readwrite' ? 'readwrite' : 'readonly'] += 1;
      if (control.failWith === null) return callback(os);
      const name = control.failWith;
      const put = os.put.bind(os);
      // An own property shadows the prototype method for this transaction's store object only.
      Object.defineProperty(os, 'put', {
        configurable: true,
        value: (...args: Parameters<IDBObjectStore['put']>) => {
          put(...args);
          throw new DOMException('simulated', name);
        },
      });
      return callback(os);
    });
  return control;
}
