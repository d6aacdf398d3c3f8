/**
 * GET /api/sync/live: the kiosk's live stream, so a kiosk pulls the moment something it keeps
 * changes (staff acknowledged its emergency call, a request was assigned) instead of waiting for
 * its pull timer.
 *
 * How a kiosk uses it (help-kiosk reads it with fetch, since EventSource cannot send headers):
 *
 *   const res = await fetch('/api/sync/live', { headers: { authorization: `Bearer ${token}` } });
 *   // 401 kiosk_not_enrolled / kiosk_revoked exactly as for POST /api/sync/pull.
 *   // Then text/event-stream: on every `event: changed` (data {"cursor": "<seq>"}) whose cursor
 *   // is past the kiosk's own, run a pull. Comment lines (": heartbeat") arrive every 25 s;
 *   // when none has come for a minute, or the stream ends, reconnect after a few seconds.
 *
 * The first `changed` is sent at once on connecting (with the feed's newest cursor), so a kiosk
 * that was disconnected catches up straight away. Changes are published inside transactions
 * all over the server; the notifier reads the feed's newest seq after anything happens on the
 * event bus (every answered push and console change says so there) and, while any kiosk is
 * listening, every few seconds besides, and tells every stream when it has moved.
 */
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { EventBus, EventDeps } from '../events/bus';
import { HEARTBEAT_MS, RECONNECT_MS } from '../events/events.routes';
import { endWhenRevoked, STREAM_CHECK_MS } from '../events/stream-guard';
import type { ApiDeps } from '../http/deps';
import { describeError, type Logger } from '../http/log';
import { currentKiosk, type KioskEnv, requireKiosk } from '../kiosks/kiosk.middleware';
import { kioskStillEnrolled } from '../kiosks/kiosks.service';
import { lastSeq } from './changes.repository';

/** While kiosks listen, the feed is also checked this often (changes made without a bus event). */
export const FEED_CHECK_MS = 5_000;

type CursorListener = (cursor: string) => void;

/** Tells listeners the feed's newest cursor whenever it moves. One per API. */
export class ChangeNotifier {
  readonly #listeners = new Set<CursorListener>();
  #last = -1;
  #checking: Promise<void> | null = null;
  #again = false;
  #timer: ReturnType<typeof setInterval> | undefined;
  #unsubscribe: (() => void) | undefined;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly events: EventBus,
    private readonly log: Logger,
    private readonly checkMs = FEED_CHECK_MS,
  ) {}

  /** Adds a listener (it is told the current cursor at once); returns the remover. */
  subscribe(listener: CursorListener): () => void {
    // Each listener hears each cursor once and only forwards: its first read and a check
    // running at the same moment may find the same seq.
    let told = -1;
    const entry: CursorListener = (cursor) => {
      if (Number(cursor) <= told) return;
      told = Number(cursor);
      listener(cursor);
    };
    this.#listeners.add(entry);
    if (this.#listeners.size === 1) this.#start();
    void lastSeq(this.db)
      .then((seq) => {
        if (this.#listeners.has(entry)) entry(String(Math.max(seq, this.#last)));
      })
      .catch((error: unknown) => this.#failed(error));
    return () => {
      this.#listeners.delete(entry);
      if (this.#listeners.size === 0) this.#stop();
    };
  }

  get listenerCount(): number {
    return this.#listeners.size;
  }

  /** Reads the feed's newest seq (coalescing calls that come while a read runs). */
  check(): Promise<void> {
    if (this.#checking) {
      this.#again = true;
      return this.#checking;
    }
    this.#checking = (async () => {
      try {
        do {
          this.#again = false;
          const seq = await lastSeq(this.db);
          if (seq > this.#last) {
            this.#last = seq;
            for (const listener of [...this.#listeners]) listener(String(seq));
          }
        } while (this.#again);
      } catch (error) {
        this.#failed(error);
      } finally {
        this.#checking = null;
      }
    })();
    return this.#checking;
  }

  #failed(error: unknown) {
    this.log({
      level: 'error',
      msg: 'kiosk live: cannot read the feed',
      error: describeError(error),
    });
  }

  #start() {
    // Kiosks report in on every request (kiosk.seen); that changes nothing they pull.
    this.#unsubscribe = this.events.observe((event) => {
      if (event.type !== 'kiosk.seen') void this.check();
    });
    this.#timer = setInterval(() => void this.check(), this.checkMs);
    this.#timer.unref();
  }

  #stop() {
    this.#unsubscribe?.();
    clearInterval(this.#timer);
  }
}

/** The route under /api/sync (mounted beside syncRoutes). */
export function liveRoutes(
  { db, clock, events }: ApiDeps & EventDeps,
  notifier: ChangeNotifier,
  { heartbeatMs = HEARTBEAT_MS, checkMs = STREAM_CHECK_MS } = {},
) {
  return new Hono<KioskEnv>().get('/live', requireKiosk(db, clock, events), (c) =>
    streamSSE(c, async (stream) => {
      const kiosk = currentKiosk(c);
      const closed = new Promise<void>((resolve) => stream.onAbort(resolve));
      // A revoked kiosk hears nothing more; its reconnect is refused with kiosk_revoked.
      const guard = endWhenRevoked(stream, () => kioskStillEnrolled(db, kiosk.id), {
        everyMs: checkMs,
        reason: 'kiosk_revoked',
      });
      await stream.writeSSE({ event: 'hello', data: '{}', retry: RECONNECT_MS });
      const unsubscribe = notifier.subscribe((cursor) => {
        void stream.writeSSE({ event: 'changed', data: JSON.stringify({ cursor }) });
      });
      const heartbeat = setInterval(() => void stream.write(': heartbeat\n\n'), heartbeatMs);
      try {
        await Promise.race([closed, guard.ended]);
      } finally {
        clearInterval(heartbeat);
        guard.stop();
        unsubscribe();
      }
    }),
  );
}
