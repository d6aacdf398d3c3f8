/**
 * /api/events (server-sent, dashboard.read): the console's live view. An event stream is a plain
 * EventSource, not a call, so its contract is its address and the schema of each event's data;
 * the console reads every event through these (checked in development, like a call's answer).
 */
import * as v from 'valibot';
import { ClassSeatSchema } from '../classes/presenter';
import { HelpCallViewSchema, ServiceRequestViewSchema } from '../help/api-types';

export const EVENTS_PATH = '/api/events';

/** A kiosk made a request: what it reports now (merged with what it reported before). */
export const KioskSeenSchema = v.object({
  kioskId: v.string(),
  lastSeenAt: v.string(),
  outboxLength: v.nullable(v.number()),
  lastError: v.nullable(v.string()),
});
export type KioskSeen = v.InferOutput<typeof KioskSeenSchema>;

/** A kiosk's push was answered: how many entries were accepted and refused. */
export const SyncPushedSchema = v.object({
  kioskId: v.string(),
  accepted: v.number(),
  rejected: v.number(),
});
export type SyncPushed = v.InferOutput<typeof SyncPushedSchema>;

/** The data of the events the console reads; `*.changed` and `ready` carry nothing it reads. */
export const ConsoleEvents = {
  'kiosk.seen': KioskSeenSchema,
  'sync.pushed': SyncPushedSchema,
  'help.call': HelpCallViewSchema,
  'help.request': ServiceRequestViewSchema,
  ready: v.unknown(),
  'kiosks.changed': v.unknown(),
  'members.changed': v.unknown(),
  /** A kiosk's seat in a class moved (classes.present only; no member in it). */
  'class.seat': v.object({ seat: ClassSeatSchema }),
  /** The server closes the stream: this session has ended (logout, disabled, a new role). */
  ended: v.object({ reason: v.string() }),
};
