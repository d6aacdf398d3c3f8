/** /api/events: the console's live stream (server-sent events) of what the bus carries. */
import { Hono, type MiddlewareHandler } from 'hono';
import { streamSSE } from 'hono/streaming';
import { requireRole, type StaffEnv } from '../staff/session.middleware';
import type { EventBus, ServerEventType } from './bus';

/** A comment line this often keeps proxies and the browser from calling an idle stream dead. */
export const HEARTBEAT_MS = 25_000;

/** How long a console waits before reconnecting after the stream drops (sent as `retry:`). */
export const RECONNECT_MS = 3_000;

/**
 * The routes under /api/events (any signed-in staff member). The stream opens with a `ready`
 * event once it is subscribed (the console re-reads /api/dashboard on it, so a reconnect never
 * misses what happened while it was away), then one SSE event per bus event, named by its type,
 * with the event as JSON data.
 */
export function eventRoutes(events: EventBus, { heartbeatMs = HEARTBEAT_MS } = {}) {
  return new Hono<StaffEnv>().get('/', requireRole(), (c) =>
    streamSSE(c, async (stream) => {
      const closed = new Promise<void>((resolve) => stream.onAbort(resolve));
      const unsubscribe = events.subscribe((event) => {
        // Not awaited: a slow console queues its own events and never holds up the publisher.
        void stream.writeSSE({ event: event.type, data: JSON.stringify(event) });
      });
      const heartbeat = setInterval(() => void stream.write(': heartbeat\n\n'), heartbeatMs);
      try {
        await stream.writeSSE({ event: 'ready', data: '{}', retry: RECONNECT_MS });
        await closed;
      } finally {
        clearInterval(heartbeat);
        unsubscribe();
      }
    }),
  );
}

/**
 * Middleware: after a change request (not GET/HEAD) that succeeded, publishes `type`. For routes
 * owned elsewhere (members) whose services do not know the bus; `skip` leaves out requests that
 * changed nothing (a dry run).
 */
export function publishAfterChange(
  events: EventBus,
  type: Extract<ServerEventType, `${string}.changed`>,
  skip: (url: URL) => boolean = () => false,
): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const method = c.req.method;
    if (method === 'GET' || method === 'HEAD' || !c.res.ok) return;
    if (skip(new URL(c.req.url))) return;
    events.publish({ type });
  };
}
