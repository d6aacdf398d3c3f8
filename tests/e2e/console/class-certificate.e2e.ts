/**
 * A course certificate in real Chromium (issue #15 item 5): 李秀英 came to a session of the
 * course 学用智能手机 and finished both its lessons; her learning record offers 打印结业证书, and
 * the certificate passes axe on screen, leaves the console's frame and buttons off the paper and
 * prints on one A4 page. While one lesson is left unfinished, the page says what is missing
 * instead. Screenshots console-class-certificate*.png for people to look at.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { type Kiosk, launchKiosk } from '../support/browser';
import { adminCookie, seededAdmin } from '../support/centre-admin';
import { SCREENSHOT_DIR } from '../support/screenshots';
import { type ServerHandle, startServer } from '../support/server';
import { check, heading, logInFirstAdmin } from './console-helpers';

const distDir = inject('distDir');
const executablePath = inject('chromiumPath');
const LESSONS = ['big-text-wifi', 'video-call'];

/** The lessons as the kiosk's entries would have left them: finished, big text with the star. */
function writeFinished(port: number, memberId: string, lessonIds: readonly string[]): void {
  const db = new Database(join(tmpdir(), `nuanxin-e2e-${port}.db`));
  db.pragma('busy_timeout = 5000');
  const insert = db.prepare(`
    insert into lesson_progress (member_id, lesson_id, steps, resume_mode, resume_steps_done,
      resume_highest_hint, resume_errors, resume_seconds, completed, unaided, best_score,
      fewest_errors, lowest_hint, fastest_seconds, last_entry_id, kiosk_id, updated_at)
    values (?, ?, 6, null, null, null, null, null, 1, ?, ?, 1, ?, 312, ?, 'e2e', ?)`);
  for (const lessonId of lessonIds) {
    const star = lessonId === 'big-text-wifi';
    const at = new Date().toISOString();
    insert.run(
      memberId,
      lessonId,
      star ? 1 : 0,
      star ? 2 : null,
      star ? 0 : 2,
      `e-${lessonId}`,
      at,
    );
  }
  db.close();
}

async function api(server: ServerHandle, path: string, body: unknown) {
  const res = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: await adminCookie(server) },
    body: JSON.stringify(body),
  });
  if (res.status >= 300) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res.json() as Promise<Record<string, unknown>>;
}

/** Chromium's PDF page count ("/Count" of its page tree). */
function pagesOf(pdf: Buffer): number {
  const counts = [...pdf.toString('latin1').matchAll(/\/Count (\d+)/g)].map((m) => Number(m[1]));
  return Math.max(0, ...counts);
}

describe('course certificate', () => {
  let server: ServerHandle;
  let b: Kiosk;
  beforeAll(async () => {
    server = await startServer({ distDir });
    b = await launchKiosk({ orientation: 'landscape', baseURL: server.url, executablePath });
  });
  afterAll(async () => {
    await b?.close();
    await server?.stopAndRemoveData();
  });

  test('prints on one A4 page once every lesson is finished, and says what is missing before', async () => {
    const { course } = (await api(server, '/api/classes/courses', {
      title: '学用智能手机',
      schedule: '每周二上午，2 次',
      lessonIds: LESSONS,
    })) as { course: { id: string } };
    const cookie = await adminCookie(server);
    const picks = (await (
      await fetch(`${server.url}/api/classes/picks?q=${encodeURIComponent('李秀英')}`, {
        headers: { cookie },
      })
    ).json()) as { members: { id: string }[] };
    const memberId = picks.members[0]?.id as string;
    // A session of the course, which she came to.
    const { session } = (await api(server, '/api/classes/sessions', {
      courseId: course.id,
      lessonIds: LESSONS,
      date: new Date().toISOString().slice(0, 10),
      start: '00:00',
      end: '23:59',
      venue: '二楼活动室',
      trainerId: (
        (await (
          await fetch(`${server.url}/api/classes/picks`, { headers: { cookie } })
        ).json()) as {
          trainers: { id: string }[];
        }
      ).trainers[0]?.id,
      kind: 'class',
      capacity: 1,
    })) as { session: { id: string } };
    await api(server, `/api/classes/sessions/${session.id}/checkins`, { memberId });
    writeFinished(server.port, memberId, LESSONS.slice(0, 1));

    const { page } = b;
    await b.goto('/console/');
    await logInFirstAdmin(page, seededAdmin(server));
    await b.goto(`/console/#/class-learners/${memberId}/certificate/${course.id}`);
    await page
      .getByRole('status')
      .getByText(/还不能发证书/)
      .waitFor();
    expect(await page.getByRole('status').textContent()).toContain('和家人视频');

    writeFinished(server.port, memberId, LESSONS.slice(1));
    await b.goto(`/console/#/class-learners/${memberId}`);
    await heading(page, /李秀英 的学习情况/).waitFor();
    const video = page.locator('tr[data-lesson="video-call"]');
    await video.getByText('学完了').waitFor();
    // Finished with the arrow (level 2), no check: no score and no star.
    expect(await video.textContent()).toBe('和家人视频学完了2 级15 分 12 秒—');
    await check(page, 'class-learner');
    await page.getByRole('link', { name: '打印结业证书' }).click();
    await heading(page, '结业证书').waitFor();
    await page.locator('.class-certificate__name').getByText('李秀英').waitFor();
    await check(page, 'class-certificate');

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.topbar').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: '打印' }).isVisible()).toBe(false);
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.screenshot({ path: `${SCREENSHOT_DIR}/console-class-certificate-printed.png` });
    expect(pagesOf(await page.pdf({ preferCSSPageSize: true }))).toBe(1);
  }, 90_000);
});
