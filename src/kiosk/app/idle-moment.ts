/**
 * The browser's next idle moment, for work that must not meet an elder's touch or hold up a
 * screen: the flows' preload (main.tsx) and the config's full check (config-load.ts).
 */

/** Resolves in the next idle moment, at most `timeoutMs` from now (soon, without idle callbacks). */
export function idleMoment(timeoutMs = 10_000): Promise<void> {
  const idle = (globalThis as { requestIdleCallback?: (cb: () => void, o?: object) => void })
    .requestIdleCallback;
  if (!idle) return nextTask();
  return new Promise((resolve) => idle(() => resolve(), { timeout: timeoutMs }));
}

/**
 * A new task: the browser may paint or take a touch between the work before and after. Used to
 * keep the kiosk's start in tasks short enough not to hold a touch (each under 50 ms on a slow box).
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
