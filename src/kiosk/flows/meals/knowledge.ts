/**
 * Read what the kiosk knows about one member's meals: the replica's "member-meals" item and the
 * member's own entries in the outbox (pending, sent, refused). Re-read whenever a push or pull
 * moves something, so "等待确认" turns into "booked" on screen as soon as the answer is in.
 */
import { useEffect, useState } from 'preact/hooks';
import { MEMBER_MEALS_CHANGE, type MemberMeals } from '../../../shared/meals/index';
import { logError } from '../../app/device';
import { offline } from '../../app/offline';
import { replica } from '../../app/pull';
import type { MealsKnowledge } from './bookings';

const MEAL_KINDS = new Set(['meal.book', 'meal.cancel', 'meal.ack']);

const NOTHING: MealsKnowledge = {
  published: null,
  publishedAt: null,
  pending: [],
  sent: [],
  rejected: [],
};

/** Gather what the replica and the outbox hold about `memberId`. */
export async function loadKnowledge(memberId: string): Promise<MealsKnowledge> {
  const store = replica.value;
  const o = offline.value;
  const record = store ? await store.get(MEMBER_MEALS_CHANGE.type, memberId) : undefined;
  const ofMember = <E extends { kind: string; payload: unknown }>(list: E[]) =>
    list.filter(
      (e) => MEAL_KINDS.has(e.kind) && (e.payload as { memberId?: unknown }).memberId === memberId,
    );
  return {
    published: record ? (record.data as MemberMeals) : null,
    publishedAt: record ? record.pulledAt : null,
    pending: o ? ofMember(await o.outbox.pending()) : [],
    sent: o ? ofMember(await o.outbox.sent(memberId)) : [],
    rejected: o ? ofMember(await o.outbox.rejected(memberId)) : [],
  };
}

/** The member's meals, null while the first read is under way; re-read as sync moves things. */
export function useMealsKnowledge(memberId: string | undefined): MealsKnowledge | null {
  const [known, setKnown] = useState<MealsKnowledge | null>(null);
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
    loadKnowledge(memberId).then(
      (k) => {
        if (live) setKnown(k);
      },
      (error: unknown) => {
        // What the kiosk cannot read it cannot show; booking still works, and staff see why.
        logError(error, 'meals: reading the member’s meals');
        if (live) setKnown(NOTHING);
      },
    );
    return () => {
      live = false;
    };
  }, [memberId, store, o, pulledAt, pending, refused, syncedAt]);
  return known;
}
