/**
 * The staff PIN, checked by the server for a kiosk (issue #11 finding 4): the hash in the stored
 * kiosk.json never leaves the server. Wrong PINs count against the kiosk that sent them (the
 * same login_attempts rows the sign-in and enrollment throttles use, so a restart forgets
 * nothing): MAX_STAFF_PIN_FAILURES within STAFF_PIN_LOCK_MS lock that kiosk for as long, with
 * every wrong PIN and the lock on the audit log, like failed console sign-ins. Per kiosk, so one
 * kiosk being tried does not lock staff out of the others.
 */
import type { Kysely } from 'kysely';
import { verifyPin } from '../../shared/config/pin';
import type { PinHash } from '../../shared/config/schema';
import { MAX_STAFF_PIN_FAILURES, STAFF_PIN_LOCK_MS } from '../../shared/kiosks/staff-pin-api';
import { recordAudit } from '../audit/audit.service';
import type { Database } from '../db/schema';
import { AppError } from '../http/errors';
import { tooManyAttempts } from '../staff/throttle';
import { addFailure, clearAttempts, findAttempts, lockKey } from '../staff/throttle.repository';
import type { KioskPrincipal } from './kiosks.service';

function pinKey(kioskId: string): string {
  return `kiosk-staff-pin:${kioskId}`;
}

/** Counts a wrong PIN against the kiosk (audited), locking it at the limit; the lock's end, or null. */
async function recordWrongPin(
  db: Kysely<Database>,
  kiosk: KioskPrincipal,
  now: Date,
): Promise<Date | null> {
  const nowIso = now.toISOString();
  return db.transaction().execute(async (trx) => {
    const subject = { type: 'kiosk', id: kiosk.id };
    await recordAudit(trx, {
      at: now,
      actor: { kind: 'anonymous' },
      action: 'kiosk.staff_pin_failed',
      subject,
      details: { name: kiosk.name },
    });
    const row = await addFailure(
      trx,
      pinKey(kiosk.id),
      nowIso,
      new Date(now.getTime() - STAFF_PIN_LOCK_MS).toISOString(),
    );
    if (row.failures < MAX_STAFF_PIN_FAILURES) return null;
    if (row.locked_until !== null && row.locked_until > nowIso) return new Date(row.locked_until);
    const until = new Date(now.getTime() + STAFF_PIN_LOCK_MS);
    await lockKey(trx, pinKey(kiosk.id), until.toISOString());
    await recordAudit(trx, {
      at: now,
      actor: { kind: 'anonymous' },
      action: 'kiosk.staff_pin_locked',
      subject,
      details: { name: kiosk.name, failures: row.failures, lockedUntil: until.toISOString() },
    });
    return until;
  });
}

/**
 * Checks `pin` against the centre's staff PIN for `kiosk`: returns when it is right; 429 while the
 * kiosk is locked (even for the right PIN, so guessing gains nothing), 403 when it is wrong.
 */
export async function checkStaffPin(
  db: Kysely<Database>,
  kiosk: KioskPrincipal,
  pin: string,
  hash: PinHash,
  now: Date,
): Promise<void> {
  const [lock] = await findAttempts(db, [pinKey(kiosk.id)]);
  if (lock?.locked_until && lock.locked_until > now.toISOString())
    throw tooManyAttempts(new Date(lock.locked_until), now);
  if (await verifyPin(pin, hash)) {
    await clearAttempts(db, [pinKey(kiosk.id)]);
    return;
  }
  const locked = await recordWrongPin(db, kiosk, now);
  if (locked) throw tooManyAttempts(locked, now);
  throw new AppError(403, 'staff_pin_wrong', 'This is not the staff PIN.');
}
