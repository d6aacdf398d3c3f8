/** Per-kiosk settings from the fleet page, and the config version and problem each kiosk reports. */
import { describe, expect, it } from 'vitest';
import type { KioskSettings } from '../../../src/shared/config/versions-api';
import { forEachStore } from '../support/stores';
import { configApi } from './config-api';

type Api = Awaited<ReturnType<typeof configApi>>;

interface ListedKiosk extends KioskSettings {
  id: string;
  configVersion: string | null;
  configNumber: number | null;
  configError: string | null;
}

async function enroll(api: Api, name = '大厅 1') {
  const made = await api.post('/api/kiosks/enrollment-codes', { name }, api.admin);
  const { code } = (await made.json()) as { code: string };
  const res = await api.post('/api/kiosks/enroll', { code, appVersion: '1.0.0' });
  const { kioskId, token } = (await res.json()) as { kioskId: string; token: string };
  return { kioskId, auth: { authorization: `Bearer ${token}` } };
}

async function listed(api: Api): Promise<ListedKiosk[]> {
  const res = await api.get('/api/kiosks', api.admin);
  return ((await res.json()) as { kiosks: ListedKiosk[] }).kiosks;
}

const canteenOnly: KioskSettings = {
  name: '食堂门口',
  location: '一楼食堂',
  orientation: 'portrait',
  jobs: ['meals'],
};

forEachStore((_store, makeDb) => {
  describe('PUT /api/kiosks/:id/settings', () => {
    it('sets name, place, orientation and jobs, lists them, audits and publishes them to the kiosk', async () => {
      const api = await configApi(await makeDb());
      const { kioskId } = await enroll(api);
      const res = await api.put(`/api/kiosks/${kioskId}/settings`, canteenOnly, api.admin);
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ id: kioskId, ...canteenOnly });
      expect((await listed(api))[0]).toMatchObject({ id: kioskId, ...canteenOnly });

      const feed = await api.db
        .selectFrom('changes')
        .selectAll()
        .where('type', '=', 'kiosk-settings')
        .execute();
      expect(feed.map((c) => [c.key, JSON.parse(c.data ?? 'null')])).toEqual([
        [kioskId, canteenOnly],
      ]);
      const audit = await api.db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'kiosk.settings_changed')
        .executeTakeFirstOrThrow();
      expect(JSON.parse(audit.details)).toMatchObject({
        before: { name: '大厅 1', jobs: null, orientation: null },
        after: canteenOnly,
      });
      expect(api.heard).toContainEqual({ type: 'kiosks.changed' });

      // null jobs and orientation: back to every job, following the screen.
      const reset = await api.put(
        `/api/kiosks/${kioskId}/settings`,
        { name: '大厅 1', location: '', orientation: null, jobs: null },
        api.admin,
      );
      expect(await reset.json()).toMatchObject({ location: null, orientation: null, jobs: null });
    });

    it('refuses jobs that are no jobs, an empty list, and bad shapes, in words, changing nothing', async () => {
      const api = await configApi(await makeDb());
      const { kioskId } = await enroll(api);
      const put = (body: unknown) => api.put(`/api/kiosks/${kioskId}/settings`, body, api.admin);

      const empty = await put({ ...canteenOnly, jobs: [] });
      expect(empty.status).toBe(422);
      expect(((await empty.json()) as { error: { message: string } }).error.message).toMatch(
        /a kiosk with no jobs would show an empty home screen/,
      );
      const unknown = await put({ ...canteenOnly, jobs: ['meals', 'karaoke'] });
      expect(unknown.status).toBe(422);
      expect(((await unknown.json()) as { error: { message: string } }).error.message).toMatch(
        /"karaoke" is not a job the kiosk knows/,
      );
      const twice = await put({ ...canteenOnly, jobs: ['meals', 'meals'] });
      expect(twice.status).toBe(422);

      expect((await put({ ...canteenOnly, orientation: 'sideways' })).status).toBe(400);
      expect((await put({ ...canteenOnly, name: '' })).status).toBe(400);
      expect((await put({ name: '大厅' })).status).toBe(400);
      expect((await api.put('/api/kiosks/nope/settings', canteenOnly, api.admin)).status).toBe(404);
      expect(
        (await api.put(`/api/kiosks/${kioskId}/settings`, canteenOnly, api.staff)).status,
      ).toBe(403);
      expect((await listed(api))[0]).toMatchObject({ name: '大厅 1', jobs: null });
      const settingsChanges = await api.db
        .selectFrom('changes')
        .selectAll()
        .where('type', '=', 'kiosk-settings')
        .execute();
      expect(settingsChanges).toEqual([]);
    });
  });

  describe('what kiosks report', () => {
    it('lists the version number each kiosk runs and the config problem it reports', async () => {
      const api = await configApi(await makeDb());
      const seedHash = api.store.current()?.row.hash as string;
      const a = await enroll(api, 'A');
      const b = await enroll(api, 'B');
      const pull = (
        auth: Record<string, string>,
        headers: Record<string, string>,
        kioskId: string,
      ) =>
        api.post('/api/sync/pull', { kioskId, cursor: null }, { headers: { ...auth, ...headers } });

      expect((await pull(a.auth, { 'x-kiosk-config-version': seedHash }, a.kioskId)).status).toBe(
        200,
      );
      await pull(
        b.auth,
        {
          'x-kiosk-config-version': 'abcdef123456',
          'x-kiosk-config-error': encodeURIComponent('kiosk.json › idle: 太短'),
        },
        b.kioskId,
      );
      const [first, second] = await listed(api);
      expect(first).toMatchObject({
        name: 'A',
        configVersion: seedHash,
        configNumber: 1,
        configError: null,
      });
      expect(second).toMatchObject({
        name: 'B',
        configVersion: 'abcdef123456',
        configNumber: null,
        configError: 'kiosk.json › idle: 太短',
      });
      const history = (await (await api.get('/api/config/versions', api.staff)).json()) as {
        versions: { number: number; kiosks: number }[];
      };
      expect(history.versions).toEqual([expect.objectContaining({ number: 1, kiosks: 1 })]);

      await pull(b.auth, { 'x-kiosk-config-error': '' }, b.kioskId);
      expect((await listed(api))[1]?.configError).toBeNull();
      const bad = await pull(b.auth, { 'x-kiosk-config-error': '%E0%A4%A' }, b.kioskId);
      expect(bad.status).toBe(400);
    });
  });
});
