/**
 * The roster kiosks hold offline (shared/members/roster.ts): each member's card under the
 * centre's card key, display name, whether they have a PIN, membership end, and their meal price
 * tier for each of the next TIER_DAYS days — worked out here from the register with the shared
 * rule, so no kiosk needs a birth date, category, disability or 户籍.
 *
 * Member writes publish their item in their own transaction (members.service.ts). What changes
 * without a write — a new day (the tiers' window moves), a new price table, a new card key after
 * a revoke, or an upgrade from the old roster — is published again by `RosterKeeper.refresh`,
 * which the pull route awaits before answering, so a kiosk never reads a roster older than the
 * server's rules.
 */
import type { Kysely } from 'kysely';
import type { MealsConfig } from '../../shared/config/meals';
import { type MemberFacts, memberTiers, priceTableOf, TIER_DAYS } from '../../shared/meals/index';
import { cardKeyOf } from '../../shared/members/card';
import type { DisabilityGrade, MemberCategory } from '../../shared/members/categories';
import {
  CARD_KEY_CHANGE,
  CARD_KEY_ITEM,
  MEMBER_CHANGE,
  type RosterMember,
} from '../../shared/members/roster';
import type { Database } from '../db/schema';
import { centreToday } from '../lib/centre-day';
import { publishedData, publishPut } from '../sync/changes';
import { cardKeyInForce, type KeyInForce } from './card-key';
import { findMemberCardKey, saveMemberCardKey, selectMemberCardKeys } from './card-keys.repository';
import type { MemberCardKeyRow } from './card-keys.table';
import { findMember, selectAllMembers } from './members.repository';
import type { MemberRow } from './members.table';

/** What the roster's tiers are worked out from: the canteen in force and the centre's zone. */
export interface RosterRules {
  canteen: () => { meals: MealsConfig; timeZone: string } | undefined;
  timeZone: () => string;
}

/** The member's card under `key`: the stored one when still valid, else worked out (slow) and stored. */
async function cardKeyFor(
  db: Kysely<Database>,
  row: MemberRow,
  key: KeyInForce,
  stored: MemberCardKeyRow | undefined,
): Promise<string> {
  if (
    stored &&
    Number(stored.generation) === key.generation &&
    stored.card_number === row.card_number
  )
    return stored.card_key;
  const cardKey = await cardKeyOf(row.card_number, key.key);
  await saveMemberCardKey(db, {
    member_id: row.id,
    generation: key.generation,
    card_number: row.card_number,
    card_key: cardKey,
  });
  return cardKey;
}

/** What the price rule reads of a stored member (never sent: only the tiers made from it are). */
function factsOf(row: MemberRow): MemberFacts {
  let categories: MemberCategory[] = [];
  try {
    categories = JSON.parse(row.categories) as MemberCategory[];
  } catch {
    // An unreadable list is no category, as the console shows it.
  }
  return {
    birthDate: row.birth_date,
    // pg may read an integer back as a string.
    localHukou: Number(row.local_hukou) === 1,
    categories,
    disability: row.disability as DisabilityGrade,
  };
}

/** The member's tiers from the centre's today (all null when the centre has no canteen). */
function tiersOf(row: MemberRow, rules: RosterRules, now: Date): RosterMember['tiers'] {
  const canteen = rules.canteen();
  const today = centreToday(now, canteen?.timeZone ?? rules.timeZone());
  if (!canteen) return { from: today, days: Array.from({ length: TIER_DAYS }, () => null) };
  return memberTiers(priceTableOf(canteen.meals), factsOf(row), today, row.valid_until);
}

/** What kiosks hold about `row`, and nothing more. */
async function rosterMemberOf(
  db: Kysely<Database>,
  row: MemberRow,
  rules: RosterRules,
  key: KeyInForce,
  stored: MemberCardKeyRow | undefined,
  now: Date,
): Promise<RosterMember> {
  return {
    cardKey: await cardKeyFor(db, row, key, stored),
    name: row.name,
    hasPin: row.pin_hash !== null,
    validUntil: row.valid_until,
    tiers: tiersOf(row, rules, now),
  };
}

/** Publishes `row`'s roster item inside `trx` (the transaction that wrote the row). */
export async function publishRosterMember(
  trx: Kysely<Database>,
  row: MemberRow,
  rules: RosterRules,
  now: Date,
): Promise<void> {
  const key = await cardKeyInForce(trx, now);
  const stored = await findMemberCardKey(trx, row.id);
  await publishPut(
    trx,
    MEMBER_CHANGE,
    row.id,
    await rosterMemberOf(trx, row, rules, key, stored, now),
    now,
  );
}

/**
 * Publishes again every roster item that differs from what it should be now, and the card key in
 * force when the feed does not hold it. Returns how many members were published.
 */
export async function refreshRoster(
  db: Kysely<Database>,
  rules: RosterRules,
  now: Date,
): Promise<number> {
  const key = await cardKeyInForce(db, now);
  const publishedKey = (await publishedData(db, CARD_KEY_CHANGE)).get(CARD_KEY_ITEM);
  if (publishedKey !== JSON.stringify(key.key))
    await db
      .transaction()
      .execute((trx) => publishPut(trx, CARD_KEY_CHANGE, CARD_KEY_ITEM, key.key, now));

  const published = await publishedData(db, MEMBER_CHANGE);
  const stored = await selectMemberCardKeys(db);
  let count = 0;
  for (const row of await selectAllMembers(db)) {
    // Worked out outside any transaction: a new card key costs ~100 ms a member on purpose.
    const item = await rosterMemberOf(db, row, rules, key, stored.get(row.id), now);
    if (published.get(row.id) === JSON.stringify(item)) continue;
    const wrote = await db.transaction().execute(async (trx) => {
      // A console edit since the read published its own item: never overwrite it with older facts.
      const current = await findMember(trx, row.id);
      if (!current || current.updated_at !== row.updated_at) return false;
      await publishPut(trx, MEMBER_CHANGE, row.id, item, now);
      return true;
    });
    if (wrote) count++;
  }
  return count;
}

/**
 * Runs `refreshRoster` one at a time, and skips it while nothing it depends on moved (the
 * centre's day, the price table, the card key). A refresh asked for while one runs waits for it
 * and runs after, so what it answers includes everything up to the ask.
 */
export class RosterKeeper {
  private tail: Promise<unknown> = Promise.resolve();
  private waiting: Promise<void> | null = null;
  private lastStamp: string | null = null;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly rules: RosterRules,
  ) {}

  /** Forget the last refresh: the next one looks at every member (a key was rotated). */
  invalidate(): void {
    this.lastStamp = null;
  }

  refresh(now: Date): Promise<void> {
    if (this.waiting) return this.waiting;
    const next = this.tail
      .catch(() => undefined)
      .then(async () => {
        this.waiting = null;
        const key = await cardKeyInForce(this.db, now);
        const canteen = this.rules.canteen();
        const today = centreToday(now, canteen?.timeZone ?? this.rules.timeZone());
        const stamp = JSON.stringify([today, key.generation, canteen?.meals ?? null]);
        if (stamp === this.lastStamp) return;
        await refreshRoster(this.db, this.rules, now);
        this.lastStamp = stamp;
      });
    this.waiting = next;
    this.tail = next;
    return next;
  }
}
