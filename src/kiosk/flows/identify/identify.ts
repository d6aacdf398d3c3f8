/**
 * The identify API for jobs: `identify({ next: 'meals' })` sends the elder to "tap your card or
 * type its number" and, once they are known, on to `next`; the member is kept in the session
 * (`identifiedMember`) until the elder finishes a task, taps "我用完了" or the idle timeout ends
 * the session, whichever comes first (app/session.ts).
 */
import { computed } from '@preact/signals';
import { uuidv7 } from '../../../shared/sync/uuidv7';
import { back, home, navigate, replace } from '../../app/router';
import { session } from '../../app/state';
import type { RosterEntry } from '../../offline/roster';
import type { IdentifiedMember, IdentifyRequest } from './member';
import { sealProof } from './proof';

export type { IdentifiedMember, IdentifyRequest } from './member';

/** The member known in this session, or null. */
export const identifiedMember = computed<IdentifiedMember | null>(
  () => session.value?.member ?? null,
);

function updateSession(change: (current: NonNullable<typeof session.value>) => void): void {
  const next = { ...(session.value ?? { startedAt: Date.now(), staffUnlocked: false }) };
  change(next);
  session.value = next;
}

/** Ask who the elder is, then open `next`; at once if they are already known in this session. */
export function identify(request: IdentifyRequest): void {
  if (!request.test && session.value?.member) {
    navigate(request.next);
    return;
  }
  updateSession((s) => {
    s.identify = request;
  });
  navigate('identify');
}

/** The request the identify screen is serving: a job's, or "home" when opened on its own. */
export function currentRequest(): IdentifyRequest {
  return session.value?.identify ?? { next: 'home' };
}

/**
 * The facts a job may use: the roster entry without its card key. `pinChecked`: the server has
 * just said this member's PIN is right (needed before personal records of a PIN member).
 */
export function memberFrom(entry: RosterEntry, pinChecked: boolean): IdentifiedMember {
  const { cardKey: _key, ...facts } = entry.member;
  return { id: entry.id, ...facts, recordsAllowed: !facts.hasPin || pinChecked };
}

/**
 * The elder is known: keep them in the session (never in a staff test), with a new session id
 * and their identification sealed for the server: `card` in its normal form (normalizeCardNumber)
 * and `pin` when they typed one. Every entry made for them carries that proof (saving.ts).
 */
export function rememberMember(
  member: IdentifiedMember,
  request: IdentifyRequest,
  presented: { card: string; pin?: string },
): void {
  if (request.test) return;
  const id = uuidv7();
  const proof = sealProof({ ...presented, session: id });
  updateSession((s) => {
    s.member = member;
    s.id = id;
    s.proof = proof;
  });
}

/** Leave the identify screen for the job that asked (a staff test goes back where it came from). */
export function continueToJob(request: IdentifyRequest): void {
  updateSession((s) => {
    delete s.identify;
  });
  if (request.test) back();
  else if (request.next === 'home') home();
  else replace(request.next);
}

/** Forget who the elder is (a job's "not me"), without ending the session. */
export function forgetMember(): void {
  updateSession((s) => {
    delete s.member;
    delete s.id;
    delete s.proof;
  });
}
