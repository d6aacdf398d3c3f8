/**
 * Storing an elder's action in the outbox, without checking it against its kind's schema: for
 * the calls of the first load (呼叫工作人员, 紧急呼叫), whose payloads typed code builds, so the
 * schemas' code (valibot) stays out of it. Every other flow stores through saving.ts's `store`,
 * which checks the payload first.
 */
import { offline } from '../app/offline';
import { session } from '../app/state';
import type { StoredEntry } from '../offline/db';
import type { AddOptions } from '../offline/outbox';

/** The kiosk's outbox did not open at boot: nothing can be saved (staff see the boot error). */
export class NoOutboxError extends Error {
  constructor() {
    super('the outbox is not open');
    this.name = 'NoOutboxError';
  }
}

/**
 * How an entry made for `memberId` is stored: as theirs (their "my …" lists find it) and with
 * the proof of their identification in this session, which the server checks (identify/proof.ts).
 * None for an anonymous entry (a complaint); no proof when the session holds none for them.
 */
export async function memberOptions(memberId: string | null): Promise<AddOptions> {
  if (!memberId) return {};
  const s = session.value;
  const proof = s?.member?.id === memberId ? await s.proof : undefined;
  return proof ? { subject: memberId, proof } : { subject: memberId };
}

/**
 * Store `payload` as a `kind` entry once: a double tap within the outbox's window gives the same
 * entry back. `memberId` makes the entry the member's, with their proof; none for an anonymous one.
 */
export async function storeOnce(
  kind: string,
  onceKey: string,
  payload: unknown,
  memberId: string | null,
): Promise<StoredEntry> {
  const o = offline.value;
  if (!o) throw new NoOutboxError();
  const options = await memberOptions(memberId);
  return o.saveOnce(`${kind}:${onceKey}`, kind, payload, options);
}
