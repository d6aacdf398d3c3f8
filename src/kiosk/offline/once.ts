/** Drops a repeat of the same call within a window: the second double-tap gets the first's answer. */

/** A gate keyed by the caller's name for the action (e.g. "meal.book:2026-11-24:card 1234"). */
export interface OnceGate<T> {
  run(key: string, action: () => Promise<T>): Promise<T>;
}

/** `run` calls `action` unless the same key ran less than `windowMs` ago (by `now`). */
export function createOnceGate<T>(windowMs: number, now: () => number): OnceGate<T> {
  const recent = new Map<string, { at: number; result: Promise<T> }>();
  return {
    run(key, action) {
      const at = now();
      for (const [k, seen] of recent) if (Math.abs(at - seen.at) >= windowMs) recent.delete(k);
      const seen = recent.get(key);
      if (seen) return seen.result;
      const result = action();
      recent.set(key, { at, result });
      // A failed first try must not swallow the elder's second tap.
      result.catch(() => {
        if (recent.get(key)?.result === result) recent.delete(key);
      });
      return result;
    },
  };
}
