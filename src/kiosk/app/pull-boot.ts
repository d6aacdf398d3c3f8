/**
 * The pull's code, loaded after the first paint (`bootPull` in app/pull.ts) a few modules at a
 * time. Evaluated in one go, its replica types' schemas and the pull (valibot, the roster's, help's,
 * the classes' and the config's change types, the store, the live stream) made one task of 20–30
 * ms on a quiet box, several times that on a slow one: long enough to hold an elder's touch.
 * Each step below evaluates what it imports in a task of its own; pull-start.ts, last, finds
 * them evaluated and evaluates only itself.
 */
import { nextTask } from './idle-moment';

const STEPS: (() => Promise<unknown>)[] = [
  () => import('valibot'),
  () => import('../../shared/sync/pull'),
  () => import('../offline/roster'),
  () => import('../flows/help/replica'),
  () => import('../flows/classes/replica'),
  () => import('./config-updates'),
];

/** The pull's code, step by step; resolves to its start (pull-start.ts). A failed fetch rejects. */
export async function loadPull(): Promise<() => Promise<void>> {
  for (const step of STEPS) {
    await step();
    await nextTask();
  }
  return (await import('./pull-start')).startPulling;
}
