/**
 * Changing a planned class session (issue #15): its date, time, venue, lessons and places are
 * edited, a session is cancelled with a reason (it leaves the kiosks' 今天的课 and the bureau's
 * figures but stays on the console's list, marked), and one nobody checked in to may be deleted.
 * A session with check-ins is never deleted: those elders came, and the record of it stays.
 * Trainers change their own sessions, admins any (`classes.manage`).
 */
import * as v from 'valibot';
import { route } from '../api/contract';
import { IdParam } from '../api/fields';
import { Day, Lessons, line, SessionDetail, Time } from './api';

export const SessionChangeBody = v.pipe(
  v.object({
    lessonIds: Lessons,
    date: Day,
    start: Time,
    end: Time,
    venue: line('the venue', 40),
    capacity: v.pipe(
      v.number('Give the number of places.'),
      v.integer('Give a whole number of places.'),
      v.minValue(1, 'At least 1 place.'),
      v.maxValue(200, 'At most 200 places.'),
    ),
  }),
  v.forward(
    v.check((s) => s.start < s.end, 'The session must end after it starts.'),
    ['end'],
  ),
);
export type SessionChange = v.InferOutput<typeof SessionChangeBody>;

export const CancelBody = v.object({ reason: line('the reason', 200) });

export const SessionChangesApi = {
  /** The session's new facts, all of them (the form sends what it shows). */
  edit: route({
    method: 'PATCH',
    path: '/api/classes/sessions/:id',
    params: IdParam,
    body: SessionChangeBody,
    response: SessionDetail,
  }),
  cancel: route({
    method: 'POST',
    path: '/api/classes/sessions/:id/cancel',
    params: IdParam,
    body: CancelBody,
    response: SessionDetail,
  }),
  /** Only a session nobody checked in to (409 otherwise: cancel it instead). */
  remove: route({
    method: 'DELETE',
    path: '/api/classes/sessions/:id',
    params: IdParam,
    response: v.object({ deleted: v.literal(true) }),
  }),
};
