/** A set of callbacks told about one kind of change: how the client modules let each other follow state. */
export interface Listeners<T> {
  /** Adds a callback; the returned function removes it (an onMount cleanup, for instance). */
  add(fn: (value: T) => void): () => void;
  emit(value: T): void;
}

export function listeners<T = void>(): Listeners<T> {
  const set = new Set<(value: T) => void>();
  return {
    add(fn) {
      set.add(fn);
      return () => void set.delete(fn);
    },
    emit(value) {
      // A copy: a callback may unsubscribe itself or another while the set is being walked.
      for (const fn of [...set]) fn(value);
    },
  };
}
