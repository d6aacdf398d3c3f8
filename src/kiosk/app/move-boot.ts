/**
 * At boot, the two ends of a move to a new address (move.ts): on the old address a kiosk that
 * has moved goes straight on to the new one; on the new address a kiosk that arrives with a move
 * token enrolls with it (move-arrival.ts, loaded only then).
 */
import { KEPT_DB_NAME } from '../offline/kept-name';
import { logError } from './device';

/** Where this origin's kiosk moved to (localStorage, this origin's), once it has. */
export const MOVED_TO_KEY = 'nuanxin.movedTo';
export const MOVE_TOKEN_PARAM = 'move';
export const MOVE_KIOSK_PARAM = 'kiosk';

/** On the old address after the move: go to the new one. True when leaving. */
export function leaveIfMoved(): boolean {
  const to = localStorage.getItem(MOVED_TO_KEY);
  if (!to || new URL(to).origin === location.origin) return false;
  // What this address kept to resend after a restore is not needed here any more (nothing has
  // opened it yet in this page, so nothing blocks the deletion).
  indexedDB.deleteDatabase(KEPT_DB_NAME);
  location.replace(new URL('/', to).href);
  return true;
}

/** Arrived with a move token: enroll with it before anything reads the enrollment. */
export async function arriveFromMove(): Promise<void> {
  const url = new URL(location.href);
  const token = url.searchParams.get(MOVE_TOKEN_PARAM);
  const kioskId = url.searchParams.get(MOVE_KIOSK_PARAM);
  if (!token || !kioskId) return;
  // The token works once: out of the address bar before anything else, so a reload cannot reuse it.
  url.searchParams.delete(MOVE_TOKEN_PARAM);
  url.searchParams.delete(MOVE_KIOSK_PARAM);
  history.replaceState(history.state, '', url.href);
  try {
    const { redeemMoveToken } = await import('./move-arrival');
    await redeemMoveToken(kioskId, token);
  } catch (error) {
    // Staff then enroll it with a code, as any new kiosk.
    logError(error, 'move: enrolling with the move token');
  }
}
