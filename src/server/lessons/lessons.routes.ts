/**
 * The lessons of the config in force, one URL each, for kiosks (no sign-in, like /config.json):
 *   GET /lessons/index.json → LessonIndex (titles and step counts; the lesson list's screen)
 *   GET /lessons/<id>.json  → the lesson file's text, as stored in the version
 * They are versioned with the config (lessons/<id>.json files of the same version) but left out
 * of /config.json, so a kiosk's first paint does not wait for every lesson's screens. The service
 * worker keeps them all for offline use (src/sw/sw.ts).
 */
import { Hono } from 'hono';
import { lessonFile } from '../../shared/lessons/files';
import { type LessonIndex, listingOf, validateLessonFiles } from '../../shared/lessons/validate';
import type { ConfigStore } from '../config/config-store';

const noConfig = { error: { code: 'config_none', message: 'This centre has no config yet.' } };

export function lessonFileRoutes(config: ConfigStore) {
  // The index is worked out once per config version, not on every kiosk's request.
  let cached: LessonIndex | undefined;
  const indexOf = (version: string, files: Record<string, string>): LessonIndex => {
    if (cached?.version !== version)
      cached = { version, lessons: validateLessonFiles(files).lessons.map(listingOf) };
    return cached;
  };
  return new Hono()
    .use('*', async (c, next) => {
      c.header('cache-control', 'no-cache');
      await config.ready();
      await next();
    })
    .get('/index.json', (c) => {
      const current = config.current();
      if (!current) return c.json(noConfig, 503);
      return c.json(indexOf(current.row.hash, current.files) satisfies LessonIndex);
    })
    .get('/:file{[a-z0-9-]{2,40}\\.json}', (c) => {
      const current = config.current();
      if (!current) return c.json(noConfig, 503);
      const id = c.req.param('file').replace(/\.json$/, '');
      const text = current.files[lessonFile(id)];
      if (text === undefined)
        return c.json(
          { error: { code: 'lesson_none', message: `There is no lesson "${id}".` } },
          404,
        );
      c.header('content-type', 'application/json; charset=utf-8');
      c.header('x-config-version', current.row.hash);
      return c.body(text);
    });
}
