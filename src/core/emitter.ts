/**
 * The smallest observable: listeners subscribe and are told of every change, in order. A model
 * emits, views listen; nothing here knows the DOM (in the spirit of tweakpane's Emitter/Value).
 */
export interface Emitter<T> {
  emit(event: T): void;
  /** Returns the unsubscribe function. */
  subscribe(listener: (event: T) => void): () => void;
}

export function createEmitter<T>(): Emitter<T> {
  const listeners = new Set<(event: T) => void>();
  return {
    emit(event) {
      for (const listener of [...listeners]) listener(event);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

/** A value that says when it changes (the selected period, a filter). */
export interface Value<T> {
  get(): T;
  set(next: T): void;
  subscribe(listener: (value: T) => void): () => void;
}

export function createValue<T>(initial: T): Value<T> {
  let value = initial;
  const changes = createEmitter<T>();
  return {
    get: () => value,
    set(next) {
      if (Object.is(next, value)) return;
      value = next;
      changes.emit(value);
    },
    subscribe: changes.subscribe,
  };
}
