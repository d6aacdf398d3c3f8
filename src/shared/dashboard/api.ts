/** /api/dashboard: the console's first paint (dashboard.read); /api/events keeps it current. */
import * as v from 'valibot';
import { route } from '../api/contract';

export const DashboardKioskSchema = v.object({
  id: v.string(),
  name: v.string(),
  location: v.nullable(v.string()),
  lastSeenAt: v.nullable(v.string()),
  /** Entries waiting in the kiosk's outbox, as it last reported; null before its first report. */
  outboxLength: v.nullable(v.number()),
  /** The kiosk's last reported problem, or null. */
  lastError: v.nullable(v.string()),
  online: v.boolean(),
});

export const DashboardSchema = v.object({
  serverTime: v.string(),
  /** So the console ages "online" by the same rule as the server. */
  onlineWindowMs: v.number(),
  kiosks: v.array(DashboardKioskSchema),
  totals: v.object({
    kiosks: v.number(),
    online: v.number(),
    pendingEntries: v.number(),
    rejections: v.number(),
  }),
  /** The centre's day at a glance: meals standing for today, calls and requests still open. */
  today: v.object({
    day: v.string(),
    meals: v.number(),
    openCalls: v.number(),
    openRequests: v.number(),
  }),
  /** The disk holding the centre's data; absent or null when the server cannot tell. */
  disk: v.optional(
    v.nullable(v.object({ freeBytes: v.number(), totalBytes: v.number(), low: v.boolean() })),
  ),
});
export type Dashboard = v.InferOutput<typeof DashboardSchema>;

export const DashboardApi = {
  get: route({ method: 'GET', path: '/api/dashboard', response: DashboardSchema }),
};
