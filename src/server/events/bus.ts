/**
 * The in-process event bus behind the console's live view: small facts ("this kiosk was seen",
 * "a push was answered") published by the routes that cause them, fanned out to every open
 * /api/events stream. No dependency and no storage: an event nobody hears is gone, and a console
 * that reconnects re-reads /api/dashboard instead. (Help events are the exception: they are
 * logged in the database first, so a reconnecting console is sent each one it missed.)
 *
 * One centre runs one server process, so memory is enough. A city platform with several
 * processes behind a balancer would carry these over PostgreSQL LISTEN/NOTIFY instead (each
 * process LISTENs and re-publishes locally); that is not built.
 */

import type { ClassSeat } from '../../shared/classes/presenter';
import type { HelpCallView, ServiceRequestView } from '../../shared/help/api-types';

/** A kiosk made a request: what it reports now (merged with what it reported before). */
export interface KioskSeenEvent {
  type: 'kiosk.seen';
  kioskId: string;
  lastSeenAt: string;
  outboxLength: number | null;
  lastError: string | null;
}

/** A kiosk's push was answered: how many entries were accepted and refused. */
export interface SyncPushedEvent {
  type: 'sync.pushed';
  kioskId: string;
  accepted: number;
  rejected: number;
}

/**
 * A help call or request changed (help/help.events.ts). Logged in the database before it is
 * published, numbered by `eventId`, which /api/events sends as the SSE `id:` for catching up.
 */
export type HelpEvent =
  | { type: 'help.call'; eventId: number; call: HelpCallView }
  | { type: 'help.request'; eventId: number; request: ServiceRequestView };

/** Every event the bus carries. `*.changed` say only that a list is worth reading again. */
export type ServerEvent =
  | KioskSeenEvent
  | SyncPushedEvent
  | HelpEvent
  | { type: 'members.changed' }
  /** A kiosk in class mode moved on, or its volunteer light changed (classes/presenter.*). */
  | { type: 'class.seat'; seat: ClassSeat }
  | { type: 'kiosks.changed' }
  /** A config version was published or restored: the history and the current config changed. */
  | { type: 'config.changed' };

export type ServerEventType = ServerEvent['type'];

export type EventListener = (event: ServerEvent) => void;

/** Publish/subscribe for one process. Listeners run synchronously and must not block. */
export class EventBus {
  readonly #listeners = new Set<EventListener>();
  readonly #observers = new Set<EventListener>();

  /** @param onListenerError told when a listener throws (the others still get the event). */
  constructor(private readonly onListenerError: (error: unknown) => void = () => {}) {}

  /** Adds a listener; call the returned function to remove it. */
  subscribe(listener: EventListener): () => void {
    // A wrapper per subscription, so the same function subscribed twice unsubscribes one at a time.
    const entry: EventListener = (event) => listener(event);
    this.#listeners.add(entry);
    return () => {
      this.#listeners.delete(entry);
    };
  }

  /**
   * Adds a server-internal observer (the help event feed, the escalation watcher): told every
   * event like a listener, for the life of the API, and not counted in `listenerCount`, which
   * stays the number of open streams.
   */
  observe(listener: EventListener): () => void {
    const entry: EventListener = (event) => listener(event);
    this.#observers.add(entry);
    return () => {
      this.#observers.delete(entry);
    };
  }

  /** Hands `event` to every listener subscribed now. */
  publish(event: ServerEvent): void {
    for (const listener of [...this.#observers, ...this.#listeners]) {
      try {
        listener(event);
      } catch (error) {
        // One broken stream must not keep the event from the other consoles.
        this.onListenerError(error);
      }
    }
  }

  /** How many listeners are subscribed (the tests check that a closed stream leaves none). */
  get listenerCount(): number {
    return this.#listeners.size;
  }
}

/** What routes that publish are given besides ApiDeps. */
export interface EventDeps {
  events: EventBus;
}
