/** A centre for the classes tests: the help test centre plus a trainer, a volunteer, communities and a yearly target. */
import type { Kysely } from 'kysely';
import type { CentreConfigReader } from '../../../src/server/config/centre-config';
import type { Database } from '../../../src/server/db/schema';
import type { CentreKioskConfig } from '../../../src/shared/config/schema';
import { centreWith, helpCentre } from '../help/help-api';

export const TARGET = 1500;

/** centreWith's centre, with three communities and the yearly target of 1,500 person-times. */
export function classesConfig(): CentreConfigReader {
  const base = centreWith(undefined)() as CentreKioskConfig;
  const name = (zh: string) => ({ 'zh-Hans': zh, 'zh-Hant': zh, en: zh });
  const config = {
    ...base,
    centre: {
      ...base.centre,
      communities: [
        { id: 'changqing', name: name('长青社区') },
        { id: 'fenglin', name: name('枫林社区') },
        { id: 'qinghe', name: name('青禾社区') },
      ],
      trainingTarget: TARGET,
    },
  };
  return () => config as CentreKioskConfig;
}

export async function classesCentre(db: Kysely<Database>) {
  const centre = await helpCentre(db, { centre: classesConfig() });
  const { api, admin } = centre;
  const trainer = await api.signIn('chenls', 'trainer', '陈老师');
  const other = await api.signIn('zhouls', 'trainer', '周老师');
  const made = await api.post(
    '/api/people',
    { name: '小林', phone: '', kind: 'volunteer' },
    admin.auth,
  );
  const { person } = (await made.json()) as { person: { id: string } };
  return { ...centre, trainer, other, volunteerId: person.id };
}

export type ClassesCentre = Awaited<ReturnType<typeof classesCentre>>;

/** Adds a session taught by `trainerId` and returns its id. */
export async function addSession(
  c: ClassesCentre,
  auth: Record<string, string>,
  more: Partial<{
    date: string;
    start: string;
    end: string;
    lessonIds: string[];
    trainerId: string;
    volunteers: { personId: string; hours: number }[];
  }> = {},
): Promise<string> {
  const res = await c.api.post(
    '/api/classes/sessions',
    {
      courseId: null,
      lessonIds: ['video-call'],
      date: '2026-11-25',
      start: '09:30',
      end: '11:00',
      venue: '二楼活动室',
      trainerId: c.trainer.id,
      kind: 'class',
      capacity: 12,
      volunteers: [],
      ...more,
    },
    auth,
  );
  if (res.status !== 201) throw new Error(`session: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { session: { id: string } }).session.id;
}
