/**
 * Escalation: an emergency call nobody acknowledges within help.json's escalateAfterSeconds is
 * marked escalated (the console turns red, the kiosk tells the elder the number to ring) and sent
 * to the centre's webhook — the duty phone / SMS gateway / 96xxx hotline adapter — as a signed
 * HTTP POST, retried with back-off until it is answered with 2xx, the call is acknowledged or
 * closed, or the tries run out. Every attempt is logged.
 *
 * The watcher keeps one timer per open call: started from the calls in the database when the
 * server starts (so a restart loses none), and from each `help.call` event afterwards.
 *
 * The receiver checks `X-Nuanxin-Signature: sha256=<hex>` = HMAC-SHA256(secret, timestamp + "."
 * + body) with `X-Nuanxin-Timestamp` (Unix seconds), and should refuse old timestamps (replays).
 */
import { createHmac } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { EscalationOutcome, HelpCallView } from '../../shared/help/api-types';
import type { CentreConfigReader } from '../config/centre-config';
import type { Database } from '../db/schema';
import type { Clock } from '../db/time';
import type { EventBus } from '../events/bus';
import { describeError, type Logger } from '../http/log';
import { escalationTries, selectOpenCalls } from './escalation.repository';
import { escalateCall, recordEscalationTry } from './escalation.service';
import type { HelpEventFeed } from './help.events';
import { loadCallView } from './help.views';

/** Used when the centre has no help.json. */
export const DEFAULT_ESCALATE_AFTER_SECONDS = 60;

/** The waits between tries: 8 tries over about 34 minutes. */
export const RETRY_DELAYS_MS: readonly number[] = [
  5_000, 15_000, 45_000, 120_000, 300_000, 600_000, 900_000,
];

/** How long one try may take before it counts as failed. */
const ATTEMPT_TIMEOUT_MS = 10_000;

/** Timers the watcher schedules with; tests pass ones they fire by hand. */
export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

/** Real timers that never keep the process alive on their own. */
export const realTimers: Timers = {
  set(callback, ms) {
    const handle = setTimeout(callback, Math.max(0, ms));
    handle.unref();
    return handle;
  },
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** The webhook and how to reach it (main.ts reads NUANXIN_ESCALATION_URL / _SECRET). */
export interface EscalationOptions {
  url?: string | undefined;
  secret?: string | undefined;
  /** Default: the global fetch. */
  fetch?: typeof fetch;
  timers?: Timers;
  retryDelaysMs?: readonly number[];
}

/** The JSON the webhook receives. */
export interface EscalationPayload {
  callId: string;
  centre: { name: string | null; dutyPhone: string | null };
  kiosk: { id: string; name: string | null; location: string | null };
  member: {
    name: string;
    phone: string | null;
    address: string | null;
    emergencyContact: { name: string | null; phone: string | null; relation: string | null } | null;
  } | null;
  pressedAt: string;
  receivedAt: string;
  escalatedAt: string;
}

/** The signature header's value for `body` sent at `timestamp`. */
export function signEscalation(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export function escalationPayload(
  call: HelpCallView,
  centre: CentreConfigReader | undefined,
): EscalationPayload {
  const config = centre?.();
  const m = call.member;
  return {
    callId: call.id,
    centre: {
      name: config?.centre.name['zh-Hans'] ?? null,
      dutyPhone:
        config?.help?.emergency.escalationPhone ??
        config?.centre.phones.find((p) => p.kind === 'duty')?.number ??
        null,
    },
    kiosk: { id: call.kioskId, name: call.kioskName, location: call.kioskLocation },
    member: m && {
      name: m.name,
      phone: m.phone,
      address: m.address,
      emergencyContact:
        m.emergencyName === null && m.emergencyPhone === null
          ? null
          : { name: m.emergencyName, phone: m.emergencyPhone, relation: m.emergencyRelation },
    },
    pressedAt: call.pressedAt,
    receivedAt: call.receivedAt,
    escalatedAt: call.escalatedAt ?? call.receivedAt,
  };
}

/** What a failed fetch came to: the abort of our own timeout, or no connection at all. */
function failureOutcome(cause: unknown): EscalationOutcome {
  // fetch rejects with the signal's reason, a DOMException named TimeoutError.
  const name = typeof cause === 'object' && cause !== null && 'name' in cause ? cause.name : null;
  return name === 'TimeoutError' ? 'timeout' : 'unreachable';
}

/** Why a try failed, in one line, for the log: fetch's message says only "fetch failed", its cause why. */
function failureText(cause: unknown): string {
  if (!(cause instanceof Error)) return String(cause).slice(0, 500);
  const inner = cause.cause instanceof Error ? `: ${cause.cause.message}` : '';
  return `${cause.message}${inner}`.slice(0, 500);
}

export interface WatcherDeps {
  db: Kysely<Database>;
  clock: Clock;
  log: Logger;
  events: EventBus;
  feed: HelpEventFeed;
  centre?: CentreConfigReader | undefined;
  options?: EscalationOptions | undefined;
}

/** One pending timer per call: the escalation itself, or the next webhook try. */
export class EscalationWatcher {
  readonly #timers = new Map<string, unknown>();
  readonly #work = new Set<Promise<void>>();
  readonly #t: Timers;
  readonly #delays: readonly number[];
  #unsubscribe: (() => void) | undefined;
  #stopped = false;

  constructor(private readonly deps: WatcherDeps) {
    this.#t = deps.options?.timers ?? realTimers;
    this.#delays = deps.options?.retryDelaysMs ?? RETRY_DELAYS_MS;
  }

  /** Picks up the open calls in the database, then follows help.call events. */
  start(): void {
    this.#unsubscribe = this.deps.events.observe((event) => {
      if (event.type === 'help.call') this.#follow(event.call);
    });
    this.#track(this.#recover());
  }

  /** Cancels every timer; work in flight finishes but starts nothing new. */
  stop(): void {
    this.#stopped = true;
    this.#unsubscribe?.();
    for (const handle of this.#timers.values()) this.#t.clear(handle);
    this.#timers.clear();
  }

  /** Resolves once no escalation or webhook try is running (tests wait on it). */
  async settled(): Promise<void> {
    while (this.#work.size > 0) await Promise.allSettled([...this.#work]);
  }

  /** How many calls have a timer waiting (for tests and the log). */
  get pending(): number {
    return this.#timers.size;
  }

  #track(work: Promise<void>): void {
    const guarded = work.catch((error: unknown) =>
      this.deps.log({ level: 'error', msg: 'escalation failed', error: describeError(error) }),
    );
    this.#work.add(guarded);
    void guarded.finally(() => this.#work.delete(guarded));
  }

  #schedule(callId: string, ms: number, job: () => Promise<void>): void {
    if (this.#stopped) return;
    const old = this.#timers.get(callId);
    if (old !== undefined) this.#t.clear(old);
    const handle = this.#t.set(() => {
      if (this.#timers.get(callId) !== handle) return;
      this.#timers.delete(callId);
      this.#track(job());
    }, ms);
    this.#timers.set(callId, handle);
  }

  #cancel(callId: string): void {
    const handle = this.#timers.get(callId);
    if (handle === undefined) return;
    this.#t.clear(handle);
    this.#timers.delete(callId);
  }

  #escalateAfterMs(): number {
    const seconds =
      this.deps.centre?.()?.help?.emergency.escalateAfterSeconds ?? DEFAULT_ESCALATE_AFTER_SECONDS;
    return seconds * 1000;
  }

  /**
   * A call changed: time its escalation if it is an open emergency not yet escalated, else stop
   * timing. A call for staff is never escalated: it is not urgent, and the duty line is not for it.
   */
  #follow(call: HelpCallView): void {
    if (call.status !== 'open' || call.kind !== 'emergency') {
      this.#cancel(call.id);
      return;
    }
    if (call.escalatedAt !== null || this.#timers.has(call.id)) return;
    const due = Date.parse(call.receivedAt) + this.#escalateAfterMs();
    this.#schedule(call.id, due - this.deps.clock().getTime(), () => this.#escalate(call.id));
  }

  async #recover(): Promise<void> {
    const open = await selectOpenCalls(this.deps.db);
    for (const call of open) {
      if (call.escalated_at === null) {
        const due = Date.parse(call.received_at) + this.#escalateAfterMs();
        this.#schedule(call.id, due - this.deps.clock().getTime(), () => this.#escalate(call.id));
        continue;
      }
      // Escalated before the restart: carry on with the tries, unless one was answered.
      const tries = await escalationTries(this.deps.db, call.id);
      const answered = tries.some((t) => t.outcome === 'delivered');
      const last = tries.at(-1);
      if (answered || !this.deps.options?.url) continue;
      if (!last) {
        this.#schedule(call.id, 0, () => this.#attempt(call.id, 1));
        continue;
      }
      const attempt = Number(last.attempt);
      const wait = this.#delays[attempt - 1];
      if (wait === undefined) continue;
      const due = Date.parse(last.at) + wait;
      this.#schedule(call.id, due - this.deps.clock().getTime(), () =>
        this.#attempt(call.id, attempt + 1),
      );
    }
  }

  async #escalate(callId: string): Promise<void> {
    const { db, clock, feed, log } = this.deps;
    const escalated = await escalateCall(db, callId, clock(), Boolean(this.deps.options?.url));
    if (!escalated) return;
    await feed.pump();
    if (!this.deps.options?.url) {
      log({
        level: 'warn',
        msg: 'help call escalated, but no escalation webhook is set (NUANXIN_ESCALATION_URL)',
        callId,
      });
      return;
    }
    await this.#attempt(callId, 1);
  }

  /** One try of the webhook; schedules the next on failure while the call is still open. */
  async #attempt(callId: string, attempt: number): Promise<void> {
    const { db, clock, log } = this.deps;
    const options = this.deps.options ?? {};
    const call = await loadCallView(db, callId);
    if (call?.status !== 'open' || !options.url) return;
    const body = JSON.stringify(escalationPayload(call, this.deps.centre));
    const at = clock();
    const timestamp = String(Math.floor(at.getTime() / 1000));
    let httpStatus: number | null = null;
    let outcome: EscalationOutcome = 'delivered';
    let error: string | null = null;
    try {
      const res = await (options.fetch ?? fetch)(options.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-nuanxin-timestamp': timestamp,
          'x-nuanxin-signature': signEscalation(options.secret ?? '', timestamp, body),
        },
        body,
        signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS),
      });
      httpStatus = res.status;
      await res.body?.cancel();
      if (!res.ok) {
        outcome = 'http-error';
        error = `the receiver answered HTTP ${res.status}`;
      }
    } catch (cause) {
      outcome = failureOutcome(cause);
      error = failureText(cause);
    }
    await recordEscalationTry(db, { callId, attempt, at, outcome, httpStatus, error });
    await this.deps.feed.pump();
    if (outcome === 'delivered') {
      log({ level: 'info', msg: 'help call escalated by webhook', callId, attempt });
      return;
    }
    log({ level: 'warn', msg: 'escalation webhook try failed', callId, attempt, outcome, error });
    const wait = this.#delays[attempt - 1];
    if (wait !== undefined) this.#schedule(callId, wait, () => this.#attempt(callId, attempt + 1));
  }
}
