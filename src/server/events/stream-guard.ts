/**
 * An open stream ends with the right that opened it. A console's `/api/events` carries members'
 * phones and emergency contacts, and a kiosk's live stream says when its data changed: after a
 * staff member signs out, is disabled or changes role, or a kiosk is revoked, the stream must not
 * go on (issue #11 finding 5). The right is looked up again every few seconds rather than told by
 * whoever revokes it, because some revocations happen outside this process (`npm run staff --
 * disable`, another server on the same PostgreSQL, the clock passing a session's end).
 */
import type { SSEStreamingApi } from 'hono/streaming';

/** How often an open stream checks that whoever opened it may still have it. */
export const STREAM_CHECK_MS = 5_000;

/**
 * Resolves once `stillAllowed` answers false, after telling the client with an `ended` event
 * (data `{reason}`); the route then returns and the stream closes. A check that throws (the
 * database busy for a moment) is tried again next time: a stream is not cut for the server's own
 * trouble. `stop()` ends the checking when the stream closes for another reason.
 */
export function endWhenRevoked(
  stream: SSEStreamingApi,
  stillAllowed: () => Promise<boolean>,
  { everyMs, reason }: { everyMs: number; reason: string },
): { ended: Promise<void>; stop: () => void } {
  let timer: ReturnType<typeof setInterval> | undefined;
  let checking = false;
  const ended = new Promise<void>((resolve) => {
    timer = setInterval(async () => {
      if (checking || stream.aborted || stream.closed) return;
      checking = true;
      try {
        if (await stillAllowed()) return;
        clearInterval(timer);
        await stream.writeSSE({ event: 'ended', data: JSON.stringify({ reason }) });
        resolve();
      } catch {
        // Checked again at the next tick.
      } finally {
        checking = false;
      }
    }, everyMs);
    timer.unref?.();
  });
  return { ended, stop: () => clearInterval(timer) };
}
