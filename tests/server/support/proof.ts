/**
 * Proofs of identification for server tests: sealed exactly as a kiosk seals them (the shared
 * sealIdentity, with the public key the server gave at enrollment), for a member's card as the
 * register holds it. Entries that name a member need one, as from a real kiosk.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../src/server/db/schema';
import {
  type EntryProof,
  importProofKey,
  sealIdentity,
  uuidV7Time,
  uuidv7,
} from '../../../src/shared/sync/index';

/** A card number no member of the test centres has. */
export const NOBODY_CARD = '99999999';

/** What may be changed from a true proof, to forge one. */
export interface ProofOptions {
  /** Seal this card instead of the member's own. */
  card?: string;
  pin?: string;
  /** The session sealed (default: the proof's own session). */
  sealedSession?: string;
  /** The session the proof claims (default: a new one). */
  session?: string;
  /** The kiosk sealed (default: the kiosk given). */
  kiosk?: string;
  /** The identification time sealed (default: the entry's own id time). */
  at?: number;
}

/** A proof for `memberId` (their card, or NOBODY_CARD when no such member), for entry `entryId`. */
export async function proofFor(
  db: Kysely<Database>,
  kiosk: { kioskId: string; proofKey: string },
  memberId: string,
  entryId: string,
  options: ProofOptions = {},
): Promise<EntryProof> {
  const row = await db
    .selectFrom('members')
    .select('card_number')
    .where('id', '=', memberId)
    .executeTakeFirst();
  const session = options.session ?? uuidv7();
  const key = await importProofKey(kiosk.proofKey);
  const sealed = await sealIdentity(key, {
    card: options.card ?? row?.card_number ?? NOBODY_CARD,
    ...(options.pin === undefined ? {} : { pin: options.pin }),
    session: options.sealedSession ?? session,
    kiosk: options.kiosk ?? kiosk.kioskId,
    at: options.at ?? uuidV7Time(entryId),
  });
  return { session, sealed };
}

/** The member an entry's payload names, as the server reads it; null for none. */
export function memberIn(payload: unknown): string | null {
  const id = (payload as { memberId?: unknown } | null)?.memberId;
  return typeof id === 'string' ? id : null;
}
