/** All SQL for courses, class sessions, check-ins and the report's reads. The first argument is the database or a transaction. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { LessonProgressRow } from '../lessons/lesson-progress.table';
import type {
  ClassCheckinTable,
  ClassGuestTable,
  ClassSessionRow,
  ClassSessionTable,
  ClassVolunteerTable,
  CourseRow,
  CourseTable,
} from './classes.table';

export async function insertCourse(db: Kysely<Database>, row: CourseTable): Promise<void> {
  await db.insertInto('courses').values(row).execute();
}

export function selectCourses(db: Kysely<Database>): Promise<CourseRow[]> {
  return db.selectFrom('courses').selectAll().orderBy('created_at', 'desc').orderBy('id').execute();
}

export function findCourse(db: Kysely<Database>, id: string): Promise<CourseRow | undefined> {
  return db.selectFrom('courses').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertSession(
  db: Kysely<Database>,
  row: ClassSessionTable,
  volunteers: ClassVolunteerTable[],
): Promise<void> {
  await db.insertInto('class_sessions').values(row).execute();
  if (volunteers.length > 0) await db.insertInto('class_volunteers').values(volunteers).execute();
}

export function findSession(
  db: Kysely<Database>,
  id: string,
): Promise<ClassSessionRow | undefined> {
  return db.selectFrom('class_sessions').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Sessions from `from` to `to` (inclusive days), by date and start. */
export function selectSessions(
  db: Kysely<Database>,
  from: string,
  to: string,
): Promise<ClassSessionRow[]> {
  return db
    .selectFrom('class_sessions')
    .selectAll()
    .where('date', '>=', from)
    .where('date', '<=', to)
    .orderBy('date')
    .orderBy('start_time')
    .orderBy('id')
    .execute();
}

/** The volunteers of these sessions, with their names. */
export function selectVolunteers(db: Kysely<Database>, sessionIds: readonly string[]) {
  if (sessionIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('class_volunteers')
    .innerJoin('people', 'people.id', 'class_volunteers.person_id')
    .select(['session_id', 'person_id', 'half_hours', 'people.name as name'])
    .where('session_id', 'in', sessionIds)
    .orderBy('people.name')
    .execute();
}

/** How many are checked in to each of these sessions. */
export function countCheckins(db: Kysely<Database>, sessionIds: readonly string[]) {
  if (sessionIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('class_checkins')
    .select(['session_id', db.fn.countAll<number | string>().as('n')])
    .where('session_id', 'in', sessionIds)
    .groupBy('session_id')
    .execute();
}

/**
 * Checks a learner in unless they already are: the key (session, learner) keeps one row, and
 * "do nothing" on it makes a racing second kiosk's insert a no-op rather than an error. True when
 * this call added the row.
 */
export async function insertCheckin(
  db: Kysely<Database>,
  row: ClassCheckinTable,
): Promise<boolean> {
  const added = await db
    .insertInto('class_checkins')
    .values(row)
    .onConflict((oc) => oc.columns(['session_id', 'learner']).doNothing())
    .returning('learner')
    .executeTakeFirst();
  return added !== undefined;
}

/** A session's check-ins with the names to show (the learner, who checked them in, the kiosk). */
export function selectAttendees(db: Kysely<Database>, sessionIds: readonly string[]) {
  if (sessionIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('class_checkins')
    .leftJoin('members', 'members.id', 'class_checkins.member_id')
    .leftJoin('class_guests', 'class_guests.id', 'class_checkins.guest_id')
    .leftJoin('kiosks', 'kiosks.id', 'class_checkins.kiosk_id')
    .select([
      'class_checkins.session_id as session_id',
      'class_checkins.learner as learner',
      'class_checkins.member_id as member_id',
      'class_checkins.guest_id as guest_id',
      'class_checkins.method as method',
      'class_checkins.by_name as by_name',
      'class_checkins.at as at',
      'members.name as member_name',
      'class_guests.name as guest_name',
      'kiosks.name as kiosk_name',
    ])
    .where('class_checkins.session_id', 'in', sessionIds)
    .orderBy('class_checkins.at')
    .orderBy('class_checkins.learner')
    .execute();
}

/** The guest with this phone (digits only), added when new; either way their row. */
export async function guestByPhone(
  db: Kysely<Database>,
  row: ClassGuestTable,
): Promise<{ id: string; name: string }> {
  await db
    .insertInto('class_guests')
    .values(row)
    .onConflict((oc) => oc.column('phone').doNothing())
    .execute();
  return db
    .selectFrom('class_guests')
    .select(['id', 'name'])
    .where('phone', '=', row.phone)
    .executeTakeFirstOrThrow();
}

/** Active accounts that may teach, by name. */
export function selectTrainers(db: Kysely<Database>) {
  return db
    .selectFrom('staff_accounts')
    .select(['id', 'name'])
    .where('role', 'in', ['trainer', 'admin'])
    .where('disabled', '=', 0)
    .orderBy('name')
    .orderBy('id')
    .execute();
}

export function findTrainer(db: Kysely<Database>, id: string) {
  return db
    .selectFrom('staff_accounts')
    .select(['id', 'name'])
    .where('id', '=', id)
    .where('role', 'in', ['trainer', 'admin'])
    .where('disabled', '=', 0)
    .executeTakeFirst();
}

/** Active volunteers of the people list, by name. */
export function selectVolunteerPicks(db: Kysely<Database>) {
  return db
    .selectFrom('people')
    .select(['id', 'name'])
    .where('kind', '=', 'volunteer')
    .where('active', '=', 1)
    .orderBy('name')
    .orderBy('id')
    .execute();
}

/** Members whose name contains `q`: ids and names only (a trainer is not the register's desk). */
export function selectMemberPicks(db: Kysely<Database>, q: string) {
  return db
    .selectFrom('members')
    .select(['id', 'name'])
    .where('name', 'like', `%${q.replace(/[%_\\]/g, '')}%`)
    .orderBy('name')
    .orderBy('id')
    .limit(20)
    .execute();
}

export function memberName(db: Kysely<Database>, id: string) {
  return db.selectFrom('members').select(['id', 'name']).where('id', '=', id).executeTakeFirst();
}

/**
 * Members checked in to any session (of `trainerId`, when given), with their community and how
 * many sessions: no phone, address or ID number is read.
 */
export function selectLearners(db: Kysely<Database>, trainerId: string | null) {
  let query = db
    .selectFrom('class_checkins')
    .innerJoin('class_sessions', 'class_sessions.id', 'class_checkins.session_id')
    .innerJoin('members', 'members.id', 'class_checkins.member_id')
    .leftJoin('member_communities', 'member_communities.member_id', 'members.id')
    .select([
      'members.id as id',
      'members.name as name',
      'member_communities.community as community',
      db.fn.countAll<number | string>().as('sessions'),
    ])
    .groupBy(['members.id', 'members.name', 'member_communities.community'])
    .orderBy('members.name')
    .orderBy('members.id');
  if (trainerId !== null) query = query.where('class_sessions.trainer_id', '=', trainerId);
  return query.execute();
}

/** The lesson records of these members. */
export function selectProgressOf(
  db: Kysely<Database>,
  memberIds: readonly string[],
): Promise<LessonProgressRow[]> {
  if (memberIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('lesson_progress')
    .selectAll()
    .where('member_id', 'in', memberIds)
    .orderBy('member_id')
    .orderBy('lesson_id')
    .execute();
}

/** Every check-in of sessions from `from` to `to`, with the session's facts and the learner's community. */
export function selectReportCheckins(db: Kysely<Database>, from: string, to: string) {
  return db
    .selectFrom('class_checkins')
    .innerJoin('class_sessions', 'class_sessions.id', 'class_checkins.session_id')
    .leftJoin('member_communities', 'member_communities.member_id', 'class_checkins.member_id')
    .select([
      'class_checkins.session_id as session_id',
      'class_checkins.learner as learner',
      'class_checkins.member_id as member_id',
      'class_sessions.date as date',
      'class_sessions.lesson_ids as lesson_ids',
      'member_communities.community as community',
    ])
    .where('class_sessions.date', '>=', from)
    .where('class_sessions.date', '<=', to)
    .where('class_sessions.cancelled_at', 'is', null)
    .execute();
}

/** Volunteer half-hours per session, for sessions from `from` to `to`. */
export function selectReportVolunteers(db: Kysely<Database>, from: string, to: string) {
  return db
    .selectFrom('class_volunteers')
    .innerJoin('class_sessions', 'class_sessions.id', 'class_volunteers.session_id')
    .select([
      'class_volunteers.session_id as session_id',
      'class_sessions.date as date',
      'class_volunteers.half_hours as half_hours',
    ])
    .where('class_sessions.date', '>=', from)
    .where('class_sessions.date', '<=', to)
    .where('class_sessions.cancelled_at', 'is', null)
    .execute();
}

/** The completed lessons of these members, as "member lesson" pairs. */
export function selectCompleted(db: Kysely<Database>, memberIds: readonly string[]) {
  if (memberIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('lesson_progress')
    .select(['member_id', 'lesson_id'])
    .where('member_id', 'in', memberIds)
    .where('completed', '=', 1)
    .execute();
}

export function findMemberCommunity(db: Kysely<Database>, memberId: string) {
  return db
    .selectFrom('member_communities')
    .select('community')
    .where('member_id', '=', memberId)
    .executeTakeFirst();
}

/** Sets (or with null, clears) a member's community. */
export async function saveMemberCommunity(
  db: Kysely<Database>,
  memberId: string,
  community: string | null,
  now: string,
): Promise<void> {
  await db.deleteFrom('member_communities').where('member_id', '=', memberId).execute();
  if (community !== null)
    await db
      .insertInto('member_communities')
      .values({ member_id: memberId, community, updated_at: now })
      .execute();
}
