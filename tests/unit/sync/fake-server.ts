/**
 * A fake centre server for the sync tests, true to the contract: it checks each push like the
 * real one, applies each id at most once (the id recorded with the change), answers a known id
 * with its first answer, and remembers every id it was sent, repeats included.
 */
import * as v from 'valibot';
import { type PushFn, SyncHttpError } from '../../../src/kiosk/offline/transport';
import type { OutboxEntry } from '../../../src/shared/sync/entry';
import { describeIssues } from '../../../src/shared/sync/fields';
import { type EntryKindRegistry, validateEntry } from '../../../src/shared/sync/kinds';
import {
  accepted,
  type PushRequest,
  PushRequestSchema,
  type PushResponse,
  type PushResult,
  rejected,
} from '../../../src/shared/sync/push';
import type { ReasonCode } from '../../../src/shared/sync/reasons';

/** How the next push goes wrong. */
export type Fault =
  | { type: 'network' }
  | { type: 'status'; status: number; retryAfterMs?: number }
  /** The server applies the first `applied` entries, then the answer is lost. */
  | { type: 'lost-answer'; applied: number }
  /** The request never gets an answer. */
  | { type: 'hang' };

export interface FakeServerOptions {
  kinds: EntryKindRegistry;
  /** The server's clock: rules are judged by it, never by the entry's kioskTime. */
  now?: () => number;
  /** A business refusal for an entry, if any. */
  judge?: (entry: OutboxEntry, serverNow: number) => ReasonCode | undefined;
}

export function createFakeServer(options: FakeServerOptions) {
  const now = options.now ?? Date.now;
  const answers = new Map<string, PushResult>();
  /** One row per applied entry: the "bookings" a real server would make. */
  const records: OutboxEntry[] = [];
  /** Every id received, in order, repeats included. */
  const received: string[] = [];
  /** Every request body received. */
  const requests: PushRequest[] = [];
  let faults: Fault[] = [];
  let down = false;
  /** Every push call, including those that never reached the server. */
  const calls = { count: 0 };

  function apply(entry: unknown): PushResult {
    const id = (entry as { id: string }).id;
    const first = answers.get(id);
    if (first) return first;
    const serverTime = new Date(now()).toISOString();
    const check = validateEntry(entry, options.kinds);
    let result: PushResult;
    if (!check.ok) result = { id, status: 'rejected', reason: check.reason, serverTime };
    else {
      const refusal = options.judge?.(check.entry, now());
      if (refusal) result = rejected(id, refusal, serverTime);
      else {
        records.push(check.entry);
        result = accepted(id, serverTime, { ref: records.length });
      }
    }
    answers.set(id, result);
    return result;
  }

  /** The route's logic: the whole batch is checked first (400, nothing written), then each entry. */
  function handle(body: unknown): PushResponse {
    const parsed = v.safeParse(PushRequestSchema, body);
    if (!parsed.success)
      throw new SyncHttpError(400, describeIssues(parsed.issues), 'invalid_input');
    return {
      results: parsed.output.entries.map(apply),
      serverTime: new Date(now()).toISOString(),
    };
  }

  const push: PushFn = async (request) => {
    // The wire: the server sees JSON, never the kiosk's objects.
    calls.count++;
    const body = JSON.parse(JSON.stringify(request)) as PushRequest;
    const fault = faults.shift() ?? (down ? { type: 'network' as const } : undefined);
    if (fault?.type === 'network') throw new TypeError('Failed to fetch');
    requests.push(body);
    received.push(...body.entries.map((e) => e.id));
    if (fault?.type === 'status')
      throw new SyncHttpError(fault.status, `HTTP ${fault.status}`, undefined, fault.retryAfterMs);
    if (fault?.type === 'hang') return new Promise<PushResponse>(() => {});
    if (fault?.type === 'lost-answer') {
      body.entries.slice(0, fault.applied).forEach(apply);
      throw new TypeError('network connection was lost');
    }
    return JSON.parse(JSON.stringify(handle(body))) as PushResponse;
  };

  return {
    push,
    handle,
    records,
    received,
    requests,
    answers,
    calls,
    /** Make the next pushes fail, in order. */
    fail(...next: Fault[]) {
      faults = [...faults, ...next];
    },
    setDown(value: boolean) {
      down = value;
    },
    /** How many records were made for each id (must be 1 for every id, ever). */
    recordCounts(): Map<string, number> {
      const counts = new Map<string, number>();
      for (const r of records) counts.set(r.id, (counts.get(r.id) ?? 0) + 1);
      return counts;
    },
  };
}

export type FakeServer = ReturnType<typeof createFakeServer>;
