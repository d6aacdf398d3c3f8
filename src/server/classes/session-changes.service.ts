/**
 * Changing a planned class session (contracts in src/shared/classes/session-changes-api.ts): each
 * change republishes the kiosks' day (both days when the date moves) and is audited in the same
 * transaction. A cancelled session is settled: it is not edited or cancelled again. One with
 * check-ins is never deleted (409): the elders who came stay on record; cancel it instead.
 */
import type { Kysely } from 'kysely';
import type { SessionChange } from '../../shared/classes/session-changes-api';
import { recordAudit } from '../audit/audit.service';
import type { Database } from '../db/schema';
import { AppError } from '../http/errors';
import { publishClassDay } from './class-day.service';
import { sessionDetail, sessionFor, type Viewer } from './classes.service';
import {
  deleteSession,
  hasCheckins,
  markCancelled,
  updateSession,
} from './session-changes.repository';

const settled = () =>
  new AppError(409, 'session_cancelled', 'This session was cancelled; plan a new one instead.');

export async function editSession(
  db: Kysely<Database>,
  viewer: Viewer,
  id: string,
  change: SessionChange,
  now: Date,
) {
  await db.transaction().execute(async (trx) => {
    const before = await sessionFor(trx, viewer, id);
    if (before.cancelled_at !== null) throw settled();
    await updateSession(trx, id, {
      lesson_ids: JSON.stringify(change.lessonIds),
      date: change.date,
      start_time: change.start,
      end_time: change.end,
      venue: change.venue,
      capacity: change.capacity,
    });
    await publishClassDay(trx, change.date);
    if (before.date !== change.date) await publishClassDay(trx, before.date);
    await recordAudit(trx, {
      at: now,
      actor: viewer.actor,
      action: 'class.session_changed',
      subject: { type: 'class-session', id },
      details: {
        name: `${change.date} ${change.start} ${change.venue}`,
        was: `${before.date} ${before.start_time} ${before.venue}`,
      },
    });
  });
  return sessionDetail(db, viewer, id);
}

export async function cancelSession(
  db: Kysely<Database>,
  viewer: Viewer,
  id: string,
  reason: string,
  now: Date,
) {
  await db.transaction().execute(async (trx) => {
    const session = await sessionFor(trx, viewer, id);
    if (session.cancelled_at !== null) throw settled();
    await markCancelled(trx, id, now.toISOString(), reason);
    await publishClassDay(trx, session.date);
    await recordAudit(trx, {
      at: now,
      actor: viewer.actor,
      action: 'class.session_cancelled',
      subject: { type: 'class-session', id },
      details: { name: `${session.date} ${session.start_time} ${session.venue}`, reason },
    });
  });
  return sessionDetail(db, viewer, id);
}

export async function removeSession(db: Kysely<Database>, viewer: Viewer, id: string, now: Date) {
  await db.transaction().execute(async (trx) => {
    const session = await sessionFor(trx, viewer, id);
    if (await hasCheckins(trx, id))
      throw new AppError(
        409,
        'session_has_checkins',
        'People checked in to this session, so it stays on record: cancel it instead.',
      );
    await deleteSession(trx, id);
    await publishClassDay(trx, session.date);
    await recordAudit(trx, {
      at: now,
      actor: viewer.actor,
      action: 'class.session_deleted',
      subject: { type: 'class-session', id },
      details: { name: `${session.date} ${session.start_time} ${session.venue}` },
    });
  });
  return { deleted: true as const };
}
