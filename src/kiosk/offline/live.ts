/**
 * The kiosk's live stream: GET /api/sync/live (server-sent events, with the device token like the
 * pull) tells the kiosk the moment the server has news for it (`event: changed`), so a staff
 * member's "I'm coming" reaches the elder in a second rather than at the next minute's pull.
 * EventSource cannot send an Authorization header, so this reads the stream with fetch.
 *
 * The stream only nudges: each `changed` (and each new connection, to catch up on what happened
 * while it was down) triggers a pull, which fetches the news itself. A dropped stream reconnects
 * with back-off and jitter; no token (not enrolled) or a 401/403 waits the longest and tries again,
 * so a kiosk enrolled later needs no restart (`resume` to try at once).
 */
import { type ReadonlySignal, signal } from '@preact/signals';
import { backoffDelayMs } from './backoff';
import { browserTimers, type SyncTimers } from './sync-env';

/** Where the stream is served. */
export const SYNC_LIVE_PATH = '/api/sync/live';
/** The first reconnect waits up to this long… */
export const LIVE_BASE_MS = 1000;
/** …and none longer than this (the minute's pull still runs meanwhile). */
export const LIVE_CAP_MS = 60_000;
/** The server sends a heartbeat every 25 s: a stream silent this long is dead, whatever TCP says. */
export const LIVE_SILENCE_MS = 60_000;

/** One server-sent event, as the stream carries it. */
export interface LiveEvent {
  event: string;
  data: string;
  id?: string;
}

/**
 * Splits a server-sent event stream into events (the WHATWG rules the kiosk needs: `event:`,
 * `data:` lines joined by newlines, `id:`, comments and unknown fields ignored, CRLF or LF).
 */
export function createSseParser(onEvent: (event: LiveEvent) => void) {
  let buffer = '';
  let event = '';
  let data: string[] = [];
  let id: string | undefined;
  const dispatch = () => {
    if (data.length > 0 || event)
      onEvent({ event: event || 'message', data: data.join('\n'), ...(id ? { id } : {}) });
    event = '';
    data = [];
  };
  const line = (text: string) => {
    if (text === '') return dispatch();
    if (text.startsWith(':')) return;
    const colon = text.indexOf(':');
    const field = colon === -1 ? text : text.slice(0, colon);
    let value = colon === -1 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
    else if (field === 'id') id = value;
  };
  return {
    push(chunk: string) {
      buffer += chunk;
      for (;;) {
        const end = buffer.search(/\r\n|\r|\n/);
        if (end === -1) break;
        const newline = buffer.startsWith('\r\n', end) ? 2 : 1;
        // A lone \r at the very end may be half of \r\n: wait for the next chunk.
        if (buffer[end] === '\r' && newline === 1 && end === buffer.length - 1) break;
        line(buffer.slice(0, end));
        buffer = buffer.slice(end + newline);
      }
    },
  };
}

export type LiveState = 'stopped' | 'connecting' | 'open' | 'waiting';

export interface LiveOptions {
  /** The device token; null = not enrolled (nothing to connect as). */
  getToken: () => string | null | Promise<string | null>;
  /** The server has news: pull. */
  onChanged: () => void;
  /** Connected (again): pull, to catch up on anything missed while the stream was down. */
  onOpen?: () => void;
  url?: string;
  fetch?: typeof fetch;
  timers?: SyncTimers;
  random?: () => number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  silenceMs?: number;
}

export interface Live {
  start(): void;
  stop(): void;
  /** Try to connect now (after enrollment, or when the network came back). */
  resume(): void;
  readonly state: ReadonlySignal<LiveState>;
  /** Connection failures in a row; 0 once a stream opened. */
  readonly failures: ReadonlySignal<number>;
}

/** Create the live stream reader (not started). */
export function createLive(options: LiveOptions): Live {
  const timers = options.timers ?? browserTimers;
  const random = options.random ?? Math.random;
  const base = options.baseDelayMs ?? LIVE_BASE_MS;
  const cap = options.maxDelayMs ?? LIVE_CAP_MS;
  const silenceMs = options.silenceMs ?? LIVE_SILENCE_MS;
  let watchdog: unknown = null;
  const clearWatchdog = () => {
    if (watchdog !== null) timers.clearTimeout(watchdog);
    watchdog = null;
  };
  const state = signal<LiveState>('stopped');
  const failures = signal(0);
  let started = false;
  let timer: unknown = null;
  let controller: AbortController | null = null;
  /** Each connection's number: a stale one ending must not schedule a second reconnect. */
  let generation = 0;

  const clearTimer = () => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
  };

  function retry(ms: number) {
    if (!started) return;
    state.value = 'waiting';
    clearTimer();
    timer = timers.setTimeout(() => {
      timer = null;
      void connect();
    }, ms);
  }

  function failed(longest = false) {
    failures.value += 1;
    retry(longest ? cap : Math.max(1, backoffDelayMs(failures.value, random, base, cap)));
  }

  async function connect(): Promise<void> {
    if (!started) return;
    const mine = ++generation;
    controller?.abort();
    controller = new AbortController();
    state.value = 'connecting';
    let token: string | null;
    try {
      token = await options.getToken();
    } catch {
      token = null;
    }
    if (mine !== generation) return;
    if (!token) return failed(true);
    let response: Response;
    try {
      response = await (options.fetch ?? fetch)(options.url ?? SYNC_LIVE_PATH, {
        headers: { accept: 'text/event-stream', authorization: `Bearer ${token}` },
        signal: controller.signal,
        cache: 'no-store',
      });
    } catch {
      if (mine === generation) failed();
      return;
    }
    if (mine !== generation) return;
    if (!response.ok || !response.body) {
      void response.body?.cancel().catch(() => undefined);
      return failed(response.status === 401 || response.status === 403);
    }
    failures.value = 0;
    state.value = 'open';
    options.onOpen?.();
    const parser = createSseParser((e) => {
      if (e.event === 'changed') options.onChanged();
    });
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    const stream = controller;
    // Anything from the server (a heartbeat too) proves the stream alive; silence ends it.
    const alive = () => {
      clearWatchdog();
      watchdog = timers.setTimeout(() => stream.abort(), silenceMs);
    };
    alive();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done || mine !== generation) break;
        alive();
        parser.push(value);
      }
    } catch {
      // Dropped (server restart, network, silence): reconnect below.
    }
    if (mine === generation) {
      clearWatchdog();
      failed();
    }
  }

  return {
    start() {
      if (started) return;
      started = true;
      void connect();
    },
    stop() {
      started = false;
      generation++;
      clearTimer();
      clearWatchdog();
      controller?.abort();
      controller = null;
      state.value = 'stopped';
    },
    resume() {
      // peek(): called from effects, it must not subscribe them to the stream's own state (every
      // failed attempt would re-run the effect and reconnect at once, with no back-off).
      const now = state.peek();
      if (!started || now === 'open' || now === 'connecting') return;
      clearTimer();
      failures.value = 0;
      void connect();
    },
    state,
    failures,
  };
}
