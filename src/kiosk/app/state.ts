/**
 * The kiosk's app-wide state as signals. Anything personal lives in `session` and is wiped by
 * `endSession` (idle timeout, "我用完了") or `finishTask` (a task done) so the next person never
 * sees it.
 */
import { computed, signal } from '@preact/signals';
import type { CentreKioskConfig, Job, Language } from '../../shared/config/schema';
import type { KioskSettings } from '../../shared/config/versions-api';
import type { EntryProof } from '../../shared/sync/proof';
import type { IdentifiedMember, IdentifyRequest } from '../flows/identify/member';

export type TextSize = 1 | 1.3 | 1.6;
export const TEXT_SIZES: readonly TextSize[] = [1, 1.3, 1.6];

/** The validated config in force; set once at boot and replaced only on the attract screen. */
export const config = signal<CentreKioskConfig | null>(null);

/** What the fleet page set for this kiosk (name, place, orientation, jobs); null: none set. */
export const kioskSettings = signal<KioskSettings | null>(null);

/** Why this kiosk refused the newest config (it runs the last good one); reported to the server. */
export const configError = signal<string | null>(null);

/** Opened by the console as a preview of a draft: no enrolling, syncing, outbox or speech. */
export const preview = signal(false);

/**
 * The home screen's jobs: the centre's, in its order, narrowed to this kiosk's subset. A subset
 * that no longer meets the centre's jobs shows them all rather than an empty home screen.
 */
export const homeJobs = computed<Job[]>(() => {
  const all = config.value?.kiosk.jobs ?? [];
  const only = kioskSettings.value?.jobs;
  if (!only) return all;
  const mine = all.filter((job) => only.includes(job));
  return mine.length > 0 ? mine : all;
});

export const textSize = signal<TextSize>(1);
export const highContrast = signal(false);

/** Facts about this device for the staff screen. */
export const device = {
  storagePersisted: signal<boolean | 'unknown'>('unknown'),
  updateWaiting: signal(false),
  online: signal(typeof navigator === 'undefined' ? true : navigator.onLine),
};

/** Data belonging to the person at the kiosk right now. Flows add their own fields later. */
export interface SessionData {
  startedAt: number;
  /** Set once the staff PIN has been entered, for the staff screen only. */
  staffUnlocked: boolean;
  /** The member who tapped their card (see flows/identify), for the jobs that need to know who. */
  member?: IdentifiedMember;
  /**
   * This member's session: a UUID v7 made when they are identified, gone when they are forgotten
   * (so anything tied to it cannot outlive the person at the kiosk).
   */
  id?: string;
  /**
   * The member's identification sealed for the server in this session (flows/identify/proof.ts):
   * every entry made for them carries it. Null when it could not be sealed (no key yet).
   */
  proof?: Promise<EntryProof | null>;
  /** Which job sent the elder to the identify screen, and where to go once they are known. */
  identify?: IdentifyRequest;
}
export const session = signal<SessionData | null>(null);

export const enabledLanguages = computed<Language[]>(
  () => config.value?.kiosk.languages.enabled ?? ['zh-Hans'],
);

/** Read the config where it must exist (every screen after boot). */
export function useConfig(): CentreKioskConfig {
  const c = config.value;
  if (!c) throw new Error('config is not loaded');
  return c;
}
