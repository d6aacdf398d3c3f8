/** /api/config and /config.json: the seed, publishing, refusals, history, diff, restore, secrets. */
import { describe, expect, it } from 'vitest';
import { ConfigStore } from '../../../src/server/config/config-store';
import { readConfigBundle } from '../../../src/server/lib/config-bundle';
import { validateConfigFiles } from '../../../src/shared/config/validate';
import type {
  ConfigChange,
  ConfigFiles,
  ConfigProblem,
  ConfigVersionSummary,
  ConfigVersionView,
} from '../../../src/shared/config/versions-api';
import { SECRET_MASK } from '../../../src/shared/config/versions-api';
import { withoutLessons } from '../../../src/shared/lessons/files';
import { forEachStore } from '../support/stores';
import { configApi, editJson } from './config-api';

type Api = Awaited<ReturnType<typeof configApi>>;

/** The current files with the duty phone and the idle timeout changed. */
function newPhoneAndTimeout(files: ConfigFiles, number = '0571-1234 5678', timeout = 120) {
  return {
    ...files,
    'centre.json': editJson(files['centre.json'] as string, (centre) => {
      const phones = centre.phones as { kind: string; number: string }[];
      const duty = phones.find((p) => p.kind === 'duty');
      if (duty) duty.number = number;
    }),
    'kiosk.json': editJson(files['kiosk.json'] as string, (kiosk) => {
      (kiosk.idle as { timeoutSeconds: number }).timeoutSeconds = timeout;
    }),
  };
}

async function current(api: Api): Promise<ConfigVersionView> {
  const res = await api.get('/api/config/current', api.staff);
  expect(res.status).toBe(200);
  return (await res.json()) as ConfigVersionView;
}

async function publish(api: Api, files: ConfigFiles, basedOn: number, note = 'new duty phone') {
  return api.post('/api/config/versions', { files, note, basedOn }, api.admin);
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
  describe('the seed', () => {
    it('stores the folder as version 1 on the first start, once, and serves it as /config.json', async () => {
      const api = await configApi(await makeDb());
      const seed = readConfigBundle(api.seedDir);
      const v1 = await current(api);
      expect(v1).toMatchObject({ number: 1, hash: seed.version, by: null, current: true });
      expect(v1.files).toEqual(seed.files);
      const served = await api.app.request('http://centre.test/config.json');
      expect(served.status).toBe(200);
      expect(served.headers.get('cache-control')).toBe('no-cache');
      // As stored, but kiosk.json without its secrets (the staff PIN hash; no Azure key here).
      const { files: servedFiles, ...servedRest } = (await served.json()) as {
        version: string;
        files: ConfigFiles;
      };
      expect(servedRest).toEqual({ version: seed.version });
      // Lessons are served one by one at /lessons/<id>.json (lessons.test.ts), not in here.
      const { 'kiosk.json': storedKiosk, ...others } = withoutLessons(seed.files);
      expect(servedFiles).toEqual({ ...others, 'kiosk.json': servedFiles['kiosk.json'] });
      const { staff: _pin, ...kioskWithoutStaff } = JSON.parse(storedKiosk as string);
      expect(JSON.parse(servedFiles['kiosk.json'] as string)).toEqual(kioskWithoutStaff);
      // A second start over the same database keeps the stored versions.
      const again = new ConfigStore(api.db, { seedDir: api.seedDir });
      await again.ready();
      expect(again.current()?.row.number).toBe(1);
      expect(await countRows(api, 'config_versions')).toBe(1);
      expect(api.store.reader()?.centre.timeZone).toBe('Asia/Shanghai');
    });

    it('lets the kiosk page be framed by the console only (same origin), the API never', async () => {
      const api = await configApi(await makeDb());
      const page = await api.app.request('http://centre.test/?preview=1', {
        headers: { accept: 'text/html' },
      });
      expect(page.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
      const json = await api.app.request('http://centre.test/config.json');
      expect(json.headers.get('x-frame-options')).toBe('DENY');
      const console = await api.app.request('http://centre.test/console/', {
        headers: { accept: 'text/html' },
      });
      expect(console.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    });
  });

  describe('publishing', () => {
    it('stores a new version, serves it at once, tells kiosks and consoles, and audits it', async () => {
      const api = await configApi(await makeDb());
      const v1 = await current(api);
      const res = await publish(api, newPhoneAndTimeout(v1.files), 1);
      expect(res.status).toBe(201);
      const v2 = (await res.json()) as ConfigVersionView;
      expect(v2).toMatchObject({
        number: 2,
        note: 'new duty phone',
        by: { name: '王芳' },
        at: '2026-11-25T02:00:00.000Z',
        restoredFrom: null,
        current: true,
      });
      expect(v2.hash).not.toBe(v1.hash);

      // The reader the rules use is refreshed without reading any file.
      expect(api.store.reader()?.kiosk.idle.timeoutSeconds).toBe(120);
      const served = (await (await api.app.request('http://centre.test/config.json')).json()) as {
        version: string;
        files: ConfigFiles;
      };
      expect(served.version).toBe(v2.hash);
      expect(served.files['centre.json']).toContain('0571-1234 5678');

      const feed = await api.db
        .selectFrom('changes')
        .selectAll()
        .where('type', '=', 'config')
        .execute();
      expect(feed.map((c) => [c.key, JSON.parse(c.data ?? 'null')])).toEqual([
        ['current', { number: 2, hash: v2.hash }],
      ]);
      expect(api.heard).toContainEqual({ type: 'config.changed' });
      const audit = await api.db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'config.published')
        .execute();
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ actor_label: 'wangfang', subject_id: '2' });
      expect(JSON.parse(audit[0]?.details ?? '{}')).toMatchObject({
        number: 2,
        basedOn: 1,
        hash: v2.hash,
        changes: 2,
      });
    });

    it('refuses an invalid config with every problem, saving nothing', async () => {
      const api = await configApi(await makeDb());
      const v1 = await current(api);
      const before = {
        versions: await countRows(api, 'config_versions'),
        audit: await countRows(api, 'audit_log'),
        changes: await countRows(api, 'changes'),
      };
      const files = {
        ...v1.files,
        'kiosk.json': editJson(v1.files['kiosk.json'] as string, (kiosk) => {
          kiosk.jobs = [];
          (kiosk.idle as { timeoutSeconds: number }).timeoutSeconds = 5;
          delete (kiosk as { staff?: unknown }).staff;
        }),
      };
      const checked = await api.post('/api/config/check', { files }, api.admin);
      expect(checked.status).toBe(200);
      const { problems: checkProblems } = (await checked.json()) as { problems: ConfigProblem[] };

      const res = await publish(api, files, 1);
      expect(res.status).toBe(422);
      const body = (await res.json()) as {
        error: { code: string; message: string };
        problems: ConfigProblem[];
      };
      expect(body.error.code).toBe('config_invalid');
      expect(body.error.message).toMatch(/not saved/);
      expect(body.problems).toEqual(checkProblems);
      const paths = body.problems.map((p) => `${p.file} ${p.path}`);
      expect(paths).toEqual(
        expect.arrayContaining(['kiosk.json jobs', 'kiosk.json idle.timeoutSeconds']),
      );
      expect(
        body.problems.some((p) => p.file === 'kiosk.json' && /staff/.test(p.path + p.message)),
      ).toBe(true);
      for (const p of body.problems) expect(p.message.length).toBeGreaterThan(10);
      expect({
        versions: await countRows(api, 'config_versions'),
        audit: await countRows(api, 'audit_log'),
        changes: await countRows(api, 'changes'),
      }).toEqual(before);
      expect(api.store.reader()?.kiosk.idle.timeoutSeconds).toBe(90);

      // A job ticked that the centre's files cannot serve (subsidies without subsidies.json):
      // refused, saying so, rather than a tile that opens on nothing.
      const { 'subsidies.json': _left, ...withoutSubsidies } = v1.files;
      const unserved = await publish(
        api,
        {
          ...withoutSubsidies,
          'kiosk.json': editJson(v1.files['kiosk.json'] as string, (kiosk) => {
            kiosk.jobs = ['meals', 'subsidies'];
          }),
        },
        1,
      );
      expect(unserved.status).toBe(422);
      expect(((await unserved.json()) as { problems: ConfigProblem[] }).problems).toEqual([
        expect.objectContaining({
          file: 'kiosk.json',
          path: 'jobs',
          message: expect.stringMatching(/the "subsidies" job needs the programmes/),
        }),
      ]);

      const broken = await publish(api, { ...v1.files, 'centre.json': '{ "name": ' }, 1);
      expect(broken.status).toBe(422);
      const stray = await publish(api, { ...v1.files, 'notes.json': '{}' }, 1);
      expect(((await stray.json()) as { problems: ConfigProblem[] }).problems[0]).toMatchObject({
        file: 'notes.json',
      });
      const badShape = await api.post(
        '/api/config/versions',
        { files: 'x', basedOn: 1 },
        api.admin,
      );
      expect(badShape.status).toBe(400);
      expect(await countRows(api, 'config_versions')).toBe(1);
    });

    it('answers 409 in words when someone else published first, keeping their version', async () => {
      const api = await configApi(await makeDb());
      const v1 = await current(api);
      expect((await publish(api, newPhoneAndTimeout(v1.files, '0571-1111 1111'), 1)).status).toBe(
        201,
      );
      const late = await publish(api, newPhoneAndTimeout(v1.files, '0571-2222 2222'), 1);
      expect(late.status).toBe(409);
      const { error } = (await late.json()) as { error: { code: string; message: string } };
      expect(error.code).toBe('config_changed_meanwhile');
      expect(error.message).toMatch(/published version 2 while you were editing version 1/);
      expect(await countRows(api, 'config_versions')).toBe(2);
      expect((await current(api)).files['centre.json']).toContain('0571-1111 1111');
    });

    it('only lets admins publish or restore; any signed-in staff may read and check', async () => {
      const api = await configApi(await makeDb());
      const v1 = await current(api);
      const staffPublish = await api.post(
        '/api/config/versions',
        { files: v1.files, note: '', basedOn: 1 },
        api.staff,
      );
      expect(staffPublish.status).toBe(403);
      expect(
        (await api.post('/api/config/versions/1/restore', { note: '' }, api.staff)).status,
      ).toBe(403);
      expect((await api.get('/api/config/versions', api.staff)).status).toBe(200);
      expect((await api.post('/api/config/check', { files: v1.files }, api.staff)).status).toBe(
        200,
      );
      expect((await api.get('/api/config/current')).status).toBe(401);
      expect(await countRows(api, 'config_versions')).toBe(1);
    });
  });

  describe('history', () => {
    it('lists versions newest first with who, when and how many kiosks run each, and diffs them', async () => {
      const api = await configApi(await makeDb());
      const v1 = await current(api);
      await publish(api, newPhoneAndTimeout(v1.files), 1);
      const list = await api.get('/api/config/versions?page=1', api.staff);
      const { versions, total } = (await list.json()) as {
        versions: ConfigVersionSummary[];
        total: number;
      };
      expect(total).toBe(2);
      expect(versions.map((v) => [v.number, v.current, v.by?.name ?? null])).toEqual([
        [2, true, '王芳'],
        [1, false, null],
      ]);
      expect(versions[0]).not.toHaveProperty('files');
      expect((await api.get('/api/config/versions?page=0', api.staff)).status).toBe(400);

      const diff = await api.get('/api/config/versions/2/diff', api.staff);
      const { changes } = (await diff.json()) as { changes: ConfigChange[] };
      expect(changes).toEqual([
        {
          file: 'centre.json',
          path: ['phones', 0, 'number'],
          kind: 'changed',
          before: '0571-8765 4321',
          after: '0571-1234 5678',
        },
        {
          file: 'kiosk.json',
          path: ['idle', 'timeoutSeconds'],
          kind: 'changed',
          before: 90,
          after: 120,
        },
      ]);
      const back = await api.get('/api/config/versions/1/diff?against=2', api.staff);
      expect(((await back.json()) as { changes: ConfigChange[] }).changes[1]).toMatchObject({
        before: 120,
        after: 90,
      });
      const seedDiff = (await (await api.get('/api/config/versions/1/diff', api.staff)).json()) as {
        changes: ConfigChange[];
      };
      expect(seedDiff.changes.every((c) => c.kind === 'added' && c.path.length === 0)).toBe(true);
      expect((await api.get('/api/config/versions/9', api.staff)).status).toBe(404);
      expect((await api.get('/api/config/versions/x', api.staff)).status).toBe(400);
    });

    it('restores an old version as a new one, audited, and serves it again', async () => {
      const api = await configApi(await makeDb());
      const v1 = await current(api);
      await publish(api, newPhoneAndTimeout(v1.files), 1);
      const res = await api.post(
        '/api/config/versions/1/restore',
        { note: 'back to the seed' },
        api.admin,
      );
      expect(res.status).toBe(201);
      const v3 = (await res.json()) as ConfigVersionView;
      expect(v3).toMatchObject({
        number: 3,
        restoredFrom: 1,
        hash: v1.hash,
        note: 'back to the seed',
        current: true,
      });
      expect(v3.files).toEqual(v1.files);
      expect(api.store.reader()?.kiosk.idle.timeoutSeconds).toBe(90);
      const served = (await (await api.app.request('http://centre.test/config.json')).json()) as {
        version: string;
      };
      expect(served.version).toBe(v1.hash);
      const audit = await api.db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'config.restored')
        .execute();
      expect(JSON.parse(audit[0]?.details ?? '{}')).toMatchObject({ number: 3, restoredFrom: 1 });
      const feed = await api.db
        .selectFrom('changes')
        .selectAll()
        .where('type', '=', 'config')
        .execute();
      expect(JSON.parse(feed[0]?.data ?? 'null')).toEqual({ number: 3, hash: v1.hash });
      expect(
        (await api.post('/api/config/versions/7/restore', { note: '' }, api.admin)).status,
      ).toBe(404);
    });
  });

  describe('the Azure key', () => {
    const KEY = 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6';
    const withAzure = (files: ConfigFiles, key: string) => ({
      ...files,
      'kiosk.json': editJson(files['kiosk.json'] as string, (kiosk) => {
        (kiosk.voice as Record<string, unknown>).azure = {
          region: 'eastasia',
          subscriptionKey: key,
        };
      }),
    });

    it('is answered masked, kept when the masked text comes back, and never guessed', async () => {
      const api = await configApi(await makeDb());
      const v1 = await current(api);
      expect((await publish(api, withAzure(v1.files, KEY), 1, 'azure voice')).status).toBe(201);
      const v2 = await current(api);
      expect(v2.files['kiosk.json']).not.toContain(KEY);
      expect(v2.files['kiosk.json']).toContain(`${SECRET_MASK}c5d6`);
      // The console sends the masked text back with another change: the key is kept.
      const res = await publish(api, newPhoneAndTimeout(v2.files), 2);
      expect(res.status).toBe(201);
      const stored = await api.db
        .selectFrom('config_versions')
        .select('files')
        .where('number', '=', 3)
        .executeTakeFirstOrThrow();
      expect(JSON.parse(stored.files)['kiosk.json']).toContain(KEY);
      expect(api.store.reader()?.kiosk.voice.azure?.subscriptionKey).toBe(KEY);
      // Kiosks speak with tokens from /api/kiosk/speech-token: the key is never served.
      const served = await (await api.app.request('http://centre.test/config.json')).text();
      expect(served).not.toContain(KEY);
      expect(served).not.toContain('subscriptionKey');
      const diff = await (await api.get('/api/config/versions/2/diff', api.staff)).text();
      expect(diff).not.toContain(KEY);

      const wrong = await publish(api, withAzure(v2.files, `${SECRET_MASK}zzzz`), 3);
      expect(wrong.status).toBe(422);
      expect(((await wrong.json()) as { problems: ConfigProblem[] }).problems).toEqual([
        expect.objectContaining({ file: 'kiosk.json', path: 'voice.azure.subscriptionKey' }),
      ]);
    });
  });

  describe('/config.json', () => {
    it('carries no Azure key and no staff PIN hash, which the server keeps (issue #11)', async () => {
      const api = await configApi(await makeDb());
      const v1 = await current(api);
      const KEY = 'f0e1d2c3b4a5968778695a4b3c2d1e0f';
      const withAzure = {
        ...v1.files,
        'kiosk.json': editJson(v1.files['kiosk.json'] as string, (kiosk) => {
          const voice = kiosk.voice as Record<string, unknown>;
          voice.provider = 'azure';
          voice.azure = { region: 'eastasia', subscriptionKey: KEY };
        }),
      };
      expect((await publish(api, withAzure, 1, 'azure voice')).status).toBe(201);
      const stored = JSON.parse(api.store.current()?.files['kiosk.json'] ?? '{}') as {
        staff: { pin: { hash: string; salt: string } };
      };
      const res = await api.app.request('http://centre.test/config.json');
      expect(res.status).toBe(200);
      const text = await res.text();
      for (const secret of [KEY, 'subscriptionKey', stored.staff.pin.hash, stored.staff.pin.salt])
        expect(text).not.toContain(secret);
      expect(text).not.toContain('PBKDF2');
      expect(text).not.toContain('"pin"');
      // What is served is what a kiosk accepts; what is stored still needs both.
      const bundle = JSON.parse(text) as { version: string; files: ConfigFiles };
      expect(validateConfigFiles(bundle, 'served').ok).toBe(true);
      const strict = validateConfigFiles(bundle);
      expect(strict.ok).toBe(false);
      // The server's own rules still read both.
      expect(api.store.reader()?.kiosk.voice.azure?.subscriptionKey).toBe(KEY);
      expect(api.store.reader()?.kiosk.staff?.pin?.hash).toBe(stored.staff.pin.hash);
    });
  });
});
