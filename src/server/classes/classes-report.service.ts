/**
 * The bureau's training figures (issue #15 item 6) for a year and each of its months: sessions
 * held (a session with anyone checked in), person-times (人次: every check-in) and unique learners
 * (different people), side by side — a learner who comes to eight sessions is eight person-times
 * and one learner —, volunteer hours, and by lesson and by community. Completion is over the
 * (member, lesson) pairs taught: how many the member has finished, at a kiosk or anywhere.
 */
import type { Kysely } from 'kysely';
import type { ClassReport, SignInSheet } from '../../shared/classes/api';
import type { Database } from '../db/schema';
import {
  selectCompleted,
  selectReportCheckins,
  selectReportVolunteers,
  selectSessions,
} from './classes.repository';
import { sessionDetails } from './classes.service';

/** Counts person-times, sessions and different learners. */
class Tally {
  personTimes = 0;
  readonly sessions = new Set<string>();
  readonly learners = new Set<string>();
  add(session: string, learner: string) {
    this.personTimes += 1;
    this.sessions.add(session);
    this.learners.add(learner);
  }
  figures() {
    return {
      sessions: this.sessions.size,
      personTimes: this.personTimes,
      uniqueLearners: this.learners.size,
    };
  }
}

function tallyOf<K>(map: Map<K, Tally>, key: K): Tally {
  let tally = map.get(key);
  if (!tally) {
    tally = new Tally();
    map.set(key, tally);
  }
  return tally;
}

/** `year`'s figures; `target` is centre.json's yearly person-times, if it sets one. */
export async function classReport(
  db: Kysely<Database>,
  year: string,
  target: number | null,
): Promise<ClassReport> {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const [checkins, volunteers] = await Promise.all([
    selectReportCheckins(db, from, to),
    selectReportVolunteers(db, from, to),
  ]);
  const all = new Tally();
  const months = new Map<string, Tally>();
  const lessons = new Map<string, Tally>();
  const communities = new Map<string | null, Tally>();
  const taught = new Map<string, Set<string>>();
  for (const c of checkins) {
    all.add(c.session_id, c.learner);
    tallyOf(months, c.date.slice(0, 7)).add(c.session_id, c.learner);
    tallyOf(communities, c.community ?? null).add(c.session_id, c.learner);
    for (const lesson of JSON.parse(c.lesson_ids) as string[]) {
      tallyOf(lessons, lesson).add(c.session_id, c.learner);
      if (c.member_id !== null) {
        const members = taught.get(lesson) ?? new Set<string>();
        members.add(c.member_id);
        taught.set(lesson, members);
      }
    }
  }
  const memberIds = [...new Set(checkins.flatMap((c) => (c.member_id ? [c.member_id] : [])))];
  const done = new Set(
    (await selectCompleted(db, memberIds)).map((r) => `${r.member_id} ${r.lesson_id}`),
  );
  const completedOf = (lesson: string) =>
    [...(taught.get(lesson) ?? [])].filter((m) => done.has(`${m} ${lesson}`)).length;

  // Hours of helpers at sessions held only: a session nobody came to was not a class.
  const halfHours = new Map<string, number>();
  let yearHalfHours = 0;
  for (const v of volunteers) {
    if (!all.sessions.has(v.session_id)) continue;
    const month = v.date.slice(0, 7);
    halfHours.set(month, (halfHours.get(month) ?? 0) + Number(v.half_hours));
    yearHalfHours += Number(v.half_hours);
  }

  const lessonIds = [...lessons.keys()].sort();
  const byLesson = lessonIds.map((lessonId) => ({
    lessonId,
    ...(lessons.get(lessonId) as Tally).figures(),
    taught: taught.get(lessonId)?.size ?? 0,
    completed: completedOf(lessonId),
  }));
  return {
    year,
    target,
    ...all.figures(),
    volunteerHours: yearHalfHours / 2,
    completion: {
      taught: byLesson.reduce((n, l) => n + l.taught, 0),
      completed: byLesson.reduce((n, l) => n + l.completed, 0),
    },
    months: Array.from({ length: 12 }, (_, i) => {
      const month = `${year}-${String(i + 1).padStart(2, '0')}`;
      return {
        month,
        ...(months.get(month) ?? new Tally()).figures(),
        volunteerHours: (halfHours.get(month) ?? 0) / 2,
      };
    }),
    byLesson,
    byCommunity: [...communities.entries()]
      .sort(([a], [b]) => (a ?? '\uffff').localeCompare(b ?? '\uffff'))
      .map(([community, tally]) => ({ community, ...tally.figures() })),
  };
}

/** The month's sessions with everyone checked in: the sign-in sheet a district asks for. */
export async function signInSheet(db: Kysely<Database>, month: string): Promise<SignInSheet> {
  // A cancelled session was not held: it is no evidence of training.
  const rows = (await selectSessions(db, `${month}-01`, `${month}-31`)).filter(
    (r) => r.cancelled_at === null,
  );
  return { month, sessions: await sessionDetails(db, rows) };
}
