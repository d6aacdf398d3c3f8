/** /lessons/index.json and /lessons/<id>.json: the lessons of the config in force, one URL each. */
import { describe, expect, it } from 'vitest';
import { readConfigBundle } from '../../../src/server/lib/config-bundle';
import { lessonFile } from '../../../src/shared/lessons/files';
import type { LessonIndex } from '../../../src/shared/lessons/validate';
import { configApi, editJson } from '../config/config-api';
import { forEachStore } from '../support/stores';

forEachStore((_store, makeDb) => {
  describe('lessons', () => {
    it('lists the lessons of the version in force and serves each as stored, not in /config.json', async () => {
      const api = await configApi(await makeDb());
      const seed = readConfigBundle(api.seedDir);
      const index = await api.app.request('http://centre.test/lessons/index.json');
      expect(index.status).toBe(200);
      const listed = (await index.json()) as LessonIndex;
      expect(listed.version).toBe(seed.version);
      expect(listed.lessons[0]).toMatchObject({ id: 'big-text-wifi', order: 1, steps: 8 });
      const lesson = await api.app.request('http://centre.test/lessons/big-text-wifi.json');
      expect(lesson.status).toBe(200);
      expect(lesson.headers.get('cache-control')).toBe('no-cache');
      expect(await lesson.text()).toBe(seed.files[lessonFile('big-text-wifi')]);
      const config = (await (await api.app.request('http://centre.test/config.json')).json()) as {
        files: Record<string, string>;
      };
      expect(Object.keys(config.files).some((name) => name.startsWith('lessons/'))).toBe(false);
      expect((await api.app.request('http://centre.test/lessons/nope.json')).status).toBe(404);
    });

    it('serves a published lesson at once, under the new version', async () => {
      const api = await configApi(await makeDb());
      const current = (await (await api.get('/api/config/current', api.staff)).json()) as {
        number: number;
        files: Record<string, string>;
      };
      const name = lessonFile('big-text-wifi');
      const files = {
        ...current.files,
        [name]: editJson(current.files[name] as string, (lesson) => {
          (lesson.title as Record<string, string>).en = 'Bigger text and Wi-Fi';
        }),
      };
      const res = await api.post(
        '/api/config/versions',
        { files, note: 'a clearer title', basedOn: current.number },
        api.admin,
      );
      expect(res.status).toBe(201);
      const listed = (await (
        await api.app.request('http://centre.test/lessons/index.json')
      ).json()) as LessonIndex;
      expect(listed.lessons[0]?.title.en).toBe('Bigger text and Wi-Fi');
      const lesson = await api.app.request('http://centre.test/lessons/big-text-wifi.json');
      expect(JSON.parse(await lesson.text()).title.en).toBe('Bigger text and Wi-Fi');
    });
  });
});
