/**
 * The pull loop: asks the server what changed since the stored cursor and keeps the last good
 * copy (see pull-store.ts). It runs at start, on `online`, on a timer, and when kicked (after a
 * push the server accepted); one pull at a time, also across tabs. `more: true` pulls the next
 * page at once. Failures back off with jitter like the push, on one schedule that no trigger
 * brings forward (retry-loop.ts); 401/403 stops until staff enrol the kiosk again (staff are told
 * on the staff screen, never the elder).
 *
 * Each change is checked against its type: an unknown type is skipped (the cursor still moves;
 * a later app version that knows it pulls everything again), a broken one is skipped and
 * reported for staff, and neither ever costs the rest of the page.
 */
import { type ReadonlySignal, signal } from '@preact/signals';
import * as v from 'valibot';
import { describeIssues } from '../../shared/sync/fields';
import {
  type ChangeCheck,
  type PullResponse,
  PullResponseSchema,
  validateChange,
} from '../../shared/sync/pull';
import { withDeadline } from './deadline';
import { problemFrom, type SyncProblemCode } from './problem';
import type { ReplicaStore } from './pull-store';
import type { ReplicaTypes } from './pull-types';
import { createRetryLoop, type LoopOutcome } from './retry-loop';
import { type LoopControls, type LoopOptions, loopSettings, webLock } from './sync-env';
import { httpPull, type PullFn, SyncHttpError } from './transport';

/** How often the kiosk asks for changes when nothing else wakes it. */
export const PULL_INTERVAL_MS = 60_000;
/** A pull with no answer after this long is given up (and asked again: it changes nothing). */
export const PULL_TIMEOUT_MS = 30_000;
/** Pages in one run at most, so a server that always says `more` cannot hold the loop; the rest comes next run. */
export const MAX_PAGES_PER_RUN = 200;

/** Why the last pull did not fully get through, for the staff screen (never shown to elders). */
export interface PullProblem {
  /** A sync problem, or `invalid_changes`: some changes were broken and skipped. */
  code: SyncProblemCode | 'invalid_changes';
  status?: number;
  /** How many changes were skipped (`invalid_changes`). */
  count?: number;
  detail: string;
  at: number;
}

/** A change that was skipped because its data was broken: logged for staff. */
export interface SkippedChange {
  type: string;
  key: string;
  detail: string;
}

/** What `createPull` needs: where to keep the copy, which types, and `pull` or `getToken`. */
export interface PullOptions extends LoopOptions {
  store: ReplicaStore;
  types: ReplicaTypes;
  kioskId: () => string;
  /** Asks for one page; the default POSTs to /api/sync/pull with `getToken()`'s device token. */
  pull?: PullFn;
  /** Hears each broken change that was skipped (the app logs it for staff). */
  onSkipped?: (skipped: SkippedChange) => void;
  /** Hears the server's public key for proofs, which every pull carries (so a rotation arrives). */
  onProofKey?: (key: string) => void;
  /** Hears each answer (a move to a new address, the database's identity, the backup mark). */
  onAnswer?: (answer: PullResponse) => void;
  /**
   * The server had nothing more: everything it published before `startedAt` (this run's start,
   * the loop's clock) is now in the store. The app drops sent entries it no longer needs.
   */
  onCaughtUp?: (startedAt: number) => void;
}

export type PullState = 'stopped' | 'idle' | 'pulling' | 'waiting' | 'halted';

/** The running pull loop and its signals for the staff screen. */
export interface Pull extends LoopControls<PullState> {
  /** Pull now, unless backing off; resolves when that run, or the one under way, has ended. */
  pullNow(): Promise<void>;
  /** The last run's problem, or null once a run got through cleanly. */
  readonly lastProblem: ReadonlySignal<PullProblem | null>;
}

/** The server's 400 for a cursor it never gave out (its database was restored or replaced). */
function isUnknownCursor(error: unknown): boolean {
  return error instanceof SyncHttpError && error.status === 400 && error.code === 'invalid_cursor';
}

/** Create the pull loop (not started). */
export function createPull(options: PullOptions): Pull {
  const { store, types } = options;
  if (!options.pull && !options.getToken) throw new Error('createPull needs `pull` or `getToken`');
  const { transport, timeoutMs, ...settings } = loopSettings(options, {
    lock: webLock('nuanxin-pull'),
    intervalMs: PULL_INTERVAL_MS,
    timeoutMs: PULL_TIMEOUT_MS,
  });
  const { now, timers } = settings;
  const pull: PullFn = options.pull ?? httpPull(transport);

  const lastProblem = signal<PullProblem | null>(null);
  const loop = createRetryLoop<'pulling', Omit<PullProblem, 'at'>>({
    busyState: 'pulling',
    work: () => drain(),
    record: (problem) => {
      lastProblem.value = problem;
    },
    storageProblem: (detail) => ({ code: 'storage', detail }),
    ...settings,
  });

  /** Skip what cannot be used; report the broken ones. Returns how many were broken. */
  function report(checks: readonly ChangeCheck[]): SkippedChange[] {
    const broken: SkippedChange[] = [];
    for (const check of checks) {
      if (check.status !== 'invalid') continue;
      const skipped = { type: check.change.type, key: check.change.key, detail: check.detail };
      broken.push(skipped);
      options.onSkipped?.(skipped);
    }
    return broken;
  }

  /** Pull pages until the server has nothing more or a pull fails. */
  async function drain(): Promise<LoopOutcome> {
    const startedAt = now();
    await store.prepare();
    const broken: SkippedChange[] = [];
    let restarted = false;
    for (let page = 0; page < MAX_PAGES_PER_RUN; page++) {
      if (!loop.isStarted()) return 'done';
      const from = await store.cursor();
      let body: unknown;
      try {
        body = await withDeadline(
          pull,
          { kioskId: options.kioskId(), cursor: from },
          timers,
          timeoutMs,
        );
      } catch (error) {
        if (from !== null && !restarted && isUnknownCursor(error)) {
          // The server's data was restored or replaced: start again from nothing, once.
          restarted = true;
          await store.restart();
          continue;
        }
        const { problem, retryAfterMs } = problemFrom(error);
        return loop.fail(problem, retryAfterMs);
      }
      const response = v.safeParse(PullResponseSchema, body);
      if (!response.success)
        return loop.fail({ code: 'bad_response', detail: describeIssues(response.issues) });
      const { cursor, changes, more, proofKey } = response.output;
      if (proofKey) options.onProofKey?.(proofKey);
      options.onAnswer?.(response.output);
      if (more && cursor === from && changes.length === 0)
        return loop.fail({
          code: 'bad_response',
          detail: 'more: true, but the cursor did not move',
        });
      const checks = changes.map((change) => validateChange(change, types.registry));
      // Stored, or refused because another tab moved the cursor: either way, ask again from it.
      const applied = await store.applyPage({ from, cursor, checks, more });
      if (applied) broken.push(...report(checks));
      if (applied && !more) {
        options.onCaughtUp?.(startedAt);
        break;
      }
    }
    if (broken.length > 0) {
      const first = broken[0] as SkippedChange;
      lastProblem.value = {
        code: 'invalid_changes',
        count: broken.length,
        detail: `${first.type} ${first.key}: ${first.detail}`,
        at: now(),
      };
    } else lastProblem.value = null;
    return 'done';
  }

  return {
    start() {
      loop.start();
    },
    stop() {
      loop.stop();
    },
    kick: loop.kick,
    pullNow: loop.runNow,
    reachable: loop.reachable,
    resume: loop.resume,
    idle: loop.idle,
    state: loop.state,
    needsEnrollment: loop.needsEnrollment,
    nextAttemptAt: loop.nextAttemptAt,
    failures: loop.failures,
    lastProblem,
  };
}
