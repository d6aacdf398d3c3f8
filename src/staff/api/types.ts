/**
 * What the centre server answers, as the console reads it. Written out here rather than imported
 * from src/server, which compiles for Node (the console compiles for the DOM).
 */
import type { LocalText } from '../../shared/config/fields';

/** GET /api/kiosks */
export interface Kiosk {
  id: string;
  name: string;
  location: string | null;
  createdAt: string;
  revokedAt: string | null;
  lastSeenAt: string | null;
  appVersion: string | null;
  configVersion: string | null;
  outboxLength: number | null;
  lastError: string | null;
}

/** POST /api/kiosks/enrollment-codes */
export interface EnrollmentCode {
  code: string;
  expiresAt: string;
  name: string;
  location: string | null;
}

/** GET /api/dashboard */
export interface Dashboard {
  serverTime: string;
  onlineWindowMs: number;
  kiosks: {
    id: string;
    name: string;
    location: string | null;
    lastSeenAt: string | null;
    outboxLength: number | null;
    lastError: string | null;
    online: boolean;
  }[];
  totals: { kiosks: number; online: number; pendingEntries: number; rejections: number };
  today: { day: string; meals: number; openCalls: number; openRequests: number };
}

/** GET /api/sync/rejections */
export interface Rejection {
  id: string;
  kioskId: string;
  kioskName: string | null;
  kind: string;
  reason: { code: string; message: LocalText; detail?: string };
  kioskTime: string;
  receivedAt: string;
}

/** GET /api/audit */
export interface AuditEntry {
  id: string;
  at: string;
  actor: { id: string | null; label: string };
  action: string;
  subject: { type: string; id: string } | null;
  details: unknown;
}

/** POST /api/members/import */
export interface ImportReport {
  imported: number;
  updated: number;
  unchanged: number;
  errors: { line: number; field?: string; message: string }[];
}

/** The events of GET /api/events (see src/server/events/bus.ts). */
export interface KioskSeen {
  kioskId: string;
  lastSeenAt: string;
  outboxLength: number | null;
  lastError: string | null;
}
export interface SyncPushed {
  kioskId: string;
  accepted: number;
  rejected: number;
}
