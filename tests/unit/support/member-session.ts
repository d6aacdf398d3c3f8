/**
 * An elder's session on the kiosk as identifying leaves it: the member, this session's id and the
 * sealed proof that they were present (src/kiosk/app/state.ts: `SessionData`). For tests that
 * start on a screen behind identification.
 */
import { session } from '../../../src/kiosk/app/state';
import type { IdentifiedMember } from '../../../src/kiosk/flows/identify/member';
import type { EntryProof } from '../../../src/shared/sync/seal';

export function startMemberSession(member: IdentifiedMember, proof: EntryProof): void {
  session.value = {
    startedAt: Date.now(),
    staffUnlocked: false,
    member,
    id: proof.session,
    proof: Promise.resolve(proof),
  };
}
