/**
 * The console's live view: /api/dashboard for the first paint and after every (re)connect, then
 * kept current by the server's event stream (/api/events). No polling: the only timer ages
 * "online" on screen (a kiosk that goes quiet sends no event) and never calls the server.
 */
import { batch, computed, signal } from '@preact/signals';
import type * as v from 'valibot';
import type { ClassSeat } from '../../shared/classes/presenter';
import { type Dashboard, DashboardApi } from '../../shared/dashboard/api';
import {
  ConsoleEvents,
  EVENTS_PATH,
  type KioskSeen,
  type SyncPushed,
} from '../../shared/events/api';
import { call, checked } from '../api/client';
import { checkSession, me } from '../app/session';
import { applyCall, applyRequest, clearHelpCalls, refreshActiveCalls } from '../help/help-live';

export const dashboard = signal<Dashboard | null>(null);
export const dashboardError = signal<unknown>(null);
/** 'open' while events arrive; 'reconnecting' after the stream dropped. */
export const streamState = signal<'connecting' | 'open' | 'reconnecting'>('connecting');
/** The latest push any kiosk made, for the dashboard's one-line news. */
export const lastPush = signal<(SyncPushed & { kioskName: string }) | null>(null);
/** The latest `kiosk.seen` of each kiosk, so lists fetched earlier show it too. */
export const seen = signal<Record<string, KioskSeen>>({});
/** Bumped on `members.changed` / `kiosks.changed`: pages showing those lists read them again. */
export const membersVersion = signal(0);
export const kiosksVersion = signal(0);
/** The latest `class.seat` (a kiosk in class mode moved): the presenter screen lays it over its seats. */
export const classSeat = signal<ClassSeat | null>(null);

/** The browser's clock, ticking; with the server's offset it says which kiosks are online. */
export const now = signal(Date.now());
const serverOffsetMs = signal(0);
/** The server's clock, as well as this browser can tell it. */
export const serverNow = computed(() => now.value + serverOffsetMs.value);
const AGE_TICK_MS = 15_000;
/** After the stream is refused (not a network drop, which EventSource retries itself). */
const RESTART_MS = 5_000;

/** A kiosk's fields with its latest `kiosk.seen` laid over, when that is newer. */
export function withSeen<
  K extends {
    id: string;
    lastSeenAt: string | null;
    outboxLength: number | null;
    lastError: string | null;
  },
>(kiosk: K): K {
  const latest = seen.value[kiosk.id];
  if (!latest || (kiosk.lastSeenAt !== null && kiosk.lastSeenAt > latest.lastSeenAt)) return kiosk;
  return {
    ...kiosk,
    lastSeenAt: latest.lastSeenAt,
    outboxLength: latest.outboxLength,
    lastError: latest.lastError,
  };
}

/** Whether a kiosk last seen then counts as online now (the server's rule and clock). */
export function isOnline(lastSeenAt: string | null): boolean {
  const windowMs = dashboard.value?.onlineWindowMs ?? 120_000;
  return lastSeenAt !== null && serverNow.value - Date.parse(lastSeenAt) < windowMs;
}

/** The dashboard's kiosks and totals as of now, events included. */
export const liveDashboard = computed(() => {
  const d = dashboard.value;
  if (!d) return null;
  const kiosks = d.kiosks.map((k) => {
    const current = withSeen(k);
    return { ...current, online: isOnline(current.lastSeenAt) };
  });
  return {
    kiosks,
    online: kiosks.filter((k) => k.online).length,
    total: kiosks.length,
    pendingEntries: kiosks.reduce((sum, k) => sum + (k.outboxLength ?? 0), 0),
    rejections: d.totals.rejections,
    today: d.today,
    disk: d.disk ?? null,
  };
});

/** At most one re-read per this long however many pushes and calls arrive (50 kiosks at noon). */
const SOON_MS = 2_000;
let soonTimer: ReturnType<typeof setTimeout> | undefined;
/** Read /api/dashboard again shortly: today's meals, calls and requests are counted there. */
function refreshSoon(): void {
  if (soonTimer !== undefined) return;
  soonTimer = setTimeout(() => {
    soonTimer = undefined;
    void refreshDashboard();
  }, SOON_MS);
}

/** Reads /api/dashboard again (first paint, reconnect, a list that changed). */
export async function refreshDashboard(): Promise<void> {
  try {
    const d = await call(DashboardApi.get);
    batch(() => {
      serverOffsetMs.value = Date.parse(d.serverTime) - Date.now();
      now.value = Date.now();
      dashboard.value = d;
      dashboardError.value = null;
    });
  } catch (error) {
    dashboardError.value = error;
  }
}

let source: EventSource | null = null;
let ageTimer: ReturnType<typeof setInterval> | undefined;
let restartTimer: ReturnType<typeof setTimeout> | undefined;

function listen<T extends keyof typeof ConsoleEvents>(
  es: EventSource,
  type: T,
  handle: (data: v.InferOutput<(typeof ConsoleEvents)[T]>) => void,
): void {
  es.addEventListener(type, (event) => {
    const text: unknown = event instanceof MessageEvent ? event.data : undefined;
    handle(checked(ConsoleEvents[type], typeof text === 'string' ? JSON.parse(text) : undefined));
  });
}

function open(): void {
  const es = new EventSource(EVENTS_PATH);
  source = es;
  streamState.value = 'connecting';
  // Sent once the server has subscribed this stream: nothing after it can be missed.
  listen(es, 'ready', () => {
    streamState.value = 'open';
    void refreshDashboard();
    // Help calls too: a call made while this console was away must still ring here.
    void refreshActiveCalls();
  });
  listen(es, 'help.call', (call) => {
    applyCall(call);
    refreshSoon();
  });
  listen(es, 'help.request', (request) => {
    applyRequest(request);
    refreshSoon();
  });
  listen(es, 'kiosk.seen', (event) => {
    seen.value = { ...seen.value, [event.kioskId]: event };
    // A kiosk the dashboard has not heard of yet (just enrolled): read the list again.
    if (dashboard.value && !dashboard.value.kiosks.some((k) => k.id === event.kioskId))
      void refreshDashboard();
  });
  listen(es, 'sync.pushed', (event) => {
    const kiosk = dashboard.value?.kiosks.find((k) => k.id === event.kioskId);
    lastPush.value = { ...event, kioskName: kiosk?.name ?? event.kioskId };
    // A resent refusal answers "rejected" again without a new row, and a booking may have come
    // or gone: only the server can count.
    refreshSoon();
  });
  listen(es, 'kiosks.changed', () => {
    kiosksVersion.value += 1;
    void refreshDashboard();
  });
  listen(es, 'class.seat', (event) => {
    classSeat.value = event.seat;
  });
  listen(es, 'members.changed', () => {
    membersVersion.value += 1;
  });
  // Refused (signed out, or the server answered an error): find out which before trying again.
  const refused = () => {
    es.close();
    source = null;
    void checkSession().then(() => {
      if (me.value && !source) restartTimer = setTimeout(open, RESTART_MS);
    });
  };
  // The server ends the stream when this session ends (logout elsewhere, disabled, new role).
  listen(es, 'ended', () => {
    streamState.value = 'reconnecting';
    refused();
  });
  es.onerror = () => {
    streamState.value = 'reconnecting';
    if (es.readyState !== EventSource.CLOSED) return; // EventSource retries a dropped stream.
    refused();
  };
}

/** Starts the live view (after sign-in). */
export function startLive(): void {
  if (source) return;
  open();
  ageTimer = setInterval(() => {
    now.value = Date.now();
  }, AGE_TICK_MS);
}

/** Stops it (sign-out): no stream stays open for a console nobody is signed in to. */
export function stopLive(): void {
  source?.close();
  source = null;
  clearInterval(ageTimer);
  clearTimeout(restartTimer);
  batch(() => {
    dashboard.value = null;
    seen.value = {};
    lastPush.value = null;
    streamState.value = 'connecting';
  });
  clearHelpCalls();
}
