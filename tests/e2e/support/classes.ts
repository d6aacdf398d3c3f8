/** A class on now at the demo centre, planned as the seeded admin over the real API. */
import { centreClock } from '../../../src/shared/centre/clock';
import { adminCookie } from './centre-admin';
import type { ServerHandle } from './server';

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * Plans a session of `lessonIds` that began 10 minutes ago and ends in an hour (kept inside the
 * centre's day), taught by the seeded admin; returns its id.
 */
export async function planClassNow(
  handle: ServerHandle,
  lessonIds: string[] = ['video-call'],
): Promise<string> {
  const cookie = await adminCookie(handle);
  const picks = await fetch(`${handle.url}/api/classes/picks`, { headers: { cookie } });
  const { trainers } = (await picks.json()) as { trainers: { id: string }[] };
  const now = centreClock(new Date(), 'Asia/Shanghai');
  const minute = now.hour * 60 + now.minute;
  const res = await fetch(`${handle.url}/api/classes/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({
      courseId: null,
      lessonIds,
      date: now.date,
      start: hhmm(Math.max(0, minute - 10)),
      end: hhmm(Math.min(23 * 60 + 59, minute + 60)),
      venue: '二楼活动室',
      trainerId: trainers[0]?.id,
      kind: 'class',
      capacity: 12,
      volunteers: [],
    }),
  });
  if (res.status !== 201) throw new Error(`session: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { session: { id: string } }).session.id;
}
