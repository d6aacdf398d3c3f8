/**
 * The HTTP → HTTPS move that drains (issue #17): a kiosk on the centre's old plain-HTTP address
 * queues a meal booking and a staff call offline; the server comes back serving HTTPS and the old
 * address at once (MOVE_TO, HTTP_PORT); with the network back the kiosk sends both on the old
 * address, then goes to the new one with its move token and is enrolled there without a code
 * (the CA trusted as a volunteer trusts it, in the kiosk user's NSS database). A call made there
 * arrives too, and the database holds each entry once.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { runCert } from '../../../src/tools/cert';
import {
  enrollThroughStaffScreen,
  readCard,
  startSession,
  tapButton,
} from '../kiosk/kiosk-helpers';
import { ensureServiceWorkerControl, type Kiosk, launchKiosk } from '../support/browser';
import { adminCookie } from '../support/centre-admin';
import { freePort, REPO_ROOT, type ServerHandle, startServer } from '../support/server';

const distDir = inject('distDir');
const executablePath = inject('chromiumPath');
const HOST = 'kiosk.centre.lan';

/** Words from several translated pieces may carry the audit's markers between characters. */
function loose(words: string): RegExp {
  const any = '[\\u2063\\u2064]*';
  return new RegExp([...words].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(any));
}

describe('moving a centre from HTTP to HTTPS', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nuanxin-move-'));
  let server: ServerHandle | undefined;
  let kiosk: Kiosk | undefined;
  afterAll(async () => {
    await kiosk?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('entries queued on the old address arrive once, then the kiosk re-enrolls on the new one', async () => {
    // The demo centre with lunch every day, so "tomorrow's lunch" exists whatever today is.
    const configDir = join(dir, 'centre');
    cpSync(join(REPO_ROOT, 'kiosk-config/demo'), configDir, { recursive: true });
    const mealsPath = join(configDir, 'meals.json');
    const meals = JSON.parse(readFileSync(mealsPath, 'utf8')) as {
      $schema?: string;
      sittings: { id: string; days: number[] }[];
      menu: { sitting: string; days: number[] }[];
    };
    delete meals.$schema;
    for (const s of meals.sittings) if (s.id === 'lunch') s.days = [1, 2, 3, 4, 5, 6, 7];
    const firstLunch = meals.menu.find((m) => m.sitting === 'lunch');
    if (firstLunch && !firstLunch.days.includes(7)) firstLunch.days.push(7);
    writeFileSync(mealsPath, JSON.stringify(meals, null, 2));

    const lines: string[] = [];
    const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };
    const tls = join(dir, 'tls');
    expect(runCert([HOST], { TLS_DIR: tls }, io), lines.join('\n')).toBe(0);
    const home = join(dir, 'home');
    const nssdb = join(home, '.pki/nssdb');
    mkdirSync(nssdb, { recursive: true });
    execFileSync('certutil', ['-d', `sql:${nssdb}`, '-N', '--empty-password']);
    execFileSync('certutil', [
      ...['-d', `sql:${nssdb}`, '-A', '-t', 'C,,', '-n', 'Nuanxin centre CA'],
      ...['-i', join(tls, 'centre-ca.crt')],
    ]);

    const database = join(dir, 'centre.db');
    const [httpPort, httpsPort] = [await freePort(), await freePort()];
    server = await startServer({
      distDir,
      configDir,
      port: httpPort,
      env: { DATABASE_PATH: database },
    });
    const oldUrl = server.url;
    kiosk = await launchKiosk({
      orientation: 'landscape',
      baseURL: oldUrl,
      executablePath,
      args: [`--host-resolver-rules=MAP ${HOST} 127.0.0.1`],
      env: { ...process.env, HOME: home },
    });
    const { page, context } = kiosk;
    await enrollThroughStaffScreen(kiosk, server, '大厅 1', { audit: false });
    await ensureServiceWorkerControl(page);

    // An elder books tomorrow's lunch and calls staff while the network is down.
    await kiosk.goto('/');
    await startSession(kiosk, 1);
    await tapButton(page, '订餐');
    await page.getByRole('heading', { name: '请刷卡或输入卡号' }).waitFor();
    await readCard(page, '10004');
    await page.getByRole('heading', { name: '刘德明，您好' }).waitFor();
    await context.setOffline(true);
    await tapButton(page, /^订餐/);
    await tapButton(page, loose('明天午餐'));
    await tapButton(page, loose('鸡蛋羹软饭套餐'));
    await tapButton(page, loose('堂食'));
    await tapButton(page, '是');
    await page.getByRole('heading', { name: '已经记下了' }).waitFor();
    await tapButton(page, '呼叫工作人员');
    await page.getByRole('heading', { level: 1, name: /呼叫没有发出去/ }).waitFor();
    await tapButton(page, '我用完了');
    await page.getByRole('button', { name: /请触摸屏幕开始/ }).waitFor();

    const rows = (sql: string) => {
      const db = new Database(database, { readonly: true });
      try {
        return db.prepare(sql).all();
      } finally {
        db.close();
      }
    };
    expect(rows('SELECT id FROM meal_bookings')).toEqual([]);

    // The centre comes back on HTTPS, keeping the old address while its kiosks move.
    const first = server;
    await server.stop();
    const newOrigin = `https://${HOST}:${httpsPort}`;
    server = await startServer({
      distDir,
      configDir,
      port: httpsPort,
      env: {
        DATABASE_PATH: database,
        TLS_CERT: join(tls, 'server.crt'),
        TLS_KEY: join(tls, 'server.key'),
        HTTP_PORT: String(httpPort),
        MOVE_TO: newOrigin,
      },
      https: { ca: readFileSync(join(tls, 'centre-ca.crt')), host: HOST },
    });
    expect(server.output()).toContain(`http://127.0.0.1:${httpPort}/`);
    await context.setOffline(false);

    // Drained on the old address, then over to the new one, the token gone from the address bar.
    await expect.poll(() => page.url(), { timeout: 30_000 }).toBe(`${newOrigin}/`);
    await page.getByRole('button', { name: /请触摸屏幕开始/ }).waitFor();
    expect(rows('SELECT status FROM meal_bookings')).toEqual([{ status: 'booked' }]);
    expect(rows('SELECT kind FROM help_calls')).toEqual([{ kind: 'staff' }]);

    // Enrolled there without a code: a call made now reaches staff at once.
    await expect
      .poll(() => page.evaluate('window.isSecureContext && typeof crypto.subtle === "object"'))
      .toBe(true);
    await startSession(kiosk, 1);
    await tapButton(page, '呼叫工作人员');
    await page
      .getByRole('heading', { level: 1, name: /已通知工作人员/ })
      .waitFor({ timeout: 20_000 });

    const kiosks = await fetch(`${oldUrl}/api/kiosks`, {
      headers: { cookie: await adminCookie(first) },
    });
    const listed = (await kiosks.json()) as { kiosks: { name: string; move: string | null }[] };
    expect(listed.kiosks.map((k) => [k.name, k.move])).toEqual([['大厅 1', 'moved']]);
    // Each entry once: one booking, two staff calls (the second joins the first, still open, as
    // presses of one kiosk do), and one stored answer per entry.
    expect(rows('SELECT status FROM meal_bookings')).toEqual([{ status: 'booked' }]);
    expect(rows('SELECT kind FROM help_calls')).toEqual([{ kind: 'staff' }]);
    expect(
      rows('SELECT kind, count(*) AS n FROM sync_entries GROUP BY kind ORDER BY kind'),
    ).toEqual([
      { kind: 'help.staff-call', n: 2 },
      { kind: 'meal.book', n: 1 },
    ]);
    expect(kiosk.takeProblems().pageErrors).toEqual([]);
  });
});
