/**
 * An identified learner's progress at the kiosk (issue #14). Learning is anonymous unless the
 * elder has identified in this session: then each finished step, and the lesson's end, is stored
 * through the flows' one way to save (../saving.ts: the outbox, with the session's proof), and
 * the server folds the entries into one record per lesson, once each.
 *
 * Their records are not in the pull (that would put every learner's progress on every kiosk):
 * they are fetched online for the member of this session with the session's proof, kept in
 * memory beside what this session has done, and forgotten when the session ends (shared screen).
 * A kiosk that cannot reach the server says so, and the lesson starts from its beginning.
 */
import { signal } from '@preact/signals';
import * as v from 'valibot';
import {
  foldProgress,
  LESSON_PROGRESS,
  type LessonProgressPayload,
  type LessonRecord,
} from '../../../shared/lessons/progress';
import { KioskLessonProgressApi, LessonProgressAnswer } from '../../../shared/lessons/progress-api';
import { logError } from '../../app/device';
import { offline } from '../../app/offline';
import { onSessionEnd } from '../../app/session';
import { session } from '../../app/state';
import { pullStatusHeaders } from '../../app/status-headers';
import { withDeadline } from '../../offline/deadline';
import { getDeviceToken } from '../../offline/device-token';
import { browserTimers } from '../../offline/sync-env';
import { httpKioskCall, SyncHttpError } from '../../offline/transport';
import { identifiedMember } from '../identify/identify';
import { store } from '../saving';

/** Long enough for a slow centre network, short enough that the list is not left waiting. */
const FETCH_MS = 8000;

/**
 * What this kiosk knows of the learner in this session: `loading` while asking the server,
 * `ready` with their records, `offline` when it could not be reached, `refused` when the server
 * would not give them (the proof did not hold: a PIN member identified without the PIN).
 * `records` always holds what this session itself has done, folded in as it is saved.
 */
export interface Learner {
  memberId: string;
  earlier: 'loading' | 'ready' | 'offline' | 'refused';
  records: ReadonlyMap<string, LessonRecord>;
}

export const learner = signal<Learner | null>(null);

onSessionEnd(() => {
  learner.value = null;
});

function fold(memberId: string, change: (records: Map<string, LessonRecord>) => void): void {
  const current = learner.value;
  if (!current || current.memberId !== memberId) return;
  const records = new Map(current.records);
  change(records);
  learner.value = { ...current, records };
}

type Fetch = (memberId: string) => Promise<LessonRecord[] | 'offline' | 'refused'>;

/** Asks the centre server for the member's records with this session's proof. */
const fetchRecords: Fetch = async (memberId) => {
  const proof = await session.value?.proof;
  if (!proof) return 'refused';
  const call = httpKioskCall<v.InferInput<typeof KioskLessonProgressApi.read.body>, unknown>(
    KioskLessonProgressApi.read.path,
    {
      getToken: getDeviceToken,
      statusHeaders: () => pullStatusHeaders(offline.value?.outbox ?? null),
    },
  );
  try {
    const answer = await withDeadline(call, { memberId, proof }, browserTimers, FETCH_MS);
    const checked = v.safeParse(LessonProgressAnswer, answer);
    if (!checked.success) throw new Error('lesson progress: an answer of the wrong shape');
    return checked.output.lessons;
  } catch (error) {
    if (error instanceof SyncHttpError && error.status >= 400 && error.status < 500) {
      logError(error, 'lessons: reading the learner’s progress');
      return 'refused';
    }
    return 'offline';
  }
};

/**
 * The identified member's records, fetched once per session (again after `offline`, when the
 * list is opened again). Nothing for an anonymous learner; `refused` without asking when the
 * member's personal records need a PIN they have not given.
 */
export async function loadLearner(read: Fetch = fetchRecords): Promise<void> {
  const member = identifiedMember.value;
  if (!member) {
    learner.value = null;
    return;
  }
  const current = learner.value;
  if (current?.memberId === member.id && current.earlier !== 'offline') return;
  const own = current?.memberId === member.id ? current.records : new Map<string, LessonRecord>();
  if (!member.recordsAllowed) {
    learner.value = { memberId: member.id, earlier: 'refused', records: own };
    return;
  }
  learner.value = { memberId: member.id, earlier: 'loading', records: own };
  const answer = await read(member.id);
  const now = learner.value;
  if (now?.memberId !== member.id) return;
  if (typeof answer === 'string') {
    learner.value = { ...now, earlier: answer };
    return;
  }
  // What this session did while the answer was on its way is newer: fold it over the server's.
  const records = new Map(answer.map((r) => [r.lessonId, r]));
  for (const [id, mine] of now.records) {
    const theirs = records.get(id);
    records.set(id, theirs ? mergeRecords(theirs, mine) : mine);
  }
  learner.value = { ...now, earlier: 'ready', records };
}

/** The server's record with this session's on top (bests combined, the newest place kept). */
function mergeRecords(a: LessonRecord, b: LessonRecord): LessonRecord {
  const least = (x: number | null, y: number | null) =>
    x === null ? y : y === null ? x : Math.min(x, y);
  const newer = b.lastEntry > a.lastEntry ? b : a;
  return {
    ...newer,
    completed: a.completed || b.completed,
    unaided: a.unaided || b.unaided,
    bestScore:
      a.bestScore === null ? b.bestScore : Math.max(a.bestScore, b.bestScore ?? a.bestScore),
    fewestErrors: least(a.fewestErrors, b.fewestErrors),
    lowestHint: least(a.lowestHint, b.lowestHint),
    fastestSeconds: least(a.fastestSeconds, b.fastestSeconds),
  };
}

/**
 * Saves where an attempt stands, when the elder is identified (nothing otherwise). `attempt`
 * names the attempt, so a double tap stores one entry per step. A failure is logged for staff
 * and never stops the lesson: the elder is learning, not filling in a form.
 */
export async function saveProgress(
  attempt: string,
  progress: Omit<LessonProgressPayload, 'memberId'>,
): Promise<void> {
  const member = identifiedMember.value;
  if (!member) return;
  const payload: LessonProgressPayload = { memberId: member.id, ...progress };
  try {
    const key = `${attempt}:${progress.stepsDone}:${progress.finished ? 'end' : 'step'}`;
    const entry = await store(LESSON_PROGRESS, key, payload, member.id);
    if (!learner.value)
      learner.value = { memberId: member.id, earlier: 'offline', records: new Map() };
    fold(member.id, (records) =>
      records.set(
        progress.lessonId,
        foldProgress(records.get(progress.lessonId), entry.id, payload),
      ),
    );
  } catch (error) {
    logError(error, 'lessons: saving progress');
  }
}
