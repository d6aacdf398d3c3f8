/**
 * The pull's code, loaded after the first paint (`bootPull` in app/pull.ts) a few modules at a
 * time. Evaluated in one go, its replica types' schemas and the pull (valibot, the roster's, help's,
 * the classes' and the config's change types, the store, the live stream) made one task of 20–30
 * ms on a quiet box, several times that on a slow one: long enough to hold an elder's touch.
 * Each step below evaluates what it imports in a task of its own; pull-start.ts, last, finds
 * them evaluated and evaluates only itself.
 */
import { logError } from './device';
import { nextTask } from './idle-moment';
import { settleBoot } from './pull';

const STEPS: (() => Promise<unknown>)[] = [
  () => import('valibot'),
  () => import('../../shared/sync/pull'),
  () => import('../offline/roster'),
  () => import('../flows/help/replica'),
  () => import('../flows/classes/replica'),
  () => import('./config-updates'),
];

/** Open the replica and start pulling. Failures are logged for staff; identify then asks for staff. */
export async function startPulling(): Promise<void> {
  let start: typeof import('./pull-start').startPulling;
  try {
    for (const step of STEPS) {
      await step();
      await nextTask();
    }
    start = (await import('./pull-start')).startPulling;
  } catch (error) {
    // A chunk that could not be fetched: a card read must not wait for a replica forever.
    settleBoot(null);
    logError(error, 'pull');
    return;
  }
  await start();
}
