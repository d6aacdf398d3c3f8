/**
 * The types of kiosk.js, in terms the Node type-check can see: the parts of the kiosk's Outbox
 * and Sync (src/kiosk/offline) the fault tests use, restated without their DOM types.
 */
import type { AcceptedResult, OutboxEntry, RejectedResult } from '../../../src/shared/sync/index';
import type { FaultNotePayload } from '../support/child-server-kind';

/** A @preact/signals signal, read-only. */
interface Readable<T> {
  readonly value: T;
}

export interface StoredEntry extends OutboxEntry {
  payload: FaultNotePayload;
  createdAt: number;
  subject?: string;
}
export interface SentEntry extends StoredEntry {
  result: AcceptedResult;
  sentAt: number;
}
export interface RejectedEntry extends StoredEntry {
  result: RejectedResult;
  rejectedAt: number;
  seenAt: number | null;
}

export interface SyncProblem {
  code: string;
  status?: number;
  detail: string;
  at: number;
}

export interface KioskOutbox {
  pending(limit?: number): Promise<StoredEntry[]>;
  sent(subject?: string): Promise<SentEntry[]>;
  rejected(subject?: string): Promise<RejectedEntry[]>;
  readonly pendingCount: Readable<number>;
  readonly rejectedCount: Readable<number>;
  readonly lastError: Readable<SyncProblem | null>;
}

export interface KioskSync {
  syncNow(): Promise<void>;
  kick(): void;
  idle(): Promise<void>;
  readonly state: Readable<'stopped' | 'idle' | 'sending' | 'waiting' | 'halted'>;
  readonly failures: Readable<number>;
  readonly nextAttemptAt: Readable<number | null>;
  readonly needsEnrollment: Readable<boolean>;
  readonly clockSkewMs: Readable<number | null>;
}

export interface KioskClock {
  now(): number;
  set(ms: number): void;
  advance(ms: number, settle?: () => Promise<void>): Promise<void>;
}

export interface DeviceEnrollment {
  kioskId: string;
  token: string;
  name: string;
  location: string | null;
  enrolledAt: number;
}

export interface Kiosk {
  readonly enrollment: DeviceEnrollment;
  readonly outbox: KioskOutbox;
  readonly sync: KioskSync;
  /** Set `online` false to make every fetch fail before it leaves the kiosk. */
  readonly network: { online: boolean };
  readonly backgroundSyncs: number[];
  save(payload: FaultNotePayload): Promise<StoredEntry>;
  saveOnce(key: string, payload: FaultNotePayload): Promise<StoredEntry>;
  goOnline(): Promise<void>;
  nextTry(): Promise<void>;
  unload(): Promise<void>;
  /** IndexedDB `add` of `entry` into the outbox store, bypassing the outbox's own `add`. */
  requeue(entry: StoredEntry): Promise<void>;
  close(): Promise<void>;
}

interface Where {
  base: string;
  dbName: string;
  clock: KioskClock;
}

export function createKioskClock(start?: number): KioskClock;
export function enrollAt(options: Where & { code: string }): Promise<DeviceEnrollment>;
export function openKiosk(options: Where): Promise<Kiosk>;
