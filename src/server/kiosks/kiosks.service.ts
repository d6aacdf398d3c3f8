/** Kiosk rules: one-time enrollment codes, device tokens, revocation and reported status. */
import type { Kysely } from 'kysely';
import * as v from 'valibot';
import { KIOSK_SETTINGS_CHANGE, KioskSettingsSchema } from '../../shared/config/changes';
import type { Job } from '../../shared/config/kiosk';
import type { KioskSettings, Orientation } from '../../shared/config/versions-api';
import { type Actor, recordAudit } from '../audit/audit.service';
import { numbersByHash } from '../config/config.repository';
import { newId } from '../db/ids';
import type { Database } from '../db/schema';
import type { EventBus } from '../events/bus';
import { AppError, notFound } from '../http/errors';
import { cardKeyInForce, rotateCardKey } from '../members/card-key';
import { tooManyAttempts } from '../staff/throttle';
import { addFailure, findAttempts, lockKey } from '../staff/throttle.repository';
import { publishPut } from '../sync/changes';
import {
  claimCode,
  findCodesByHash,
  findKiosk,
  findKioskByTokenHash,
  insertEnrollmentCode,
  insertKiosk,
  liveCodeExists,
  selectKiosks,
  updateKiosk,
} from './kiosks.repository';
import type { KioskRow } from './kiosks.table';
import { type MoveState, moveStates } from './moves.service';
import {
  ENROLL_LOCK_MS,
  ENROLLMENT_CODE_TTL_MS,
  KIOSK_TOUCH_INTERVAL_MS,
  MAX_ENROLL_FAILURES_PER_ADDRESS,
} from './policy';
import { newDeviceToken, newEnrollmentCode, sha256Hex } from './token';

/** A kiosk as the console lists it. */
export interface KioskView {
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
  /** The config version number whose hash the kiosk reports running; null: not a stored version. */
  configNumber: number | null;
  /** Why the kiosk refused the newest config (it runs its last good one); null: no problem. */
  configError: string | null;
  /** The fleet page's settings for it (see KioskSettings). */
  orientation: Orientation | null;
  jobs: Job[] | null;
  /** While the centre moves address (moves.service.ts): draining on the old one, or moved. */
  move: MoveState | null;
}

export function toKioskView(row: KioskRow): KioskView {
  return kioskView(row, new Map(), new Map());
}

/**
 * The view with the config version number each kiosk runs: `numbers` maps a version's hash to
 * its newest number (numbersByHash).
 */
function kioskView(
  row: KioskRow,
  numbers: ReadonlyMap<string, number>,
  moves: ReadonlyMap<string, MoveState>,
): KioskView {
  return {
    id: row.id,
    name: row.name,
    location: row.location,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
    lastSeenAt: row.last_seen_at,
    appVersion: row.app_version,
    configVersion: row.config_version,
    // pg may read an integer column back as a string; the API always answers a number.
    outboxLength: row.outbox_length === null ? null : Number(row.outbox_length),
    lastError: row.last_error,
    configNumber: (row.config_version && numbers.get(row.config_version)) || null,
    configError: row.config_error,
    orientation: row.orientation,
    jobs: row.jobs === null ? null : (JSON.parse(row.jobs) as Job[]),
    move: moves.get(row.id) ?? null,
  };
}

/** A new one-time code for enrolling a kiosk named `name`; the code is in this answer only. */
export async function createEnrollmentCode(
  db: Kysely<Database>,
  actor: Actor,
  input: { name: string; location?: string | undefined },
  now: Date,
): Promise<{ code: string; expiresAt: string; name: string; location: string | null }> {
  const nowIso = now.toISOString();
  const expiresAt = new Date(now.getTime() + ENROLLMENT_CODE_TTL_MS).toISOString();
  const location = input.location || null;
  return db.transaction().execute(async (trx) => {
    // Two live codes must never be the same digits, or one kiosk could take the other's name.
    let code = newEnrollmentCode();
    while (await liveCodeExists(trx, sha256Hex(code), nowIso)) code = newEnrollmentCode();
    const id = newId(now.getTime());
    await insertEnrollmentCode(trx, {
      id,
      code_hash: sha256Hex(code),
      name: input.name,
      location,
      created_by: actor.kind === 'staff' ? actor.id : null,
      created_at: nowIso,
      expires_at: expiresAt,
      used_at: null,
      kiosk_id: null,
    });
    await recordAudit(trx, {
      at: now,
      actor,
      action: 'kiosk.enrollment_code_created',
      subject: { type: 'kiosk_enrollment_code', id },
      details: { name: input.name, location, expiresAt },
    });
    return { code, expiresAt, name: input.name, location };
  });
}

function enrollKey(address: string): string {
  return `kiosk-enroll:${address}`;
}

/** Counts a wrong code against the address, locking it (audited) at the limit. */
async function recordFailedEnroll(db: Kysely<Database>, address: string, now: Date) {
  const nowIso = now.toISOString();
  await db.transaction().execute(async (trx) => {
    const row = await addFailure(
      trx,
      enrollKey(address),
      nowIso,
      new Date(now.getTime() - ENROLL_LOCK_MS).toISOString(),
    );
    if (row.failures < MAX_ENROLL_FAILURES_PER_ADDRESS) return;
    if (row.locked_until !== null && row.locked_until > nowIso) return;
    const until = new Date(now.getTime() + ENROLL_LOCK_MS).toISOString();
    await lockKey(trx, enrollKey(address), until);
    await recordAudit(trx, {
      at: now,
      actor: { kind: 'anonymous' },
      action: 'kiosk.enroll_locked',
      subject: { type: 'address', id: address },
      details: { failures: row.failures, lockedUntil: until },
    });
  });
}

/**
 * Trades a one-time code for a device token. 400 for a code that never existed, 410 for one
 * used or expired, 429 while the address is locked after too many wrong codes.
 */
export async function enroll(
  db: Kysely<Database>,
  attempt: { code: string; appVersion: string; address: string },
  now: Date,
): Promise<{ kioskId: string; token: string; name: string; location: string | null }> {
  const nowIso = now.toISOString();
  const [lock] = await findAttempts(db, [enrollKey(attempt.address)]);
  if (lock?.locked_until && lock.locked_until > nowIso)
    throw tooManyAttempts(new Date(lock.locked_until), now);

  const rows = await findCodesByHash(db, sha256Hex(attempt.code));
  const live = rows.find((r) => r.used_at === null && r.expires_at > nowIso);
  if (!live) {
    await recordFailedEnroll(db, attempt.address, now);
    if (rows.some((r) => r.used_at !== null))
      throw new AppError(
        410,
        'enrollment_code_used',
        'This code has already been used. Ask an administrator for a new code.',
      );
    if (rows.length > 0)
      throw new AppError(
        410,
        'enrollment_code_expired',
        'This code has expired. Ask an administrator for a new code.',
      );
    throw new AppError(
      400,
      'enrollment_code_unknown',
      'This code is not right. Check the digits, or ask an administrator for a new code.',
    );
  }

  const token = newDeviceToken();
  const kioskId = newId(now.getTime());
  await db.transaction().execute(async (trx) => {
    if (!(await claimCode(trx, live.id, kioskId, nowIso)))
      throw new AppError(
        410,
        'enrollment_code_used',
        'This code has already been used. Ask an administrator for a new code.',
      );
    await insertKiosk(trx, {
      id: kioskId,
      name: live.name,
      location: live.location,
      token_hash: sha256Hex(token),
      created_at: nowIso,
      revoked_at: null,
      last_seen_at: nowIso,
      app_version: attempt.appVersion,
      config_version: null,
      outbox_length: null,
      last_error: null,
      orientation: null,
      jobs: null,
      config_error: null,
    });
    await recordAudit(trx, {
      at: now,
      actor: { kind: 'anonymous' },
      action: 'kiosk.enrolled',
      subject: { type: 'kiosk', id: kioskId },
      details: {
        name: live.name,
        appVersion: attempt.appVersion,
        address: attempt.address,
        codeId: live.id,
      },
    });
    // The centre's card key, made now if this is the first kiosk: it is in the feed before the
    // kiosk's first pull, so that pull's cursor is the feed's end, as the live stream says.
    await cardKeyInForce(trx, now);
  });
  return { kioskId, token, name: live.name, location: live.location };
}

/** Every kiosk, by name. */
export async function listKiosks(db: Kysely<Database>): Promise<KioskView[]> {
  const numbers = await numbersByHash(db);
  const moves = await moveStates(db);
  return (await selectKiosks(db)).map((row) => kioskView(row, numbers, moves));
}

/**
 * Sets a kiosk's name, place, orientation and jobs (checked by KioskSettingsSchema), audited,
 * and publishes them to the kiosk through pull ("kiosk-settings", key = its id).
 */
export async function updateKioskSettings(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  input: Omit<KioskSettings, 'jobs'> & { jobs: string[] | null },
  now: Date,
): Promise<KioskView> {
  const checked = v.safeParse(KioskSettingsSchema.entries.jobs, input.jobs);
  if (!checked.success)
    throw new AppError(422, 'invalid_kiosk_jobs', checked.issues[0]?.message ?? 'Check the jobs.', {
      fields: [{ path: 'jobs', message: checked.issues[0]?.message ?? 'Check the jobs.' }],
    });
  const settings: KioskSettings = { ...input, jobs: checked.output };
  const location = settings.location || null;
  const published: KioskSettings = { ...settings, location };
  await db.transaction().execute(async (trx) => {
    const kiosk = await findKiosk(trx, id);
    if (!kiosk) throw notFound('There is no kiosk with this id.', 'kiosk_not_found');
    await updateKiosk(trx, id, {
      name: settings.name,
      location,
      orientation: settings.orientation,
      jobs: settings.jobs === null ? null : JSON.stringify(settings.jobs),
    });
    await recordAudit(trx, {
      at: now,
      actor,
      action: 'kiosk.settings_changed',
      subject: { type: 'kiosk', id },
      details: {
        before: {
          name: kiosk.name,
          location: kiosk.location,
          orientation: kiosk.orientation,
          jobs: kiosk.jobs === null ? null : (JSON.parse(kiosk.jobs) as Job[]),
        },
        after: published,
      },
    });
    await publishPut(trx, KIOSK_SETTINGS_CHANGE, id, published, now);
  });
  const row = await findKiosk(db, id);
  return kioskView(row as KioskRow, await numbersByHash(db), await moveStates(db));
}

/** Refuses the kiosk's token from now on (idempotent: revoking twice changes nothing). */
export async function revokeKiosk(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  now: Date,
): Promise<KioskView> {
  return db.transaction().execute(async (trx) => {
    const kiosk = await findKiosk(trx, id);
    if (!kiosk) throw notFound('There is no kiosk with this id.', 'kiosk_not_found');
    if (kiosk.revoked_at) return toKioskView(kiosk);
    const revokedAt = now.toISOString();
    await updateKiosk(trx, id, { revoked_at: revokedAt });
    // The revoked kiosk's copy of the roster must stop matching cards: a new card key, and so
    // new cardKeys for every member, reach the other kiosks in their next pull.
    await rotateCardKey(trx, now);
    await recordAudit(trx, {
      at: now,
      actor,
      action: 'kiosk.revoked',
      subject: { type: 'kiosk', id },
      details: { name: kiosk.name },
    });
    return toKioskView({ ...kiosk, revoked_at: revokedAt });
  });
}

/** True while the kiosk is enrolled and not revoked (its open live stream may go on). */
export async function kioskStillEnrolled(db: Kysely<Database>, id: string): Promise<boolean> {
  const kiosk = await findKiosk(db, id);
  return kiosk !== undefined && !kiosk.revoked_at;
}

/** The enrolled kiosk behind a request. */
export interface KioskPrincipal {
  id: string;
  name: string;
}

/** What a kiosk reports about itself; undefined = not reported this time (keep the stored one). */
export interface KioskStatus {
  appVersion?: string | undefined;
  configVersion?: string | undefined;
  outboxLength?: number | undefined;
  /** null clears it. */
  lastError?: string | null | undefined;
  /** Why the kiosk refused a config; null clears it. */
  configError?: string | null | undefined;
}

/**
 * The kiosk a device token belongs to. 401 when the token is unknown or revoked. Stores the
 * reported status, and last_seen_at at most once a minute, so most requests write nothing.
 * Publishes `kiosk.seen` on `events` (every request: the console's "online" is live).
 */
export async function resolveKiosk(
  db: Kysely<Database>,
  token: string,
  status: KioskStatus,
  now: Date,
  events?: EventBus,
): Promise<KioskPrincipal> {
  const kiosk = await findKioskByTokenHash(db, sha256Hex(token));
  if (!kiosk)
    throw new AppError(
      401,
      'kiosk_not_enrolled',
      'This kiosk is not enrolled with the centre. Enroll it again with a code from the staff console.',
    );
  if (kiosk.revoked_at)
    throw new AppError(
      401,
      'kiosk_revoked',
      'This kiosk has been revoked by the centre. Enroll it again with a new code.',
    );
  const changes: Partial<KioskRow> = {};
  if (status.appVersion !== undefined && status.appVersion !== kiosk.app_version)
    changes.app_version = status.appVersion;
  if (status.configVersion !== undefined && status.configVersion !== kiosk.config_version)
    changes.config_version = status.configVersion;
  if (
    status.outboxLength !== undefined &&
    status.outboxLength !== (kiosk.outbox_length === null ? null : Number(kiosk.outbox_length))
  )
    changes.outbox_length = status.outboxLength;
  if (status.lastError !== undefined && status.lastError !== kiosk.last_error)
    changes.last_error = status.lastError;
  if (status.configError !== undefined && status.configError !== kiosk.config_error)
    changes.config_error = status.configError;
  const stale =
    kiosk.last_seen_at === null ||
    now.getTime() - new Date(kiosk.last_seen_at).getTime() >= KIOSK_TOUCH_INTERVAL_MS;
  if (stale || Object.keys(changes).length > 0)
    await updateKiosk(db, kiosk.id, { ...changes, last_seen_at: now.toISOString() });
  const outbox = changes.outbox_length ?? kiosk.outbox_length;
  events?.publish({
    type: 'kiosk.seen',
    kioskId: kiosk.id,
    lastSeenAt: now.toISOString(),
    outboxLength: outbox === null ? null : Number(outbox),
    lastError: changes.last_error !== undefined ? changes.last_error : kiosk.last_error,
  });
  return { id: kiosk.id, name: kiosk.name };
}
