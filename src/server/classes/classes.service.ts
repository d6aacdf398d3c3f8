/**
 * Classes' rules (issue #15): courses and sessions (each session published to kiosks, so their
 * home screen can offer its check-in offline), check-in exactly once per session and learner —
 * by card at a kiosk (an entry), by hand on the console, or as a walk-in guest counted once by
 * phone —, and a trainer's view of their learners: names and lesson records, never contacts.
 */
import type { Kysely } from 'kysely';
import type { Attendee, ClassSession, Course, Learner } from '../../shared/classes/api';
import type { ClassCheckinPayload, SessionKind } from '../../shared/classes/sessions';
import type { StaffRole } from '../../shared/staff/roles';
import { type Actor, recordAudit } from '../audit/audit.service';
import { newId } from '../db/ids';
import type { Database } from '../db/schema';
import { AppError, notFound } from '../http/errors';
import { recordOf } from '../lessons/lesson-progress.service';
import { publishClassDay } from './class-day.service';
import {
  countCheckins,
  findCourse,
  findMemberCommunity,
  findSession,
  findTrainer,
  guestByPhone,
  insertCheckin,
  insertCourse,
  insertSession,
  memberName,
  saveMemberCommunity,
  selectAttendees,
  selectCourses,
  selectLearners,
  selectMemberPicks,
  selectProgressOf,
  selectSessions,
  selectTrainers,
  selectVolunteerPicks,
  selectVolunteers,
} from './classes.repository';
import type { ClassSessionRow, CourseRow } from './classes.table';

/** Who is asking: a trainer is held to the sessions they teach; an admin sees all. */
export interface Viewer {
  id: string;
  name: string;
  role: StaffRole;
  actor: Actor;
}

const lessonsOf = (json: string): string[] => JSON.parse(json) as string[];

function courseView(row: CourseRow): Course {
  return {
    id: row.id,
    title: row.title,
    schedule: row.schedule,
    lessonIds: lessonsOf(row.lesson_ids),
    createdAt: row.created_at,
  };
}

export async function listCourses(db: Kysely<Database>): Promise<Course[]> {
  return (await selectCourses(db)).map(courseView);
}

export async function addCourse(
  db: Kysely<Database>,
  viewer: Viewer,
  input: { title: string; schedule: string; lessonIds: string[] },
  now: Date,
): Promise<Course> {
  const row: CourseRow = {
    id: newId(now.getTime()),
    title: input.title,
    schedule: input.schedule,
    lesson_ids: JSON.stringify(input.lessonIds),
    created_by: viewer.id,
    created_at: now.toISOString(),
  };
  await db.transaction().execute(async (trx) => {
    await insertCourse(trx, row);
    await recordAudit(trx, {
      at: now,
      actor: viewer.actor,
      action: 'class.course_added',
      subject: { type: 'course', id: row.id },
      details: { name: row.title },
    });
  });
  return courseView(row);
}

/** Sessions with their trainer's name, volunteers and how many are checked in. */
async function sessionViews(
  db: Kysely<Database>,
  rows: ClassSessionRow[],
): Promise<ClassSession[]> {
  const ids = rows.map((r) => r.id);
  const [volunteers, counts, trainers] = await Promise.all([
    selectVolunteers(db, ids),
    countCheckins(db, ids),
    selectTrainers(db),
  ]);
  const trainerName = new Map(trainers.map((t) => [t.id, t.name]));
  const count = new Map(counts.map((c) => [c.session_id, Number(c.n)]));
  return rows.map((row) => ({
    id: row.id,
    courseId: row.course_id,
    lessonIds: lessonsOf(row.lesson_ids),
    date: row.date,
    start: row.start_time,
    end: row.end_time,
    venue: row.venue,
    trainerId: row.trainer_id,
    trainerName: trainerName.get(row.trainer_id) ?? '',
    kind: row.kind,
    capacity: Number(row.capacity),
    volunteers: volunteers
      .filter((v) => v.session_id === row.id)
      .map((v) => ({ personId: v.person_id, name: v.name, hours: Number(v.half_hours) / 2 })),
    checkedIn: count.get(row.id) ?? 0,
    cancelled:
      row.cancelled_at === null ? null : { at: row.cancelled_at, reason: row.cancel_reason ?? '' },
  }));
}

export async function listSessions(
  db: Kysely<Database>,
  from: string,
  to: string,
): Promise<ClassSession[]> {
  return sessionViews(db, await selectSessions(db, from, to));
}

type AttendeeRow = Awaited<ReturnType<typeof selectAttendees>>[number];

function attendeeView(row: AttendeeRow): Attendee {
  const guest = row.guest_id !== null;
  return {
    learnerId: (guest ? row.guest_id : row.member_id) ?? '',
    guest,
    name: (guest ? row.guest_name : row.member_name) ?? '',
    method: row.method,
    by: row.by_name,
    kiosk: row.kiosk_name,
    at: row.at,
  };
}

/** Sessions with their attendees, as one list (the sign-in sheet reads many at once). */
export async function sessionDetails(db: Kysely<Database>, rows: ClassSessionRow[]) {
  const [views, attendees] = await Promise.all([
    sessionViews(db, rows),
    selectAttendees(
      db,
      rows.map((r) => r.id),
    ),
  ]);
  return views.map((session) => ({
    session,
    attendees: attendees.filter((a) => a.session_id === session.id).map(attendeeView),
  }));
}

/** A session the viewer may run: 404 when none, 403 for a trainer's colleague's. */
export async function sessionFor(db: Kysely<Database>, viewer: Viewer, id: string) {
  const row = await findSession(db, id);
  if (!row) throw notFound('There is no such class session.', 'session_not_found');
  if (viewer.role !== 'admin' && row.trainer_id !== viewer.id)
    throw new AppError(
      403,
      'not_your_class',
      'Only the session’s trainer or an admin can do this.',
    );
  return row;
}

/**
 * A session the viewer may check people in to on the console: not a cancelled one (a kiosk's
 * card entry made before the cancel reached it is still kept, and counted nowhere).
 */
async function openSessionFor(db: Kysely<Database>, viewer: Viewer, id: string) {
  const row = await sessionFor(db, viewer, id);
  if (row.cancelled_at !== null)
    throw new AppError(
      409,
      'session_cancelled',
      'This session was cancelled; plan a new one instead.',
    );
  return row;
}

export async function sessionDetail(db: Kysely<Database>, viewer: Viewer, id: string) {
  const [detail] = await sessionDetails(db, [await sessionFor(db, viewer, id)]);
  if (!detail) throw notFound('There is no such class session.', 'session_not_found');
  return detail;
}

export interface NewSession {
  courseId: string | null;
  lessonIds: string[];
  date: string;
  start: string;
  end: string;
  venue: string;
  trainerId: string;
  kind: SessionKind;
  capacity: number;
  volunteers: { personId: string; hours: number }[];
}

export async function addSession(
  db: Kysely<Database>,
  viewer: Viewer,
  input: NewSession,
  now: Date,
) {
  if (viewer.role !== 'admin' && input.trainerId !== viewer.id)
    throw new AppError(403, 'not_your_class', 'A trainer adds sessions they teach themselves.');
  const row: ClassSessionRow = {
    id: newId(now.getTime()),
    course_id: input.courseId,
    lesson_ids: JSON.stringify(input.lessonIds),
    date: input.date,
    start_time: input.start,
    end_time: input.end,
    venue: input.venue,
    trainer_id: input.trainerId,
    kind: input.kind,
    capacity: input.capacity,
    created_at: now.toISOString(),
    cancelled_at: null,
    cancel_reason: null,
  };
  await db.transaction().execute(async (trx) => {
    if (input.courseId !== null && !(await findCourse(trx, input.courseId)))
      throw new AppError(400, 'no_such_course', 'There is no such course.');
    if (!(await findTrainer(trx, input.trainerId)))
      throw new AppError(400, 'no_such_trainer', 'Choose a trainer or admin account in use.');
    const volunteers = new Set((await selectVolunteerPicks(trx)).map((p) => p.id));
    const unknown = input.volunteers.find((v) => !volunteers.has(v.personId));
    if (unknown)
      throw new AppError(400, 'no_such_volunteer', 'Choose volunteers from the people list.');
    if (new Set(input.volunteers.map((v) => v.personId)).size !== input.volunteers.length)
      throw new AppError(400, 'volunteer_twice', 'Each volunteer once, with all their hours.');
    await insertSession(
      trx,
      row,
      input.volunteers.map((v) => ({
        session_id: row.id,
        person_id: v.personId,
        half_hours: Math.round(v.hours * 2),
      })),
    );
    // Kiosks learn of it in the pull: the day's sessions, no names, only what the tile needs.
    await publishClassDay(trx, row.date);
    await recordAudit(trx, {
      at: now,
      actor: viewer.actor,
      action: 'class.session_added',
      subject: { type: 'class-session', id: row.id },
      details: { name: `${row.date} ${row.start_time} ${row.venue}` },
    });
  });
  return sessionDetail(db, viewer, row.id);
}

/** Checks a member in on the console (a forgotten card), noting who did it. */
export async function checkInByHand(
  db: Kysely<Database>,
  viewer: Viewer,
  sessionId: string,
  memberId: string,
  now: Date,
) {
  const added = await db.transaction().execute(async (trx) => {
    const session = await openSessionFor(trx, viewer, sessionId);
    const member = await memberName(trx, memberId);
    if (!member) throw notFound('There is no such member.', 'member_not_found');
    const added = await insertCheckin(trx, {
      session_id: session.id,
      learner: `m:${member.id}`,
      member_id: member.id,
      guest_id: null,
      method: 'console',
      by_staff_id: viewer.id,
      by_name: viewer.name,
      kiosk_id: null,
      entry_id: null,
      at: now.toISOString(),
    });
    if (added)
      await recordAudit(trx, {
        at: now,
        actor: viewer.actor,
        action: 'class.checked_in',
        subject: { type: 'class-session', id: session.id },
        details: { name: member.name },
      });
    return added;
  });
  return { added, detail: await sessionDetail(db, viewer, sessionId) };
}

/** A walk-in who is not a member: one guest per phone number, so they count once as a learner. */
export async function checkInGuest(
  db: Kysely<Database>,
  viewer: Viewer,
  sessionId: string,
  input: { name: string; phone: string },
  now: Date,
) {
  const added = await db.transaction().execute(async (trx) => {
    const session = await openSessionFor(trx, viewer, sessionId);
    const guest = await guestByPhone(trx, {
      id: newId(now.getTime()),
      name: input.name,
      phone: input.phone.replace(/\D/g, ''),
      created_at: now.toISOString(),
    });
    const added = await insertCheckin(trx, {
      session_id: session.id,
      learner: `g:${guest.id}`,
      member_id: null,
      guest_id: guest.id,
      method: 'guest',
      by_staff_id: viewer.id,
      by_name: viewer.name,
      kiosk_id: null,
      entry_id: null,
      at: now.toISOString(),
    });
    if (added)
      await recordAudit(trx, {
        at: now,
        actor: viewer.actor,
        action: 'class.guest_checked_in',
        subject: { type: 'class-session', id: session.id },
        details: { name: guest.name },
      });
    return added;
  });
  return { added, detail: await sessionDetail(db, viewer, sessionId) };
}

/**
 * A kiosk's `class.checkin` entry: the member checked in once. A second entry for the same
 * session and member (a second tap, another kiosk) is accepted and changes nothing.
 */
export async function applyCheckin(
  trx: Kysely<Database>,
  entryId: string,
  p: ClassCheckinPayload,
  kioskId: string,
  now: Date,
): Promise<'accepted' | 'no_session' | 'no_member'> {
  if (!(await findSession(trx, p.sessionId))) return 'no_session';
  if (!(await memberName(trx, p.memberId))) return 'no_member';
  await insertCheckin(trx, {
    session_id: p.sessionId,
    learner: `m:${p.memberId}`,
    member_id: p.memberId,
    guest_id: null,
    method: 'card',
    by_staff_id: null,
    by_name: null,
    kiosk_id: kioskId,
    entry_id: entryId,
    at: now.toISOString(),
  });
  return 'accepted';
}

/** What the console offers to pick: trainers, active volunteers, members by name (ids and names). */
export async function picks(db: Kysely<Database>, q: string) {
  const [trainers, volunteers, members] = await Promise.all([
    selectTrainers(db),
    selectVolunteerPicks(db),
    q.trim() === '' ? Promise.resolve([]) : selectMemberPicks(db, q.trim()),
  ]);
  return { trainers, volunteers, members };
}

/** The viewer's learners (an admin's: everyone checked in to any class) with their records. */
export async function learners(db: Kysely<Database>, viewer: Viewer): Promise<Learner[]> {
  const rows = await selectLearners(db, viewer.role === 'admin' ? null : viewer.id);
  const progress = await selectProgressOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    community: row.community,
    sessions: Number(row.sessions),
    lessons: progress.filter((p) => p.member_id === row.id).map(recordOf),
  }));
}

/** A member's community; 404 for no such member. */
export async function memberCommunity(db: Kysely<Database>, memberId: string) {
  if (!(await memberName(db, memberId)))
    throw notFound('There is no such member.', 'member_not_found');
  return { community: (await findMemberCommunity(db, memberId))?.community ?? null };
}

/** Sets a member's community to one of `known` (centre.json's ids) or none, audited. */
export async function setMemberCommunity(
  db: Kysely<Database>,
  actor: Actor,
  memberId: string,
  community: string | null,
  known: readonly string[],
  now: Date,
) {
  if (community !== null && !known.includes(community))
    throw new AppError(400, 'no_such_community', 'Choose a community from the centre’s list.');
  await db.transaction().execute(async (trx) => {
    const member = await memberName(trx, memberId);
    if (!member) throw notFound('There is no such member.', 'member_not_found');
    await saveMemberCommunity(trx, memberId, community, now.toISOString());
    await recordAudit(trx, {
      at: now,
      actor,
      action: 'member.community_changed',
      subject: { type: 'member', id: memberId },
      details: { name: member.name, community },
    });
  });
  return { community };
}
