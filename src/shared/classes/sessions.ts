/**
 * Class sessions as kiosks know them (issue #15): the change type the server publishes for each
 * session, the check-in entry an identified elder's kiosk stores, and the one rule for when a
 * session's check-in is open on a kiosk's home screen.
 */
import * as v from 'valibot';
import { defineEntryKind } from '../sync/kinds';
import { defineChangeType } from '../sync/pull';

/** What a session is: a group class, one trainer with one learner, or practice at a kiosk. */
export const SESSION_KINDS = ['class', 'one-to-one', 'self-study'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

/** How a learner came to be checked in. */
export const CHECKIN_METHODS = ['card', 'console', 'guest'] as const;
export type CheckinMethod = (typeof CHECKIN_METHODS)[number];

/** A lesson id, as in src/shared/lessons. */
export const LessonIdSchema = v.pipe(
  v.string('must be a lesson id in text'),
  v.regex(/^[a-z0-9-]{2,40}$/, 'must be a lesson id like "video-call"'),
);

/** A session as the kiosk keeps it from the pull: no names of learners, trainer or helpers. */
export const KioskSessionSchema = v.object({
  id: v.string(),
  /** The centre's day, YYYY-MM-DD. */
  date: v.string(),
  /** HH:MM in the centre's time zone. */
  start: v.string(),
  end: v.string(),
  lessonIds: v.array(v.string()),
  venue: v.string(),
  kind: v.picklist(SESSION_KINDS),
});
export type KioskSession = v.InferOutput<typeof KioskSessionSchema>;

/**
 * Change type "class-day", key = the day (YYYY-MM-DD): every session of that day, so the home
 * screen reads today's with one look-up, offline too.
 */
export const CLASS_DAY_CHANGE = defineChangeType({
  type: 'class-day',
  data: v.object({ date: v.string(), sessions: v.array(KioskSessionSchema) }),
});
export type ClassDay = v.InferOutput<typeof CLASS_DAY_CHANGE.data>;

/** Check-in opens this long before a session starts, so elders arriving early can tap in. */
export const CHECKIN_OPENS_MINUTES_BEFORE = 30;

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * Whether `session`'s check-in is open at `day` `time` (the centre's date and HH:MM): from 30
 * minutes before it starts until it ends. Self-study has no window to come to, so no tile.
 */
export function checkinOpen(session: KioskSession, day: string, time: string): boolean {
  if (session.kind === 'self-study' || session.date !== day) return false;
  const now = minutesOf(time);
  return (
    now >= minutesOf(session.start) - CHECKIN_OPENS_MINUTES_BEFORE && now < minutesOf(session.end)
  );
}

/**
 * "I am here": an identified elder checked in to a session at a kiosk. The server keeps one
 * check-in per session and learner, so a second tap, a second kiosk or a replay counts once.
 */
export const CLASS_CHECKIN = defineEntryKind({
  kind: 'class.checkin',
  payload: v.strictObject({
    memberId: v.pipe(
      v.string('must be the member id in text'),
      v.minLength(1, 'must not be empty'),
      v.maxLength(64, 'must be at most 64 characters'),
    ),
    sessionId: v.pipe(
      v.string('must be the session id in text'),
      v.minLength(1, 'must not be empty'),
      v.maxLength(64, 'must be at most 64 characters'),
    ),
  }),
});
export type ClassCheckinPayload = v.InferOutput<typeof CLASS_CHECKIN.payload>;
