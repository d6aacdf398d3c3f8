/**
 * Read what the kiosk knows about one member's meals: the replica's "member-meals" item and the
 * member's own entries in the outbox (pending, sent, refused); re-read by ../knowledge.ts.
 */
import { MEMBER_MEALS_CHANGE, type MemberMeals } from '../../../shared/meals/index';
import { offline } from '../../app/offline';
import { replica } from '../../app/pull';
import { memberEntries, useMemberKnowledge } from '../knowledge';
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
    memberEntries(MEAL_KINDS, memberId, list);
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
  return useMemberKnowledge(memberId, loadKnowledge, NOTHING, 'meals: reading the member’s meals');
}
