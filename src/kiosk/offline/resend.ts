/**
 * Resending what a restore lost (issue #17). After each push the sync loop keeps what the server
 * accepted (kept.ts); after each pull `afterPull` forgets what a backup now holds, and when the
 * database's identity has changed since the last pull (a backup was restored), sends every kept
 * entry again with its own id. The server applies an id once, so an entry the restored database
 * still has is answered as before and changes nothing; one it lost is applied now.
 */

import type { OutboxEntry } from '../../shared/sync/entry';
import { MAX_BATCH } from '../../shared/sync/limits';
import type { PullResponse } from '../../shared/sync/pull';
import type { PushRequest, PushResponse, PushResult } from '../../shared/sync/push';
import type { KeptStore } from './kept';

/** Sends one batch (transport.ts's PushFn, named here so the server's tests need no DOM types). */
export type ResendPush = (
  request: PushRequest,
  init: { signal: AbortSignal },
) => Promise<PushResponse>;

/** What the sync loop calls after a push: keep what was accepted. */
export async function keepAccepted(
  kept: KeptStore,
  entries: readonly OutboxEntry[],
  results: readonly PushResult[],
  now: number,
): Promise<void> {
  const accepted = new Map(
    results.filter((r) => r.status === 'accepted').map((r) => [r.id, Date.parse(r.serverTime)]),
  );
  await kept.keep(
    entries
      .filter((e) => accepted.has(e.id))
      .map((entry) => ({ entry, acceptedAt: accepted.get(entry.id) as number, keptAt: now })),
  );
}

/** What one pull's answer led to, for tests and the staff log. */
export interface ResendOutcome {
  forgotten: number;
  resent: number;
  refused: number;
}

/**
 * After a pull: forget what the backup holds; after a restore, resend what is kept. A failed
 * resend leaves the identity unchanged, so the next pull tries again.
 */
export async function afterPull(
  kept: KeptStore,
  answer: Pick<PullResponse, 'database' | 'backupAt'>,
  send: { push: ResendPush; kioskId: () => string; now: () => number },
): Promise<ResendOutcome> {
  const backupAt = answer.backupAt ? Date.parse(answer.backupAt) : null;
  const outcome = { forgotten: await kept.forget(backupAt, send.now()), resent: 0, refused: 0 };
  if (!answer.database) return outcome;
  const known = await kept.database();
  if (known !== null && known !== answer.database) {
    const all = await kept.all();
    // The bound counts from the first keeping, however often a restore makes the kiosk resend.
    const keptAt = new Map(all.map((k) => [k.entry.id, k.keptAt]));
    const entries = all.map((k) => k.entry);
    for (let i = 0; i < entries.length; i += MAX_BATCH) {
      const batch = entries.slice(i, i + MAX_BATCH);
      const { results } = await send.push(
        { kioskId: send.kioskId(), entries: batch },
        { signal: new AbortController().signal },
      );
      const refused = results.filter((r) => r.status === 'rejected').map((r) => r.id);
      // Refused now (a meal day that has passed…): the server will never take it; staff see it there.
      await kept.drop(refused);
      // Accepted again: kept until a backup of the restored database holds it.
      const again = new Map(
        results.filter((r) => r.status === 'accepted').map((r) => [r.id, r.serverTime]),
      );
      await kept.keep(
        batch
          .filter((entry) => again.has(entry.id))
          .map((entry) => ({
            entry,
            acceptedAt: Date.parse(again.get(entry.id) as string),
            keptAt: keptAt.get(entry.id) ?? send.now(),
          })),
      );
      outcome.resent += results.length - refused.length;
      outcome.refused += refused.length;
    }
  }
  await kept.setDatabase(answer.database);
  return outcome;
}
