/**
 * What kiosks know of a day's classes: the "class-day" item for that date, republished whenever a
 * session of the day is added, changed, cancelled or deleted. Only sessions still on are in it,
 * so a cancelled class leaves the home screen's 今天的课 at the kiosk's next pull. No names.
 */
import type { Kysely } from 'kysely';
import { CLASS_DAY_CHANGE } from '../../shared/classes/sessions';
import type { Database } from '../db/schema';
import { publishPut } from '../sync/changes';
import { selectSessions } from './classes.repository';

export async function publishClassDay(trx: Kysely<Database>, date: string): Promise<void> {
  const day = await selectSessions(trx, date, date);
  await publishPut(trx, CLASS_DAY_CHANGE, date, {
    date,
    sessions: day
      .filter((s) => s.cancelled_at === null)
      .map((s) => ({
        id: s.id,
        date: s.date,
        start: s.start_time,
        end: s.end_time,
        lessonIds: JSON.parse(s.lesson_ids) as string[],
        venue: s.venue,
        kind: s.kind,
      })),
  });
}
