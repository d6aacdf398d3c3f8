/**
 * The kiosk's side of the centre's move to a new address (issue #17). A pull on the old address
 * says where to go, with a one-time move token; the kiosk goes only when nothing waits in its
 * outbox (what is stored here stays here: the new address has its own storage) and nobody is at
 * the screen, and enrolls at the new address with the token (move-arrival.ts), no code needed.
 * It leaves a note here, so a browser started again at the old address goes on to the new one.
 */
import { effect } from '@preact/signals';
import type { SyncMove } from '../../shared/sync/pull';
import { logError } from './device';
import { MOVE_KIOSK_PARAM, MOVE_TOKEN_PARAM, MOVED_TO_KEY } from './move-boot';
import { currentKioskId, offline } from './offline';
import { session } from './state';

/** The newest move the old address announced (each pull gives a new token), or null. */
let latest: SyncMove | null = null;
let watching = false;
let leaving = false;

/** What a pull said about a move (undefined: none, or it was called off). */
export function noteMove(move: SyncMove | undefined): void {
  latest = move ?? null;
  if (!latest || watching) return;
  watching = true;
  // Checked again whenever the outbox's count or the screen's session changes, and on each pull.
  effect(() => {
    void offline.value?.outbox.pendingCount.value;
    void session.value;
    void goIfDrained().catch((error: unknown) => logError(error, 'move'));
  });
}

async function goIfDrained(): Promise<void> {
  const move = latest;
  const outbox = offline.value?.outbox;
  if (!move || !outbox || leaving) return;
  // Never in the middle of an elder's visit: the attract screen only.
  if (session.peek() !== null) return;
  if (Date.parse(move.expiresAt) <= Date.now()) return;
  // Read from storage, not the signal: an entry saved a moment ago counts.
  if ((await outbox.pending(1)).length > 0) return;
  if (session.peek() !== null || latest !== move) return;
  leaving = true;
  localStorage.setItem(MOVED_TO_KEY, move.to);
  const there = new URL('/', move.to);
  there.searchParams.set(MOVE_TOKEN_PARAM, move.token);
  there.searchParams.set(MOVE_KIOSK_PARAM, currentKioskId());
  location.replace(there.href);
}
