/**
 * A push or pull with a deadline: a request that never answers must not hold the loop's single
 * flight forever.
 */
import type { SyncTimers } from './sync-env';
import type { SyncCall } from './transport';

/** The request had no answer in time. Its outcome is unknown; resending is safe (by id). */
export class PushTimeout extends Error {
  constructor(ms: number) {
    super(`no answer within ${Math.round(ms / 1000)} s`);
    this.name = 'PushTimeout';
  }
}

/** `call(request)`, aborted and rejected with `PushTimeout` after `timeoutMs`. */
export function withDeadline<Request, Answer>(
  call: SyncCall<Request, Answer>,
  request: Request,
  timers: SyncTimers,
  timeoutMs: number,
): Promise<Answer> {
  const controller = new AbortController();
  return new Promise((resolve, reject) => {
    const deadline = timers.setTimeout(() => {
      controller.abort();
      reject(new PushTimeout(timeoutMs));
    }, timeoutMs);
    call(request, { signal: controller.signal }).then(
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
