/** The console dashboard's numbers: kiosks online, entries waiting on kiosks, refusals. */
import type { Kysely } from 'kysely';
import { centreClock } from '../../shared/centre/clock';
import type { Database } from '../db/schema';
import { selectKiosks } from '../kiosks/kiosks.repository';
import { toKioskView } from '../kiosks/kiosks.service';
import {
  countMealsOn,
  countOpenCalls,
  countOpenRequests,
  countRejections,
} from './dashboard.repository';
import { type DiskSpace, diskSpace } from './disk';

/** A kiosk counts as online when it made a request within this long. */
export const ONLINE_WINDOW_MS = 2 * 60 * 1000;

/** One working (unrevoked) kiosk, as the dashboard shows it. */
export interface DashboardKiosk {
  id: string;
  name: string;
  location: string | null;
  lastSeenAt: string | null;
  /** Entries waiting in the kiosk's outbox, as it last reported; null before its first report. */
  outboxLength: number | null;
  /** The kiosk's last reported problem, or null. */
  lastError: string | null;
  online: boolean;
}

/** GET /api/dashboard. The console keeps it current from /api/events after the first paint. */
export interface Dashboard {
  serverTime: string;
  /** So the console ages "online" by the same rule as the server. */
  onlineWindowMs: number;
  kiosks: DashboardKiosk[];
  totals: { kiosks: number; online: number; pendingEntries: number; rejections: number };
  /** The centre's day at a glance: meals standing for today, calls and requests still open. */
  today: { day: string; meals: number; openCalls: number; openRequests: number };
  /**
   * The disk holding the centre's data (null when it cannot be read), so staff act before it is
   * full; absent when the server was given no data folder (in-process tests).
   */
  disk?: DiskSpace | null;
}

/** Whether a kiosk last seen at `lastSeenAt` counts as online at `now`. */
export function isOnline(lastSeenAt: string | null, now: Date): boolean {
  return lastSeenAt !== null && now.getTime() - Date.parse(lastSeenAt) < ONLINE_WINDOW_MS;
}

/**
 * The dashboard at `now`, "today" in the centre's time zone. Revoked kiosks are left out: they
 * will never send again.
 */
export async function dashboardView(
  db: Kysely<Database>,
  now: Date,
  timeZone: string,
  dataDir?: string,
): Promise<Dashboard> {
  const day = centreClock(now, timeZone).date;
  const [rows, rejections, meals, openCalls, openRequests] = await Promise.all([
    selectKiosks(db),
    countRejections(db),
    countMealsOn(db, day),
    countOpenCalls(db),
    countOpenRequests(db),
  ]);
  const kiosks = rows
    .map(toKioskView)
    .filter((k) => k.revokedAt === null)
    .map(
      (k): DashboardKiosk => ({
        id: k.id,
        name: k.name,
        location: k.location,
        lastSeenAt: k.lastSeenAt,
        outboxLength: k.outboxLength,
        lastError: k.lastError,
        online: isOnline(k.lastSeenAt, now),
      }),
    );
  return {
    serverTime: now.toISOString(),
    onlineWindowMs: ONLINE_WINDOW_MS,
    kiosks,
    totals: {
      kiosks: kiosks.length,
      online: kiosks.filter((k) => k.online).length,
      pendingEntries: kiosks.reduce((sum, k) => sum + (k.outboxLength ?? 0), 0),
      rejections,
    },
    today: { day, meals, openCalls, openRequests },
    ...(dataDir !== undefined ? { disk: diskSpace(dataDir) } : {}),
  };
}
