/** A push with a deadline: a request that never answers must not hold the single flight forever. */
import type { PushRequest } from '../../shared/sync/push';
import type { PushFn } from './http-push';
import type { SyncTimers } from './sync-env';

/** The push had no answer in time. Its outcome is unknown; resending is safe (by id). */
export class PushTimeout extends Error {
  constructor(ms: number) {
    super(`no answer within ${Math.round(ms / 1000)} s`);
    this.name = 'PushTimeout';
  }
}

/** `push(request)`, aborted and rejected with `PushTimeout` after `timeoutMs`. */
export function pushWithDeadline(
  push: PushFn,
  request: PushRequest,
  timers: SyncTimers,
  timeoutMs: number,
): Promise<unknown> {
  const controller = new AbortController();
  return new Promise((resolve, reject) => {
    const deadline = timers.setTimeout(() => {
      controller.abort();
      reject(new PushTimeout(timeoutMs));
    }, timeoutMs);
    push(request, { signal: controller.signal }).then(
      (body) => {
        timers.clearTimeout(deadline);
        resolve(body);
      },
      (error: unknown) => {
        timers.clearTimeout(deadline);
        reject(error);
      },
    );
  });
}
