/** What every meal screen needs: the member, the canteen, the clock, and what is known of their meals. */
import { centreClock } from '../../../shared/centre/clock';
import type { MealsConfig } from '../../../shared/config/meals';
import { type MemberTiers, type PriceTable, priceTableOf } from '../../../shared/meals/index';
import { useConfig } from '../../app/state';
import { identifiedMember } from '../identify/identify';
import type { IdentifiedMember } from '../identify/member';
import { type BookingRow, bookingRows, type MealsKnowledge } from './bookings';
import { useMealsKnowledge } from './knowledge';

export interface MealsContext {
  member: IdentifiedMember;
  /** The member's price tier day by day, as the server worked it out (no facts behind it). */
  tiers: MemberTiers;
  meals: MealsConfig;
  table: PriceTable;
  timeZone: string;
  now: Date;
  today: string;
  /** Null while the first read is under way. */
  knowledge: MealsKnowledge | null;
  rows: BookingRow[];
}

/** The screens' context, or why there is none (nobody identified, or no canteen configured). */
export function useMeals(): MealsContext | { missing: 'member' | 'canteen' } {
  const config = useConfig();
  const member = identifiedMember.value;
  const knowledge = useMealsKnowledge(member?.id);
  if (!config.meals) return { missing: 'canteen' };
  if (!member) return { missing: 'member' };
  const now = new Date();
  const timeZone = config.centre.timeZone;
  const today = centreClock(now, timeZone).date;
  return {
    member,
    tiers: member.tiers,
    meals: config.meals,
    table: priceTableOf(config.meals),
    timeZone,
    now,
    today,
    knowledge,
    rows: knowledge ? bookingRows(knowledge, config.meals, today) : [],
  };
}
