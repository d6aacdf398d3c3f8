/**
 * The bureau's figures on a generated year of classes (issue #15 items 4 and 6): person-times
 * (every check-in) and unique learners (different people) for each month and the year, worked
 * out here from what the test itself checked in — independently of the server's report —, with
 * repeat taps that must not count, volunteer hours, completion, by lesson and by community; the
 * months add up to the year, and the CSV carries the same numbers.
 */
import { describe, expect, it } from 'vitest';
import type { ClassReport } from '../../../src/shared/classes/api';
import { addMember } from '../meals/canteen';
import { forEachStore } from '../support/stores';
import { addSession, classesCentre, TARGET } from './classes-api';

/** A small seeded generator (mulberry32), so the year is the same on every run and store. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LESSONS = ['big-text-wifi', 'video-call', 'scan-to-pay', 'phone-scams'];
const COMMUNITIES = ['changqing', 'fenglin', 'qinghe', null];
const MEMBERS = Array.from({ length: 24 }, (_, i) => `y${i + 1}`);

forEachStore((_store, makeDb) => {
  describe('training report', () => {
    it('reports person-times and unique learners of a generated year as counted here', async () => {
      const db = await makeDb();
      const c = await classesCentre(db);
      const next = random(2026);
      const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
      const community = new Map<string, string | null>();
      for (const id of MEMBERS) {
        await addMember(db, { id });
        const chosen = pick(COMMUNITIES);
        community.set(id, chosen);
        if (chosen !== null)
          await c.api.post(`/api/members/${id}/community`, { community: chosen }, c.staff.auth);
      }

      // What the test expects, kept as it checks people in.
      const perMonth = new Map<
        string,
        { sessions: Set<string>; times: number; people: Set<string> }
      >();
      const yearPeople = new Set<string>();
      const perLesson = new Map<string, { times: number; people: Set<string> }>();
      const perCommunity = new Map<string | null, { times: number; people: Set<string> }>();
      const taught = new Set<string>();
      let personTimes = 0;
      let halfHours = 0;
      const guests = ['13900000001', '13900000002'];

      // Two sessions a month, one held by the other trainer; about 2 in 3 months have a third.
      for (let month = 1; month <= 12; month += 1) {
        const mm = String(month).padStart(2, '0');
        const count = 2 + (next() < 0.66 ? 1 : 0);
        for (let s = 0; s < count; s += 1) {
          const date = `2026-${mm}-${String(3 + s * 9).padStart(2, '0')}`;
          const lessonIds = [pick(LESSONS)];
          const hours = 1 + Math.floor(next() * 3) / 2;
          const sessionId = await addSession(c, c.admin.auth, {
            date,
            lessonIds,
            volunteers: [{ personId: c.volunteerId, hours }],
          });
          const learners = new Set<string>();
          const size = 3 + Math.floor(next() * 8);
          while (learners.size < size) learners.add(pick(MEMBERS));
          for (const member of learners) {
            // Half by card, half by hand; some tap twice: counted once all the same.
            if (next() < 0.5) {
              await c.api.push(c.kiosk, 'class.checkin', { memberId: member, sessionId });
              if (next() < 0.3)
                await c.api.push(c.kiosk, 'class.checkin', { memberId: member, sessionId });
            } else {
              await c.api.post(
                `/api/classes/sessions/${sessionId}/checkins`,
                { memberId: member },
                c.admin.auth,
              );
            }
          }
          const all = [...learners];
          if (next() < 0.3) {
            const phone = pick(guests);
            await c.api.post(
              `/api/classes/sessions/${sessionId}/guests`,
              { name: '访客', phone },
              c.admin.auth,
            );
            all.push(`guest ${phone}`);
          }
          // Expected figures.
          const key = `2026-${mm}`;
          const m = perMonth.get(key) ?? { sessions: new Set(), times: 0, people: new Set() };
          m.sessions.add(sessionId);
          m.times += all.length;
          for (const p of all) m.people.add(p);
          perMonth.set(key, m);
          personTimes += all.length;
          halfHours += hours * 2;
          for (const p of all) {
            yearPeople.add(p);
            const lesson = lessonIds[0] as string;
            const l = perLesson.get(lesson) ?? { times: 0, people: new Set() };
            l.times += 1;
            l.people.add(p);
            perLesson.set(lesson, l);
            const k = p.startsWith('guest') ? null : (community.get(p) ?? null);
            const cm = perCommunity.get(k) ?? { times: 0, people: new Set() };
            cm.times += 1;
            cm.people.add(p);
            perCommunity.set(k, cm);
            if (!p.startsWith('guest')) taught.add(`${p} ${lesson}`);
          }
        }
      }
      // A session nobody came to: not held, its helper's hours not counted.
      await addSession(c, c.admin.auth, {
        date: '2026-12-30',
        volunteers: [{ personId: c.volunteerId, hours: 2 }],
      });
      // Some learners finished some of what they were taught (and one a lesson never taught).
      const finished = [...taught].filter(() => next() < 0.4);
      for (const pair of [...finished, 'y1 government-services']) {
        const [member, lesson] = pair.split(' ') as [string, string];
        await c.api.push(c.kiosk, 'lesson.progress', {
          memberId: member,
          lessonId: lesson,
          mode: 'practice',
          steps: 6,
          stepsDone: 6,
          highestHint: 0,
          errors: 0,
          seconds: 120,
          checkScore: null,
          finished: true,
        });
      }

      const res = await c.api.get('/api/classes/report?year=2026', c.trainer.auth);
      expect(res.status).toBe(200);
      const report = (await res.json()) as ClassReport;
      const sessions = [...perMonth.values()].reduce((n, m) => n + m.sessions.size, 0);
      expect(report).toMatchObject({
        year: '2026',
        target: TARGET,
        sessions,
        personTimes,
        uniqueLearners: yearPeople.size,
        volunteerHours: halfHours / 2,
        completion: { taught: taught.size, completed: finished.length },
      });
      expect(report.months).toEqual(
        Array.from({ length: 12 }, (_, i) => {
          const month = `2026-${String(i + 1).padStart(2, '0')}`;
          const m = perMonth.get(month);
          return {
            month,
            sessions: m?.sessions.size ?? 0,
            personTimes: m?.times ?? 0,
            uniqueLearners: m?.people.size ?? 0,
            volunteerHours: expect.any(Number),
          };
        }),
      );
      // The months add up to the year's person-times and hours; unique learners do not add up
      // (the same elder in March and May is one learner of the year): that is why both are shown.
      expect(report.months.reduce((n, m) => n + m.personTimes, 0)).toBe(report.personTimes);
      expect(report.months.reduce((n, m) => n + m.volunteerHours, 0)).toBe(report.volunteerHours);
      expect(report.months.reduce((n, m) => n + m.uniqueLearners, 0)).toBeGreaterThan(
        report.uniqueLearners,
      );
      expect(report.personTimes).toBeGreaterThan(report.uniqueLearners);
      expect(report.byLesson).toEqual(
        [...perLesson.keys()].sort().map((lessonId) =>
          expect.objectContaining({
            lessonId,
            personTimes: perLesson.get(lessonId)?.times,
            uniqueLearners: perLesson.get(lessonId)?.people.size,
          }),
        ),
      );
      for (const [k, cm] of perCommunity)
        expect(report.byCommunity).toContainEqual(
          expect.objectContaining({
            community: k,
            personTimes: cm.times,
            uniqueLearners: cm.people.size,
          }),
        );
      expect(report.byCommunity.reduce((n, k) => n + k.personTimes, 0)).toBe(personTimes);

      // The CSV: UTF-8 with the BOM Excel needs, the year's line with the same figures.
      const csv = await c.api.get('/api/classes/report.csv?year=2026', c.admin.auth);
      expect(csv.headers.get('content-type')).toContain('text/csv');
      const bytes = new Uint8Array(await csv.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder().decode(bytes);
      expect(text).toContain(
        `2026 全年,${sessions},${personTimes},${yearPeople.size},${halfHours / 2}\r\n`,
      );
      console.log(
        `generated year (${_store}): ${sessions} sessions, ${personTimes} person-times, ${yearPeople.size} unique learners, ${halfHours / 2} volunteer hours, completion ${finished.length}/${taught.size}`,
      );
    }, 120_000);

    it('gives the month’s sign-in sheet with each session and who came', async () => {
      const db = await makeDb();
      const c = await classesCentre(db);
      const sessionId = await addSession(c, c.trainer.auth, { date: '2026-11-10' });
      await addSession(c, c.trainer.auth, { date: '2026-12-01' });
      await c.api.push(c.kiosk, 'class.checkin', { memberId: 'm1', sessionId });
      const res = await c.api.get('/api/classes/sign-in?month=2026-11', c.trainer.auth);
      expect(await res.json()).toEqual({
        month: '2026-11',
        sessions: [
          {
            session: expect.objectContaining({
              id: sessionId,
              checkedIn: 1,
              trainerName: '陈老师',
            }),
            attendees: [expect.objectContaining({ name: '李秀英', method: 'card' })],
          },
        ],
      });
    });
  });
});
