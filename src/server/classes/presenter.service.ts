/**
 * Class mode on the server (issue #15 items 3 and 4): a kiosk's `class.progress` entries become
 * its seat in the session (the newest entry wins), the presenter screen reads the seats, and the
 * trainer marks a seat's "needs a volunteer" handled. Nothing here reads or answers a member:
 * the seat is the kiosk, shown by its name and place on a screen the whole room sees.
 */
import type { Kysely } from 'kysely';
import {
  type ClassProgressPayload,
  type ClassSeat,
  NEEDS_VOLUNTEER_LEVEL,
  type Presenter,
} from '../../shared/classes/presenter';
import type { Database } from '../db/schema';
import type { EventBus } from '../events/bus';
import { AppError, notFound } from '../http/errors';
import { findSession } from './classes.repository';
import { markSeatHandled, type SeatRow, selectSeats, upsertSeat } from './presenter.repository';

/** Who asks: an admin sees every class, a trainer the classes they teach. */
export interface PresenterViewer {
  id: string;
  role: string;
}

export function seatView(row: SeatRow): ClassSeat {
  return {
    sessionId: row.session_id,
    kioskId: row.kiosk_id,
    kiosk: row.kiosk_name ?? row.kiosk_id,
    place: row.kiosk_location ?? null,
    lessonId: row.lesson_id,
    step: row.step,
    steps: row.steps,
    level: row.level,
    needsVolunteer: row.level >= NEEDS_VOLUNTEER_LEVEL && Number(row.handled) === 0,
    at: row.updated_at,
  };
}

/** A kiosk's `class.progress` entry: its seat in the session moves to the entry's step and level. */
export async function applyClassProgress(
  trx: Kysely<Database>,
  entryId: string,
  p: ClassProgressPayload,
  kioskId: string,
  now: Date,
): Promise<'accepted' | 'no_session'> {
  if (!(await findSession(trx, p.sessionId))) return 'no_session';
  await upsertSeat(trx, {
    session_id: p.sessionId,
    kiosk_id: kioskId,
    lesson_id: p.lessonId,
    step: p.step,
    steps: p.steps,
    level: p.level,
    entry_id: entryId,
    handled: 0,
    updated_at: now.toISOString(),
  });
  return 'accepted';
}

async function sessionFor(db: Kysely<Database>, viewer: PresenterViewer, id: string) {
  const row = await findSession(db, id);
  if (!row) throw notFound('There is no such class session.', 'session_not_found');
  if (viewer.role !== 'admin' && row.trainer_id !== viewer.id)
    throw new AppError(
      403,
      'not_your_class',
      'Only the session’s trainer or an admin can present it.',
    );
  return row;
}

/** The session's lessons, time and place, and its seats: no names of anyone. */
export async function presenter(
  db: Kysely<Database>,
  viewer: PresenterViewer,
  id: string,
): Promise<Presenter> {
  const row = await sessionFor(db, viewer, id);
  const seats = await selectSeats(db, { sessionId: id });
  return {
    session: {
      id: row.id,
      date: row.date,
      start: row.start_time,
      end: row.end_time,
      venue: row.venue,
      lessonIds: JSON.parse(row.lesson_ids) as string[],
    },
    seats: seats.map(seatView),
  };
}

/** The trainer went to the seat: its light clears (and every presenter screen hears so). */
export async function seatHandled(
  db: Kysely<Database>,
  events: EventBus,
  viewer: PresenterViewer,
  sessionId: string,
  kioskId: string,
): Promise<ClassSeat> {
  await sessionFor(db, viewer, sessionId);
  if (!(await markSeatHandled(db, sessionId, kioskId)))
    throw notFound('No kiosk of this class has that seat.', 'seat_not_found');
  const seat = (await selectSeats(db, { sessionId })).find((s) => s.kiosk_id === kioskId);
  if (!seat) throw notFound('No kiosk of this class has that seat.', 'seat_not_found');
  const view = seatView(seat);
  events.publish({ type: 'class.seat', seat: view });
  return view;
}

/** Seats heard from within this long are the ones a push may have moved (today's classes). */
const RECENT_MS = 12 * 60 * 60 * 1000;

/**
 * Publishes `class.seat` for each seat a kiosk's push moved: on every `sync.pushed`, the kiosk's
 * recent seats are read and those whose entry or light changed since last told are sent. Seats
 * live in the database, so a console that opens the page later reads them from /presenter.
 */
export function watchSeats(
  db: Kysely<Database>,
  events: EventBus,
  clock: () => Date,
  onError: (error: unknown) => void,
): () => void {
  const told = new Map<string, string>();
  return events.observe((event) => {
    if (event.type !== 'sync.pushed' || event.accepted === 0) return;
    const since = new Date(clock().getTime() - RECENT_MS).toISOString();
    selectSeats(db, { kioskId: event.kioskId, since }).then((rows) => {
      for (const row of rows) {
        const key = `${row.session_id}:${row.kiosk_id}`;
        const state = `${row.entry_id}:${row.handled}`;
        if (told.get(key) === state) continue;
        told.set(key, state);
        events.publish({ type: 'class.seat', seat: seatView(row) });
      }
    }, onError);
  });
}
