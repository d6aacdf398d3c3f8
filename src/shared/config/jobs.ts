/**
 * The jobs a kiosk's home screen can offer. Apart from kiosk.json's schema (kiosk.ts, which
 * re-exports them) so that the kiosk's pull, which checks a published kiosk's jobs
 * (changes.ts), does not evaluate the whole config schema at every start.
 */

/** The jobs a home screen can offer, one tile each. */
export const JOBS = ['activities', 'about', 'meals', 'help', 'subsidies', 'lessons'] as const;
/** One job (home-screen tile). */
export type Job = (typeof JOBS)[number];

/**
 * The jobs this version of the kiosk can do: the one list that config checks, publishing and the
 * kiosk's home screen share. A job joins it when its flow lands; until then a config that asks
 * for it is refused in words, not silently shown without it (every job of JOBS has its flow now).
 */
export const IMPLEMENTED_JOBS = [
  'activities',
  'about',
  'meals',
  'help',
  'subsidies',
  'lessons',
] as const satisfies readonly Job[];
/** A job this version has a screen for. */
export type ImplementedJob = (typeof IMPLEMENTED_JOBS)[number];

export function isImplementedJob(job: string): job is ImplementedJob {
  return (IMPLEMENTED_JOBS as readonly string[]).includes(job);
}

/** The words for a job that is planned but not in this version yet. */
export const notImplementedJob = (job: unknown): string =>
  `${JSON.stringify(job)} is not in this version of the kiosk yet, so kiosks would show no tile for it — take it off the list until an update brings it (this version has: ${IMPLEMENTED_JOBS.join(', ')})`;
