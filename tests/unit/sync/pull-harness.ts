/**
 * A fake centre server for the pull tests, true to the contract: a change log with a cursor
 * (the last sequence number sent), pages of at most `pageSize` with `more`, and for cursor null
 * the current state of everything. Plus a kiosk: a real replica on fake-indexeddb and a real
 * pull loop on the hand-driven clock.
 */
import 'fake-indexeddb/auto';
import { createPull, type Pull, type PullOptions } from '../../../src/kiosk/offline/pull';
import { openReplicaStore, type ReplicaStore } from '../../../src/kiosk/offline/pull-store';
import { type ReplicaTypes, replicaTypes } from '../../../src/kiosk/offline/pull-types';
import { ROSTER_TYPE } from '../../../src/kiosk/offline/roster';
import type { PullFn } from '../../../src/kiosk/offline/transport';
import { SyncHttpError } from '../../../src/kiosk/offline/transport';
import type { RosterMember } from '../../../src/shared/members/roster';
import type { Change, PullRequest, PullResponse } from '../../../src/shared/sync/pull';
import { rosterMember } from '../support/roster';
import { createFakeClock } from './fake-timers';

/** How the next pull goes wrong. */
export type PullFault =
  /** This one goes through (to make a later one fail). */
  | { type: 'ok' }
  | { type: 'network' }
  | { type: 'status'; status: number; code?: string; retryAfterMs?: number }
  | { type: 'hang' }
  /** The server answers this body instead of a page. */
  | { type: 'body'; body: unknown };

export function createPullServer(options: { now: () => number; pageSize?: number }) {
  const pageSize = options.pageSize ?? 100;
  /** Every change ever published, in order; the cursor is the index after the last one sent. */
  const log: Change[] = [];
  const requests: PullRequest[] = [];
  let faults: PullFault[] = [];
  let down = false;

  /** The current state: the last put of each [type, key], unless deleted since. */
  function snapshot(): Change[] {
    const latest = new Map<string, Change>();
    for (const change of log) latest.set(`${change.type}\u0000${change.key}`, change);
    return [...latest.values()].filter((change) => change.op === 'put');
  }

  function page(cursor: string | null): PullResponse {
    const serverTime = new Date(options.now()).toISOString();
    if (cursor === null) {
      // A full pull: the current state, paged, then the log from where the snapshot ended.
      const all = snapshot().slice(0, pageSize);
      const rest = snapshot().length > pageSize;
      if (rest) return { cursor: `full:${pageSize}`, changes: all, more: true, serverTime };
      return { cursor: String(log.length), changes: all, more: false, serverTime };
    }
    if (cursor.startsWith('full:')) {
      const from = Number(cursor.slice(5));
      const changes = snapshot().slice(from, from + pageSize);
      const more = snapshot().length > from + pageSize;
      const next = more ? `full:${from + pageSize}` : String(log.length);
      return { cursor: next, changes, more, serverTime };
    }
    const from = Number(cursor);
    const changes = log.slice(from, from + pageSize);
    return {
      cursor: String(from + changes.length),
      changes,
      more: from + changes.length < log.length,
      serverTime,
    };
  }

  const pull: PullFn = async (request) => {
    const body = JSON.parse(JSON.stringify(request)) as PullRequest;
    const fault = faults.shift() ?? (down ? { type: 'network' as const } : undefined);
    if (fault?.type === 'network') throw new TypeError('Failed to fetch');
    requests.push(body);
    if (fault?.type === 'status')
      throw new SyncHttpError(fault.status, `HTTP ${fault.status}`, fault.code, fault.retryAfterMs);
    if (fault?.type === 'hang') return new Promise<unknown>(() => {});
    if (fault?.type === 'body') return fault.body;
    return JSON.parse(JSON.stringify(page(body.cursor))) as unknown;
  };

  return {
    pull,
    log,
    requests,
    /** Publish changes (as the server would after a console edit). */
    publish(...changes: Change[]) {
      log.push(...changes);
    },
    fail(...next: PullFault[]) {
      faults = [...faults, ...next];
    },
    setDown(value: boolean) {
      down = value;
    },
  };
}

export type PullServer = ReturnType<typeof createPullServer>;

/** A member of the demo roster, with its card under the test card key. */
export function member(
  card: string,
  name: string,
  extra: Partial<RosterMember> = {},
): Promise<RosterMember> {
  return rosterMember(card, name, { validUntil: null, ...extra });
}

/** A "put member" change. */
export const putMember = (id: string, data: unknown): Change => ({
  type: 'member',
  key: id,
  op: 'put',
  data,
});

let count = 0;

export interface PullKioskOptions {
  dbName?: string;
  pageSize?: number;
  types?: ReplicaTypes;
  random?: () => number;
  pull?: Partial<PullOptions>;
  /** Share a server (and clock) with an earlier kiosk: a reload of the same kiosk. */
  server?: PullServer;
  clock?: ReturnType<typeof createFakeClock>;
}

export async function createPullKiosk(options: PullKioskOptions = {}) {
  const clock = options.clock ?? createFakeClock();
  const dbName = options.dbName ?? `pull-test-${++count}`;
  // The roster alone by default, so these tests do not change as features add their types.
  const types = options.types ?? replicaTypes(ROSTER_TYPE);
  const store: ReplicaStore = await openReplicaStore({ types, dbName, now: clock.now });
  const server =
    options.server ??
    createPullServer({
      now: clock.now,
      ...(options.pageSize ? { pageSize: options.pageSize } : {}),
    });
  const window = new EventTarget();
  const skipped: { type: string; key: string; detail: string }[] = [];
  const pull: Pull = createPull({
    store,
    types,
    kioskId: () => 'kiosk-1',
    pull: server.pull,
    now: clock.now,
    random: options.random ?? (() => 0.5),
    timers: clock.timers,
    window,
    onSkipped: (s) => skipped.push(s),
    ...options.pull,
  });
  return {
    dbName,
    clock,
    store,
    server,
    pull,
    window,
    skipped,
    /** Move the clock on, letting each run that a timer starts finish. */
    advance: (ms: number) => clock.advance(ms, () => pull.idle()),
    nextTry() {
      const due = pull.nextAttemptAt.value;
      if (due === null) throw new Error('no try is scheduled');
      return clock.advance(due - clock.now(), () => pull.idle());
    },
    async close() {
      pull.stop();
      // A run stuck on a request that never answers (a test's "hang") must not hold the close.
      await Promise.race([pull.idle(), new Promise((resolve) => setTimeout(resolve, 20))]);
      await store.close();
    },
  };
}

export type PullKiosk = Awaited<ReturnType<typeof createPullKiosk>>;
