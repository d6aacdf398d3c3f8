/**
 * Checking an entry's proof of identification (issue #11; design in src/kiosk/offline/README.md).
 * An entry naming a member (`payload.memberId`) is applied only when its proof opens with one of
 * the server's keys and says: this member's card, on this kiosk, in this session, at a time the
 * entry's id falls after — and, for the kinds that ask it, the member's PIN. Entries queued by the
 * kiosk version before proofs are taken once inside their window. An emergency is never refused:
 * its member is then only `claimed`.
 */
import type { Kysely } from 'kysely';
import { verifyPin } from '../../shared/config/pin';
import { normalizeCardNumber } from '../../shared/members/card';
import {
  createUuidV7Generator,
  type EntryProof,
  LEGACY_PROOF_WINDOW_MS,
  LONGEST_SESSION_MS,
  type OutboxEntry,
  PROOF_CLOCK_SLACK_MS,
  type Reason,
  reason,
  uuidV7Time,
} from '../../shared/sync/index';
import type { Database } from '../db/schema';
import { storedPinHash } from '../members/member-pin';
import type { IdentityPolicy, MemberIdentity } from './appliers';
import { selectMemberByCard } from './proof.repository';
import type { ProofKeys } from './proof-keys';

/** The verdict on one entry's identity: apply it (believing the member this far) or refuse it. */
export type IdentityVerdict =
  | { ok: true; identity: MemberIdentity }
  | { ok: false; reason: Reason };

/** The member an entry names, or null for an anonymous one (a complaint, an anonymous call). */
export function memberNamed(payload: unknown): string | null {
  const id = (payload as { memberId?: unknown } | null)?.memberId;
  return typeof id === 'string' ? id : null;
}

/** What a proof, once opened, says about whom (kept per batch: RSA and PBKDF2 are not free). */
interface Opened {
  memberId: string | undefined;
  session: string;
  kiosk: string;
  at: number;
  /** The member has no PIN; has one and none was sealed; the sealed PIN matches; or not. */
  pin: 'no-pin' | 'missing' | 'right' | 'wrong';
}

/** One push's checker: opened proofs are kept for the batch, so a proof is opened once. */
export function proofChecker(
  keys: ProofKeys | undefined,
  kioskId: string,
  proofsSince: number,
  now: Date,
) {
  const opened = new Map<string, Promise<Opened | undefined>>();

  async function open(trx: Kysely<Database>, sealed: string): Promise<Opened | undefined> {
    const identity = keys?.open(sealed);
    if (!identity) return undefined;
    const card = normalizeCardNumber(identity.card);
    const member = card === undefined ? undefined : await selectMemberByCard(trx, card);
    const hash = storedPinHash(member?.pin_hash ?? null);
    const pin =
      hash === null
        ? 'no-pin'
        : identity.pin === undefined
          ? 'missing'
          : (await verifyPin(identity.pin, hash))
            ? 'right'
            : 'wrong';
    return {
      memberId: member?.id,
      session: identity.session,
      kiosk: identity.kiosk,
      at: identity.at,
      pin,
    };
  }

  /** Why the proof does not hold for this entry (English, for staff), or undefined when it does. */
  async function problem(
    trx: Kysely<Database>,
    entry: OutboxEntry,
    memberId: string,
    policy: IdentityPolicy,
  ): Promise<
    { code: 'no_proof' | 'bad_proof' | 'unknown_card' | 'pin_needed'; detail: string } | undefined
  > {
    const proof = entry.proof;
    if (!proof)
      return { code: 'no_proof', detail: 'the entry names a member but carries no proof' };
    let pending = opened.get(proof.sealed);
    if (!pending) {
      pending = open(trx, proof.sealed);
      opened.set(proof.sealed, pending);
    }
    const seen = await pending;
    if (!seen)
      return { code: 'bad_proof', detail: 'the proof does not open with this server’s key' };
    if (seen.memberId === undefined)
      return { code: 'unknown_card', detail: 'no member has the card in the proof' };
    if (seen.memberId !== memberId)
      return { code: 'bad_proof', detail: 'the card in the proof is another member’s' };
    if (seen.kiosk !== kioskId)
      return { code: 'bad_proof', detail: 'the proof was sealed on another kiosk' };
    if (seen.session !== proof.session)
      return { code: 'bad_proof', detail: 'the proof was sealed for another session' };
    const made = uuidV7Time(entry.id);
    if (
      made < seen.at - PROOF_CLOCK_SLACK_MS ||
      made > seen.at + LONGEST_SESSION_MS + PROOF_CLOCK_SLACK_MS
    )
      return { code: 'bad_proof', detail: 'the entry was made outside the session of its proof' };
    if (policy.pin && seen.pin === 'wrong')
      return { code: 'pin_needed', detail: 'the PIN in the proof is not the member’s' };
    if (policy.pin && seen.pin === 'missing')
      return { code: 'pin_needed', detail: 'the member has a PIN and the proof carries none' };
    return undefined;
  }

  /** Whether entries without proof are still taken: made before proofs, arriving in the window. */
  function isLegacy(entry: OutboxEntry): boolean {
    return (
      entry.proof === undefined &&
      uuidV7Time(entry.id) < proofsSince &&
      now.getTime() < proofsSince + LEGACY_PROOF_WINDOW_MS
    );
  }

  return async function check(
    trx: Kysely<Database>,
    entry: OutboxEntry,
    payload: unknown,
    policy: IdentityPolicy,
  ): Promise<IdentityVerdict> {
    const memberId = memberNamed(payload);
    if (memberId === null) return { ok: true, identity: 'none' };
    if (isLegacy(entry)) return { ok: true, identity: 'legacy' };
    const wrong = await problem(trx, entry, memberId, policy);
    if (!wrong) return { ok: true, identity: 'proven' };
    if (policy.emergency) return { ok: true, identity: 'claimed' };
    const detail =
      wrong.code === 'no_proof' && entry.proof === undefined && uuidV7Time(entry.id) < proofsSince
        ? `${wrong.detail}; it was queued before proofs and arrived after the ${LEGACY_PROOF_WINDOW_MS / 86_400_000}-day window`
        : wrong.detail;
    return { ok: false, reason: reason(wrong.code, detail) };
  };
}

export type ProofCheck = ReturnType<typeof proofChecker>;

/**
 * Why `proof` does not let `kioskId` read `memberId`'s personal records now (English, for staff),
 * or undefined when it does: the same checks as an entry made at this moment in that session,
 * PIN included where the member has one (records are personal, as "my meals" are).
 */
export async function sessionProofProblem(
  db: Kysely<Database>,
  keys: ProofKeys,
  kioskId: string,
  memberId: string,
  proof: EntryProof,
  now: Date,
): Promise<string | undefined> {
  const check = proofChecker(keys, kioskId, 0, now);
  const asked: OutboxEntry = {
    // An id of this moment by the server's clock (a generator of its own: the shared one never
    // goes back to a clock behind the ids it has made).
    id: createUuidV7Generator().next(now.getTime()),
    kind: 'read',
    payload: { memberId },
    kioskTime: now.toISOString(),
    kioskId,
    proof,
  };
  const verdict = await check(db, asked, asked.payload, { pin: true });
  return verdict.ok ? undefined : (verdict.reason.detail ?? verdict.reason.code);
}
