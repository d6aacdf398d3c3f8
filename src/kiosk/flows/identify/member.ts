/** What the identify flow hands to the job that asked: who the elder is, kept in the session. */
import type { RosterMember } from '../../../shared/members/roster';
import type { ScreenId } from '../../app/router';

/** A member found by their card: the roster's facts without the card hash and PIN hash. */
export interface IdentifiedMember extends Omit<RosterMember, 'cardHash' | 'pin'> {
  /** The server's id for the member: what entries about them carry. */
  id: string;
}

/** A job's request to know who the elder is. */
export interface IdentifyRequest {
  /** The screen to go to once the elder is known (replacing the identify screen). */
  next: ScreenId;
  /** The job greets the member itself: once known, go straight on (no welcome screen). */
  greetedByJob?: boolean;
  /** Staff checking a reader or a card: nobody is signed in, and "Done" goes back. */
  test?: boolean;
}
