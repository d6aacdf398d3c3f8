/**
 * The kiosk's copy of the server's data (the roster…) and its pull loop, as the rest of the app
 * sees them. The loop itself (pull, live stream, config updates, the replica's types and their
 * schemas) is in pull-boot.ts, loaded after the first screen: an emergency call needs the outbox
 * at once, not the pull, and reads these signals as null until boot fills them.
 */
import { signal } from '@preact/signals';
import type { Live } from '../offline/live';
import type { Pull } from '../offline/pull';
import type { ReplicaStore } from '../offline/pull-store';
import { logError } from './device';

/** The last good copy of what the server publishes; null until boot opened it (or if that failed). */
export const replica = signal<ReplicaStore | null>(null);
let resolveBoot: (store: ReplicaStore | null) => void = () => undefined;
/**
 * Resolves once boot has opened the replica (null if it could not). A card read in the first
 * moments after a (re)start waits for it, rather than being told "no member list on this kiosk".
 */
export const replicaReady: Promise<ReplicaStore | null> = new Promise((resolve) => {
  resolveBoot = resolve;
});
/** Settles `replicaReady`: called once by boot (pull-boot.ts). */
export function settleBoot(store: ReplicaStore | null): void {
  resolveBoot(store);
}
/** The running pull loop, for the staff screen. */
export const puller = signal<Pull | null>(null);

/** The server's live stream of "something changed for you" (help answers in a second): each nudge pulls. */
export const live = signal<Live | null>(null);

/** Open the replica and start pulling (pull-boot.ts, its own chunk). Failures are logged for staff. */
export async function bootPull(): Promise<void> {
  let start: () => Promise<void>;
  try {
    start = await (await import('./pull-boot')).loadPull();
  } catch (error) {
    // A chunk that could not be fetched: a card read must not wait for a replica for ever.
    settleBoot(null);
    logError(error, 'pull');
    return;
  }
  await start();
}
