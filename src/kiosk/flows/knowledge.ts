/**
 * What the kiosk knows about one member for a flow's "my …" screens: the replica's item for them
 * and their own entries in the outbox (pending, sent, refused). Re-read whenever a push or pull
 * moves something, so "等待确认" turns into "booked" or "sent" on screen as soon as the answer is in.
 * Each flow says what to read (`load`); the re-reading is the same for all.
 */
import { useEffect, useState } from 'preact/hooks';
import { logError } from '../app/device';
import { offline } from '../app/offline';
import { replica } from '../app/pull';

/** The entries in `list` of one of `kinds` whose payload names `memberId`. */
export function memberEntries<E extends { kind: string; payload: unknown }>(
  kinds: ReadonlySet<string>,
  memberId: string,
  list: E[],
): E[] {
  return list.filter(
    (e) => kinds.has(e.kind) && (e.payload as { memberId?: unknown }).memberId === memberId,
  );
}

/**
 * What `load` reads about `memberId`, null while the first read is under way; re-read as sync
 * moves things. A read that fails gives `nothing` (what the kiosk cannot read it cannot show;
 * saving still works) and is logged for staff as `what`.
 */
export function useMemberKnowledge<K>(
  memberId: string | undefined,
  load: (memberId: string) => Promise<K>,
  nothing: K,
  what: string,
): K | null {
  const [known, setKnown] = useState<K | null>(null);
  const store = replica.value;
  const o = offline.value;
  // Read here so the component re-renders (and re-reads) when any of them moves.
  const pulledAt = store?.lastPullAt.value;
  const pending = o?.outbox.pendingCount.value;
  const refused = o?.outbox.rejectedCount.value;
  const syncedAt = o?.outbox.lastSyncAt.value;
  useEffect(() => {
    if (!memberId) return;
    let live = true;
    load(memberId).then(
      (k) => {
        if (live) setKnown(k);
      },
      (error: unknown) => {
        logError(error, what);
        if (live) setKnown(nothing);
      },
    );
    return () => {
      live = false;
    };
  }, [memberId, load, nothing, what, store, o, pulledAt, pending, refused, syncedAt]);
  return known;
}
