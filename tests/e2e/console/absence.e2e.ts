/**
 * The absence alert (平安签到) in real Chromium against the real centre server. The centre is the
 * demo with lunch served every day and the check time at 00:00, so the list is open whenever the
 * test runs; the members' past lunches are written straight into the server's SQLite file, as no
 * kiosk can book a day gone by. Staff see who is missing with phone and emergency contact,
 * record "reached them" with a note, and see tomorrow's list waiting for its check time.
 * axe on every state.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, inject, test } from 'vitest';
import { centreClock } from '../../../src/shared/centre/clock';
import { addDays } from '../../../src/shared/centre/zoned';
import { expectNoViolations } from '../support/axe';
import { type Kiosk, launchKiosk } from '../support/browser';
import { adminCookie } from '../support/centre-admin';
import { saveScreenshot } from '../support/screenshots';
import { REPO_ROOT, type ServerHandle, startServer } from '../support/server';

const distDir = inject('distDir');
const executablePath = inject('chromiumPath');

let browser: Kiosk | undefined;
let server: ServerHandle | undefined;
let folder: string | undefined;
afterEach(async () => {
  await browser?.close();
  await server?.stop();
  if (folder) rmSync(folder, { recursive: true, force: true });
  browser = undefined;
  server = undefined;
  folder = undefined;
});

/** The demo centre with lunch every day and the alert open from midnight. */
function centreFolder(dir: string): string {
  const config = join(dir, 'config');
  cpSync(join(REPO_ROOT, 'kiosk-config/demo'), config, { recursive: true });
  const file = join(config, 'meals.json');
  const meals = JSON.parse(readFileSync(file, 'utf8')) as {
    sittings: { id: string; days: number[] }[];
    absence: unknown;
  };
  for (const s of meals.sittings) if (s.id === 'lunch') s.days = [1, 2, 3, 4, 5, 6, 7];
  meals.absence = { checkAt: '00:00', sitting: 'lunch', usualMeals: 2, lookbackDays: 14 };
  writeFileSync(file, JSON.stringify(meals, null, 2));
  return config;
}

/** Lunches as the kitchen left them: each listed member ate on the given days. */
function writeMeals(databasePath: string, meals: { card: string; day: string }[]): void {
  const db = new Database(databasePath);
  db.pragma('busy_timeout = 5000');
  const insert = db.prepare(`
    insert into meal_bookings (id, member_id, day, sitting, meal_id, delivery, companion, status,
      base_fen, operator_fen, government_fen, charity_fen, delivery_fee_fen, elder_fen,
      quoted_elder_fen, tier_id, basis, counts_subsidised, kiosk_id, kiosk_time, booked_at,
      cancelled_at, served_at)
    select ?, id, ?, 'lunch', 'steamed-egg', 0, 0, 'served', 1500, 75, 600, 0, 0, 825, 825, 'b',
      'subsidised', 1, 'e2e', ?, ?, null, ?
    from members where card_number = ?`);
  meals.forEach((m, i) => {
    const at = `${m.day}T00:30:00.000Z`;
    const changed = insert.run(`e2e-${i}`, m.day, at, at, at, m.card).changes;
    if (changed !== 1) throw new Error(`no demo member with card ${m.card}`);
  });
  db.close();
}

describe('the absence alert in the console', () => {
  test('staff see who is missing, record a check, and see tomorrow waiting', async () => {
    folder = mkdtempSync(join(tmpdir(), 'nuanxin-absence-'));
    const databasePath = join(folder, 'centre.db');
    server = await startServer({
      distDir,
      configDir: centreFolder(folder),
      env: { DATABASE_PATH: databasePath },
    });
    const today = centreClock(new Date(), 'Asia/Shanghai').date;
    const [d1, d2, d3] = [1, 2, 3].map((n) => addDays(today, -n)) as [string, string, string];
    writeMeals(databasePath, [
      // 张桂兰 and 赵玉兰 live alone and came twice: listed. 孙美华 came once: not a regular.
      { card: '10003', day: d1 },
      { card: '10003', day: d3 },
      { card: '10007', day: d2 },
      { card: '10007', day: d3 },
      { card: '10011', day: d1 },
      // 王建国 does not live alone: never listed.
      { card: '10002', day: d1 },
      { card: '10002', day: d2 },
    ]);

    // The desk's account (staff), as the people who make the calls.
    const cookie = await adminCookie(server);
    const added = await fetch(`${server.url}/api/staff/accounts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ name: '王芳', username: 'wangfang', role: 'staff' }),
    });
    const { password } = (await added.json()) as { password: string };

    browser = await launchKiosk({ orientation: 'landscape', baseURL: server.url, executablePath });
    const { page } = browser;
    await browser.goto('/console/');
    await page.getByLabel('用户名').fill('wangfang');
    await page.getByLabel('密码', { exact: true }).fill(password);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page
      .getByRole('navigation', { name: '主菜单' })
      .getByRole('link', { name: '平安签到' })
      .click();
    await page.getByRole('heading', { level: 1, name: '平安签到' }).waitFor();
    await page.getByRole('heading', { name: `${today} 还没来的会员（2 位）` }).waitFor();

    const rows = page.locator('table.table--absent tbody tr');
    expect(await rows.locator('th').allTextContents()).toEqual(['张桂兰10003', '赵玉兰10007']);
    const zhang = rows.filter({ hasText: '张桂兰' });
    expect(await zhang.textContent()).toContain('张明（侄子）');
    expect(await zhang.textContent()).toContain('137 0000 1003');
    expect(await zhang.textContent()).toContain(`最近来吃了 2 次午餐，最后一次 ${d1}`);
    await expectNoViolations(page, 'console absent list');
    await saveScreenshot(page, 'console-absent-list', 'landscape', 1);

    await page.getByLabel('给 张桂兰 的跟进备注（可不填）').fill('在家，腿疼，已请网格员送餐');
    await page.getByRole('button', { name: '张桂兰：联系上了' }).click();
    await zhang.locator('[data-outcome="reached"]').waitFor();
    expect(await zhang.locator('[data-outcome="reached"]').textContent()).toContain(
      '在家，腿疼，已请网格员送餐',
    );
    await expectNoViolations(page, 'console absent checked');
    await saveScreenshot(page, 'console-absent-checked', 'landscape', 1);

    // The check is kept and audited: a fresh read shows it.
    const answer = (await (
      await fetch(`${server.url}/api/meals/absent?day=${today}`, { headers: { cookie } })
    ).json()) as { absence: { members: { name: string; checks: { outcome: string }[] }[] } };
    expect(answer.absence.members.map((m) => [m.name, m.checks.map((c) => c.outcome)])).toEqual([
      ['张桂兰', ['reached']],
      ['赵玉兰', []],
    ]);

    // Tomorrow's list is not made yet, and says when it will be.
    await page.getByLabel('日期').fill(addDays(today, 1));
    await page.locator('[data-absence="waiting"]').waitFor();
    expect(await page.locator('[data-absence="waiting"]').textContent()).toBe(
      `还没到时间：${addDays(today, 1)} 00:00 以后，还没订午餐也没来的独居会员会列在这里。`,
    );
    await expectNoViolations(page, 'console absent waiting');
    await saveScreenshot(page, 'console-absent-waiting', 'landscape', 1);
    const { pageErrors } = browser.takeProblems();
    expect(pageErrors).toEqual([]);
  });
});
