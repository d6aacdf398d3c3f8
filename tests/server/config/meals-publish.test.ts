/**
 * POST /api/config/meals: the canteen editor's publish. Kitchen staff change meals.json and
 * nothing else; a bad meals.json is refused with every problem; a stale basedOn is a 409.
 */
import { describe, expect, it } from 'vitest';
import type {
  ConfigFiles,
  ConfigProblem,
  ConfigVersionView,
} from '../../../src/shared/config/versions-api';
import { seedAccount, sessionCookie } from '../support/api';
import { forEachStore } from '../support/stores';
import { configApi, editJson, PASSWORD } from './config-api';

type Api = Awaited<ReturnType<typeof configApi>>;

async function kitchenOf(api: Api) {
  await seedAccount(api.db, 'chuzhang', 'kitchen', PASSWORD, '陈厨');
  const res = await api.post('/api/staff/login', { username: 'chuzhang', password: PASSWORD });
  expect(res.status).toBe(200);
  return { cookie: sessionCookie(res) };
}

async function current(api: Api): Promise<ConfigVersionView> {
  const res = await api.get('/api/config/current', api.staff);
  expect(res.status).toBe(200);
  return (await res.json()) as ConfigVersionView;
}

/** The files of a version exactly as stored (secrets unmasked). */
async function storedFiles(api: Api, number: number): Promise<ConfigFiles> {
  const row = await api.db
    .selectFrom('config_versions')
    .select('files')
    .where('number', '=', number)
    .executeTakeFirstOrThrow();
  return JSON.parse(row.files) as ConfigFiles;
}

/** meals.json with Friday's lunch (day 5) on its own menu entry: a new meal only. */
function fridayFish(text: string): string {
  return editJson(text, (meals) => {
    const list = meals.meals as Record<string, unknown>[];
    list.push({
      id: 'fish-soup',
      name: { 'zh-Hans': '鲫鱼豆腐汤套餐', 'zh-Hant': '鯽魚豆腐湯套餐', en: 'Fish and tofu soup' },
      description: {
        'zh-Hans': '鲫鱼豆腐汤、米饭',
        'zh-Hant': '鯽魚豆腐湯、米飯',
        en: 'Soup, rice',
      },
      flags: ['soft'],
      allergens: ['fish', 'soy'],
    });
    const menu = meals.menu as { days: number[]; sitting: string; meals: string[] }[];
    for (const entry of menu)
      if (entry.sitting === 'lunch') entry.days = entry.days.filter((d) => d !== 5);
    menu.push({ days: [5], sitting: 'lunch', meals: ['fish-soup', 'steamed-egg'] });
  });
}

const countRows = async (api: Api, table: 'config_versions' | 'audit_log' | 'changes') =>
  Number(
    (
      await api.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

forEachStore((_store, makeDb) => {
  describe('POST /api/config/meals', () => {
    it('lets the kitchen publish a meals-only change: a new version, served, audited', async () => {
      const api = await configApi(await makeDb());
      const kitchen = await kitchenOf(api);
      const v1 = await current(api);
      const before = await storedFiles(api, 1);
      const meals = fridayFish(v1.files['meals.json'] as string);
      const res = await api.post(
        '/api/config/meals',
        { meals, note: '周五午餐换鲫鱼汤', basedOn: 1 },
        kitchen,
      );
      expect(res.status).toBe(201);
      const v2 = (await res.json()) as ConfigVersionView;
      expect(v2).toMatchObject({ number: 2, note: '周五午餐换鲫鱼汤', by: { name: '陈厨' } });

      // meals.json is the kitchen's text; every other file is byte for byte the stored one
      // (the Azure key included, which the console only ever sees masked).
      const after = await storedFiles(api, 2);
      expect(after['meals.json']).toBe(meals);
      for (const name of Object.keys(before).filter((n) => n !== 'meals.json'))
        expect(after[name]).toBe(before[name]);
      expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());

      // The rules the server books by use it at once, and kiosks are told.
      const friday = api.store
        .reader()
        ?.meals?.menu.find((d) => d.sitting === 'lunch' && d.days.includes(5));
      expect(friday?.meals).toEqual(['fish-soup', 'steamed-egg']);
      const served = (await (await api.app.request('http://centre.test/config.json')).json()) as {
        version: string;
      };
      expect(served.version).toBe(v2.hash);
      expect(api.heard).toContainEqual({ type: 'config.changed' });

      const audit = await api.db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'config.published')
        .execute();
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ actor_label: 'chuzhang', subject_id: '2' });
      expect(JSON.parse(audit[0]?.details ?? '{}')).toMatchObject({
        number: 2,
        basedOn: 1,
        note: '周五午餐换鲫鱼汤',
      });
    });

    it('an admin may publish there too', async () => {
      const api = await configApi(await makeDb());
      const v1 = await current(api);
      const meals = fridayFish(v1.files['meals.json'] as string);
      const res = await api.post('/api/config/meals', { meals, basedOn: 1 }, api.admin);
      expect(res.status).toBe(201);
      expect(((await res.json()) as ConfigVersionView).note).toBe('');
    });

    it('never lets the kitchen change another file, nor the desk publish anything', async () => {
      const api = await configApi(await makeDb());
      const kitchen = await kitchenOf(api);
      const v1 = await current(api);
      const kiosk = editJson(v1.files['kiosk.json'] as string, (k) => {
        (k.idle as { timeoutSeconds: number }).timeoutSeconds = 120;
      });

      // The general publish is the admin's.
      const general = await api.post(
        '/api/config/versions',
        { files: { ...v1.files, 'kiosk.json': kiosk }, note: '', basedOn: 1 },
        kitchen,
      );
      expect(general.status).toBe(403);

      // Other files smuggled beside meals.json are refused in words, not silently dropped.
      const smuggled = await api.post(
        '/api/config/meals',
        { meals: v1.files['meals.json'], files: { 'kiosk.json': kiosk }, basedOn: 1 },
        kitchen,
      );
      expect(smuggled.status).toBe(400);
      const { error } = (await smuggled.json()) as { error: { message: string } };
      expect(error.message).toMatch(/Only "meals", "note" and "basedOn".*remove "files"/);

      // meals.json holding kiosk.json's text is checked as meals.json, never stored as settings.
      const disguised = await api.post('/api/config/meals', { meals: kiosk, basedOn: 1 }, kitchen);
      expect(disguised.status).toBe(422);
      const problems = ((await disguised.json()) as { problems: ConfigProblem[] }).problems;
      expect(problems.every((p) => p.file === 'meals.json')).toBe(true);

      const desk = await api.post(
        '/api/config/meals',
        { meals: fridayFish(v1.files['meals.json'] as string), basedOn: 1 },
        api.staff,
      );
      expect(desk.status).toBe(403);
      expect(
        (await api.post('/api/config/meals', { meals: v1.files['meals.json'], basedOn: 1 })).status,
      ).toBe(401);
      expect(await countRows(api, 'config_versions')).toBe(1);
      expect(api.store.reader()?.kiosk.idle.timeoutSeconds).toBe(90);
    });

    it('refuses a bad meals.json with every problem by path, saving nothing', async () => {
      const api = await configApi(await makeDb());
      const kitchen = await kitchenOf(api);
      const v1 = await current(api);
      const before = {
        versions: await countRows(api, 'config_versions'),
        audit: await countRows(api, 'audit_log'),
        changes: await countRows(api, 'changes'),
      };
      const meals = editJson(v1.files['meals.json'] as string, (m) => {
        (m.delivery as { feeFen: unknown }).feeFen = 3.5;
        const menu = m.menu as { meals: string[] }[];
        (menu[0] as { meals: string[] }).meals = ['a', 'b', 'c', 'd', 'e'];
        const first = (m.meals as { name: Record<string, string> }[])[0];
        if (first) first.name.en = '';
      });
      const res = await api.post('/api/config/meals', { meals, note: 'x', basedOn: 1 }, kitchen);
      expect(res.status).toBe(422);
      const body = (await res.json()) as { error: { code: string }; problems: ConfigProblem[] };
      expect(body.error.code).toBe('config_invalid');
      expect(body.problems.map((p) => `${p.file} ${p.path}`)).toEqual(
        expect.arrayContaining([
          'meals.json delivery.feeFen',
          'meals.json menu[0].meals',
          'meals.json meals[0].name.en',
        ]),
      );
      for (const p of body.problems) expect(p.message.length).toBeGreaterThan(10);

      const broken = await api.post(
        '/api/config/meals',
        { meals: '{ "sittings": [，] }', basedOn: 1 },
        kitchen,
      );
      expect(broken.status).toBe(422);
      const [problem] = ((await broken.json()) as { problems: ConfigProblem[] }).problems;
      expect(problem).toMatchObject({ file: 'meals.json', path: '' });
      expect(problem?.message).toMatch(/Chinese punctuation/);

      const notText = await api.post('/api/config/meals', { meals: { a: 1 }, basedOn: 1 }, kitchen);
      expect(notText.status).toBe(400);
      expect(((await notText.json()) as { error: { message: string } }).error.message).toMatch(
        /text of meals\.json/,
      );
      expect({
        versions: await countRows(api, 'config_versions'),
        audit: await countRows(api, 'audit_log'),
        changes: await countRows(api, 'changes'),
      }).toEqual(before);
    });

    it('answers 409 when someone published since the draft was opened, keeping theirs', async () => {
      const api = await configApi(await makeDb());
      const kitchen = await kitchenOf(api);
      const v1 = await current(api);
      const phone = editJson(v1.files['centre.json'] as string, (c) => {
        const phones = c.phones as { kind: string; number: string }[];
        const duty = phones.find((p) => p.kind === 'duty');
        if (duty) duty.number = '0571-1111 1111';
      });
      const first = await api.post(
        '/api/config/versions',
        { files: { ...v1.files, 'centre.json': phone }, note: 'phone', basedOn: 1 },
        api.admin,
      );
      expect(first.status).toBe(201);

      const late = await api.post(
        '/api/config/meals',
        { meals: fridayFish(v1.files['meals.json'] as string), basedOn: 1 },
        kitchen,
      );
      expect(late.status).toBe(409);
      const { error } = (await late.json()) as { error: { code: string; message: string } };
      expect(error.code).toBe('config_changed_meanwhile');
      expect(error.message).toMatch(/published version 2 while you were editing version 1/);
      expect(await countRows(api, 'config_versions')).toBe(2);

      // Based on the newest, the same change goes through and keeps the admin's phone.
      const again = await api.post(
        '/api/config/meals',
        { meals: fridayFish(v1.files['meals.json'] as string), basedOn: 2 },
        kitchen,
      );
      expect(again.status).toBe(201);
      const v3 = await current(api);
      expect(v3.number).toBe(3);
      expect(v3.files['centre.json']).toContain('0571-1111 1111');
      expect(v3.files['meals.json']).toContain('fish-soup');
    });
  });
});
