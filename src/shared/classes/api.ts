/**
 * /api/classes (issue #15): courses, class sessions, check-in on the console, a trainer's
 * learners and the bureau's report. Trainers and admins (`classes.manage`, `classes.report`).
 * No answer here carries a member's phone, address or ID: a trainer is not the register's desk.
 */
import * as v from 'valibot';
import { route } from '../api/contract';
import { IdParam } from '../api/fields';
import { LessonRecordSchema } from '../lessons/progress-api';
import { NameSchema } from '../staff/api';
import { CHECKIN_METHODS, LessonIdSchema, SESSION_KINDS } from './sessions';

export const line = (what: string, max: number) =>
  v.pipe(
    v.string(`Enter ${what}.`),
    v.trim(),
    v.minLength(1, `Enter ${what}.`),
    v.maxLength(max, `${what[0]?.toUpperCase()}${what.slice(1)} has at most ${max} characters.`),
  );

export const Day = v.pipe(
  v.string('Give the date like 2026-12-08.'),
  v.isoDate('Give the date like 2026-12-08.'),
  // isoDate checks the shape only: 2026-02-30 is no day.
  v.check(
    (d) => new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
    'There is no such day in the calendar.',
  ),
);
export const Time = v.pipe(
  v.string('Give the time like 09:30.'),
  v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Give the time 24-hour, like 09:30.'),
);
export const Lessons = v.pipe(
  v.array(LessonIdSchema, 'Choose the lessons.'),
  v.minLength(1, 'Choose at least one lesson.'),
  v.maxLength(20, 'At most 20 lessons.'),
);

export const NewCourseBody = v.object({
  title: line('the course name', 40),
  /** In words, e.g. "每周二上午，8 次". */
  schedule: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(60, 'At most 60 characters.')), ''),
  lessonIds: Lessons,
});

export const CourseSchema = v.object({
  id: v.string(),
  title: v.string(),
  schedule: v.string(),
  lessonIds: v.array(v.string()),
  createdAt: v.string(),
});
export type Course = v.InferOutput<typeof CourseSchema>;

const Volunteer = v.object({
  personId: v.pipe(v.string(), v.minLength(1, 'Choose the volunteer.')),
  hours: v.pipe(
    v.number('Give the hours as a number.'),
    v.minValue(0.5, 'At least half an hour.'),
    v.maxValue(12, 'At most 12 hours.'),
    v.check((h) => Number.isInteger(h * 2), 'Give the hours in halves, like 1.5.'),
  ),
});

export const NewSessionBody = v.pipe(
  v.object({
    courseId: v.nullable(v.string()),
    lessonIds: Lessons,
    date: Day,
    start: Time,
    end: Time,
    venue: line('the venue', 40),
    /** A staff account (a trainer or an admin who teaches). */
    trainerId: v.pipe(v.string('Choose the trainer.'), v.minLength(1, 'Choose the trainer.')),
    kind: v.picklist(SESSION_KINDS, `Choose the kind: ${SESSION_KINDS.join(', ')}.`),
    capacity: v.pipe(
      v.number('Give the number of places.'),
      v.integer('Give a whole number of places.'),
      v.minValue(1, 'At least 1 place.'),
      v.maxValue(200, 'At most 200 places.'),
    ),
    volunteers: v.optional(v.pipe(v.array(Volunteer), v.maxLength(20)), []),
  }),
  v.forward(
    v.check((s) => s.start < s.end, 'The session must end after it starts.'),
    ['end'],
  ),
);

export const SessionSchema = v.object({
  id: v.string(),
  courseId: v.nullable(v.string()),
  lessonIds: v.array(v.string()),
  date: v.string(),
  start: v.string(),
  end: v.string(),
  venue: v.string(),
  trainerId: v.string(),
  trainerName: v.string(),
  kind: v.picklist(SESSION_KINDS),
  capacity: v.number(),
  volunteers: v.array(v.object({ personId: v.string(), name: v.string(), hours: v.number() })),
  checkedIn: v.number(),
  /** When and why it was cancelled (src/shared/classes/session-changes-api.ts); null if not. */
  cancelled: v.nullable(v.object({ at: v.string(), reason: v.string() })),
});
export type ClassSession = v.InferOutput<typeof SessionSchema>;

export const AttendeeSchema = v.object({
  /** The member's id, or the guest's. */
  learnerId: v.string(),
  guest: v.boolean(),
  name: v.string(),
  method: v.picklist(CHECKIN_METHODS),
  /** Who checked them in on the console; null for a card at a kiosk. */
  by: v.nullable(v.string()),
  /** The kiosk's name for a card check-in. */
  kiosk: v.nullable(v.string()),
  at: v.string(),
});
export type Attendee = v.InferOutput<typeof AttendeeSchema>;

export const SessionDetail = v.object({
  session: SessionSchema,
  attendees: v.array(AttendeeSchema),
});

export const SessionsQuery = v.object({
  from: v.optional(Day),
  to: v.optional(Day),
});

/** Check a member in by hand (a forgotten card). */
export const CheckinBody = v.object({ memberId: v.pipe(v.string(), v.minLength(1)) });

/** A walk-in who is not a member: one learner per phone number. */
export const GuestBody = v.object({
  name: NameSchema,
  phone: v.pipe(
    v.string('Enter their phone number.'),
    v.trim(),
    v.regex(/^[0-9+\- ]{5,20}$/, 'A phone number of 5 to 20 digits (spaces, + and - allowed).'),
  ),
});

const CheckinAnswer = v.object({
  /** False when they were already checked in to this session (counted once). */
  added: v.boolean(),
  detail: SessionDetail,
});

/** Someone to pick: an id and a name, nothing else. */
const Pick = v.object({ id: v.string(), name: v.string() });

export const LearnerSchema = v.object({
  id: v.string(),
  name: v.string(),
  /** A community id of centre.json, or null when the register has none. */
  community: v.nullable(v.string()),
  sessions: v.number(),
  lessons: v.array(LessonRecordSchema),
});
export type Learner = v.InferOutput<typeof LearnerSchema>;

export const YearQuery = v.object({
  year: v.pipe(
    v.string('Give the year like 2026.'),
    v.regex(/^\d{4}$/, 'Give the year like 2026.'),
  ),
});
export const MonthQuery = v.object({
  month: v.pipe(
    v.string('Give the month as YYYY-MM, like 2026-12.'),
    v.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Give the month as YYYY-MM, like 2026-12.'),
  ),
});

const Figures = {
  sessions: v.number(),
  /** 人次: every check-in. */
  personTimes: v.number(),
  /** Different people (members and guests) checked in at least once. */
  uniqueLearners: v.number(),
};

export const ClassReportSchema = v.object({
  year: v.string(),
  /** The yearly target in person-times from centre.json; null when none is set. */
  target: v.nullable(v.number()),
  ...Figures,
  volunteerHours: v.number(),
  /** Of the (member, lesson) pairs taught in the year, how many the member has completed. */
  completion: v.object({ taught: v.number(), completed: v.number() }),
  months: v.array(v.object({ month: v.string(), ...Figures, volunteerHours: v.number() })),
  byLesson: v.array(
    v.object({ lessonId: v.string(), ...Figures, completed: v.number(), taught: v.number() }),
  ),
  /** By the learner's community; null for guests and members with none. */
  byCommunity: v.array(v.object({ community: v.nullable(v.string()), ...Figures })),
});
export type ClassReport = v.InferOutput<typeof ClassReportSchema>;

export const SignInSheetSchema = v.object({
  month: v.string(),
  sessions: v.array(SessionDetail),
});
export type SignInSheet = v.InferOutput<typeof SignInSheetSchema>;

export const ClassesApi = {
  courses: route({
    method: 'GET',
    path: '/api/classes/courses',
    response: v.object({ courses: v.array(CourseSchema) }),
  }),
  addCourse: route({
    method: 'POST',
    path: '/api/classes/courses',
    body: NewCourseBody,
    response: v.object({ course: CourseSchema }),
  }),
  /** Sessions between two days (default: from 30 days ago), by date and time. */
  sessions: route({
    method: 'GET',
    path: '/api/classes/sessions',
    query: SessionsQuery,
    response: v.object({ sessions: v.array(SessionSchema) }),
  }),
  addSession: route({
    method: 'POST',
    path: '/api/classes/sessions',
    body: NewSessionBody,
    response: SessionDetail,
  }),
  session: route({
    method: 'GET',
    path: '/api/classes/sessions/:id',
    params: IdParam,
    response: SessionDetail,
  }),
  checkin: route({
    method: 'POST',
    path: '/api/classes/sessions/:id/checkins',
    params: IdParam,
    body: CheckinBody,
    response: CheckinAnswer,
  }),
  guest: route({
    method: 'POST',
    path: '/api/classes/sessions/:id/guests',
    params: IdParam,
    body: GuestBody,
    response: CheckinAnswer,
  }),
  /** Trainers, active volunteers, and members found by name (ids and names only). */
  picks: route({
    method: 'GET',
    path: '/api/classes/picks',
    query: v.object({ q: v.optional(v.pipe(v.string(), v.maxLength(50))) }),
    response: v.object({
      trainers: v.array(Pick),
      volunteers: v.array(Pick),
      members: v.array(Pick),
    }),
  }),
  /** A trainer's learners (an admin's: everyone's) with their lesson records. */
  learners: route({
    method: 'GET',
    path: '/api/classes/learners',
    response: v.object({ learners: v.array(LearnerSchema) }),
  }),
  report: route({
    method: 'GET',
    path: '/api/classes/report',
    query: YearQuery,
    response: ClassReportSchema,
  }),
  /** The year's report as CSV (UTF-8 with BOM; a plain link). */
  reportCsv: route({
    method: 'GET',
    path: '/api/classes/report.csv',
    query: YearQuery,
    response: v.string(),
  }),
  signIn: route({
    method: 'GET',
    path: '/api/classes/sign-in',
    query: MonthQuery,
    response: SignInSheetSchema,
  }),
};

export const CommunityAnswer = v.object({ community: v.nullable(v.string()) });

/**
 * A member's community (社区), one of centre.json's `communities`, for the training report:
 * read with the register (`members.read`), set by its desk (`members.write`); null for none.
 */
export const MemberCommunityApi = {
  read: route({
    method: 'GET',
    path: '/api/members/:id/community',
    params: IdParam,
    response: CommunityAnswer,
  }),
  set: route({
    method: 'POST',
    path: '/api/members/:id/community',
    params: IdParam,
    body: v.object({ community: v.nullable(v.pipe(v.string(), v.maxLength(40))) }),
    response: CommunityAnswer,
  }),
};
