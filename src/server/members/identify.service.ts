/**
 * A member's PIN, checked by the server only (issue #11): kiosks hold whether a member has a PIN,
 * never its hash. Wrong tries are counted in the database — not in memory — so every kiosk, every
 * process of the server and a restart all see the same lock.
 */
import type { Kysely } from 'kysely';
import { type KioskIdentifyResult, PIN_LOCK_MINUTES, PIN_TRIES } from '../../shared/members/api';
import { normalizeCardNumber } from '../../shared/members/card';
import type { Database } from '../db/schema';
import { clearPinTries, findPinTries, savePinTries } from './card-keys.repository';
import { isSamePin } from './member-pin';
import { findMemberByCard } from './members.repository';

/** Whether `pin` opens the member holding `card`, counting wrong tries toward the lock. */
export async function checkMemberPin(
  db: Kysely<Database>,
  card: string,
  pin: string,
  now: Date,
): Promise<KioskIdentifyResult> {
  const normalized = normalizeCardNumber(card);
  const member = normalized === undefined ? undefined : await findMemberByCard(db, normalized);
  if (!member) return { result: 'unknown-card' };
  if (member.pin_hash === null) return { result: 'ok', memberId: member.id };

  const tries = await findPinTries(db, member.id);
  const lockedUntil = tries?.locked_until ?? null;
  // Even the right PIN waits out a lock: otherwise the lock would not slow a guesser down.
  if (lockedUntil !== null && lockedUntil > now.toISOString())
    return { result: 'locked', until: lockedUntil };

  if (await isSamePin(pin, member.pin_hash)) {
    if (tries) await clearPinTries(db, member.id);
    return { result: 'ok', memberId: member.id };
  }
  // A lock that has ended starts a fresh count.
  const wrong = (lockedUntil === null ? Number(tries?.wrong ?? 0) : 0) + 1;
  if (wrong >= PIN_TRIES) {
    const until = new Date(now.getTime() + PIN_LOCK_MINUTES * 60_000).toISOString();
    await savePinTries(db, { member_id: member.id, wrong: 0, locked_until: until });
    return { result: 'locked', until };
  }
  await savePinTries(db, { member_id: member.id, wrong, locked_until: null });
  return { result: 'wrong-pin', triesLeft: PIN_TRIES - wrong };
}
