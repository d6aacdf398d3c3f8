/** /api/events: the console's live stream (server-sent events) of what the bus carries. */

import { Hono, type MiddlewareHandler } from 'hono';
import type { SSEStreamingApi } from 'hono/streaming';
import { streamSSE } from 'hono/streaming';
import type { Kysely } from 'kysely';
import { can, type StaffRole } from '../../shared/staff/roles';
import type { Database } from '../db/schema';
import { type Clock, systemClock } from '../db/time';
import { toHelpEvent } from '../help/help.events';
import { lastHelpEventId, selectHelpEventsAfter } from '../help/help.repository';
import { callViewFor } from '../help/help.views';
import { sessionStillCurrent } from '../staff/login.service';
import { currentStaff, requirePermission, type StaffEnv } from '../staff/session.middleware';
import type { EventBus, ServerEvent, ServerEventType } from './bus';
import { endWhenRevoked, STREAM_CHECK_MS } from './stream-guard';

/** A comment line this often keeps proxies and the browser from calling an idle stream dead. */
export const HEARTBEAT_MS = 25_000;

/** How long a console waits before reconnecting after the stream drops (sent as `retry:`). */
export const RECONNECT_MS = 3_000;

/** Help events read from the log per query while catching a console up. */
const REPLAY_PAGE = 500;

/** The help event id a reconnecting console names (header, or ?lastEventId=); undefined if none. */
function lastEventIdOf(header: string | undefined, query: string | undefined): number | undefined {
  const value = header ?? query;
  // Only numbers this server sent: anything else is a fresh start, not an error.
  return value !== undefined && /^\d{1,15}$/.test(value) ? Number(value) : undefined;
}

// Each event's JSON, made once however many consoles are listening.
const dataOf = new WeakMap<ServerEvent, string>();
function jsonOf(event: ServerEvent): string {
  let data = dataOf.get(event);
  if (data === undefined) {
    data = JSON.stringify(
      event.type === 'help.call'
        ? event.call
        : event.type === 'help.request'
          ? event.request
          : event,
    );
    dataOf.set(event, data);
  }
  return data;
}

// Each call event without the member's contacts, made once for every console without
// members.contacts (so its JSON above is made once too).
const withoutContacts = new WeakMap<ServerEvent, ServerEvent>();

/**
 * The event as a console of `role` may receive it, or null when it may not have it at all:
 * service requests only for help.requests.manage (complaints only for
 * help.requests.complaints), calls for everyone who is rung, their contacts only for
 * members.contacts. The routes under /api/help apply the same permissions.
 */
export function eventFor(role: StaffRole, event: ServerEvent): ServerEvent | null {
  if (event.type === 'class.seat') return can(role, 'classes.present') ? event : null;
  if (event.type === 'help.request') {
    if (!can(role, 'help.requests.manage')) return null;
    if (event.request.complaint && !can(role, 'help.requests.complaints')) return null;
    return event;
  }
  if (event.type !== 'help.call') return event;
  if (!can(role, 'help.calls.alert')) return null;
  if (can(role, 'members.contacts') || !event.call.member) return event;
  let stripped = withoutContacts.get(event);
  if (!stripped) {
    stripped = { ...event, call: callViewFor(role, event.call) };
    withoutContacts.set(event, stripped);
  }
  return stripped;
}

/** Writes one bus event: help events with their `id:` and the view alone as data. */
function writeEvent(stream: SSEStreamingApi, event: ServerEvent): Promise<void> {
  if (event.type === 'help.call' || event.type === 'help.request')
    return stream.writeSSE({ event: event.type, id: String(event.eventId), data: jsonOf(event) });
  return stream.writeSSE({ event: event.type, data: jsonOf(event) });
}

/**
 * The routes under /api/events (any signed-in staff member). The stream opens with a `ready`
 * event once it is subscribed (the console re-reads /api/dashboard on it, so a reconnect never
 * misses what happened while it was away), then one SSE event per bus event, named by its type,
 * with the event as JSON data.
 *
 * Help events carry `id:`. A console reconnecting with Last-Event-ID (or ?lastEventId=) is sent
 * every help event after it from the database before anything live: the stream subscribes first
 * and holds live events back while it replays, then sends those it has not already sent, so
 * there is no gap and no duplicate. Without one, `ready` carries the newest id, so the browser's
 * next reconnect names it. What each console is sent depends on its role (`eventFor`).
 */
export function eventRoutes(
  events: EventBus,
  {
    heartbeatMs = HEARTBEAT_MS,
    checkMs = STREAM_CHECK_MS,
    db,
    clock = systemClock,
  }: { heartbeatMs?: number; checkMs?: number; db?: Kysely<Database>; clock?: Clock } = {},
) {
  return new Hono<StaffEnv>().get('/', requirePermission('dashboard.read'), (c) => {
    const staff = currentStaff(c);
    const { role } = staff;
    const complaints = can(role, 'help.requests.complaints');
    const after = lastEventIdOf(c.req.header('last-event-id'), c.req.query('lastEventId'));
    return streamSSE(c, async (stream) => {
      const closed = new Promise<void>((resolve) => stream.onAbort(resolve));
      let sentId = 0;
      let held: ServerEvent[] | null = [];
      const send = (event: ServerEvent) => {
        const allowed = eventFor(role, event);
        if (!allowed) return;
        if (allowed.type === 'help.call' || allowed.type === 'help.request') {
          if (allowed.eventId <= sentId) return;
          sentId = allowed.eventId;
        }
        // Not awaited: a slow console queues its own events and never holds up the publisher.
        void writeEvent(stream, allowed);
      };
      const unsubscribe = events.subscribe((event) => {
        if (held) held.push(event);
        else send(event);
      });
      const heartbeat = setInterval(() => void stream.write(': heartbeat\n\n'), heartbeatMs);
      // Signed out, disabled, given another role, or past its end: the stream goes too.
      const guard = db
        ? endWhenRevoked(stream, () => sessionStillCurrent(db, staff, clock()), {
            everyMs: checkMs,
            reason: 'session_ended',
          })
        : null;
      try {
        const head = db ? await lastHelpEventId(db) : 0;
        if (!db) await stream.writeSSE({ event: 'ready', data: '{}', retry: RECONNECT_MS });
        else if (after === undefined || after > head) {
          // A fresh start, or an id from another database (a restore): start from now.
          sentId = head;
          await stream.writeSSE({
            event: 'ready',
            data: '{}',
            id: String(sentId),
            retry: RECONNECT_MS,
          });
        } else {
          await stream.writeSSE({ event: 'ready', data: '{}', retry: RECONNECT_MS });
          sentId = after;
          for (;;) {
            const rows = await selectHelpEventsAfter(db, sentId, REPLAY_PAGE, complaints);
            for (const row of rows) send(toHelpEvent(row));
            if (rows.length < REPLAY_PAGE || stream.aborted) break;
          }
        }
        const waiting = held;
        held = null;
        for (const event of waiting) send(event);
        await (guard ? Promise.race([closed, guard.ended]) : closed);
      } finally {
        clearInterval(heartbeat);
        guard?.stop();
        unsubscribe();
      }
    });
  });
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
