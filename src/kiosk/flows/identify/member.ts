/** What the identify flow hands to the job that asked: who the elder is, kept in the session. */
import type { RosterMember } from '../../../shared/members/roster';
import type { ScreenId } from '../../app/router';

/** A member found by their card: the roster's facts without the card key. */
export interface IdentifiedMember extends Omit<RosterMember, 'cardKey'> {
  /** The server's id for the member: what entries about them carry. */
  id: string;
  /**
   * Whether screens of personal records (my meals, my requests) may open: the member has no PIN,
   * or the server has just checked it. Offline, a PIN member's card alone books a meal or asks
   * for help, and those screens say they need the connection.
   */
  recordsAllowed: boolean;
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
