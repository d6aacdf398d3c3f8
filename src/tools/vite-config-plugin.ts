/**
 * Vite plugin: serves the centre's config folder as /config.json under the dev server (and its
 * lessons at /lessons/index.json and /lessons/<id>.json, as the centre server does) and emits
 * /config.json into the build. It does not validate: the kiosk validates at start (a broken file
 * shows staff a readable error screen), and `npm run config:check` says the same before anyone
 * builds. Lessons stay out of /config.json, as the server serves it.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { readConfigBundle } from '../server/lib/config-bundle.ts';
import { lessonFile, withoutLessons } from '../shared/lessons/files.ts';
import { listingOf, validateLessonFiles } from '../shared/lessons/validate.ts';

function servedBundle(abs: string) {
  const bundle = readConfigBundle(abs);
  return { version: bundle.version, files: withoutLessons(bundle.files) };
}

export function kioskConfigPlugin(dir: string): Plugin {
  const abs = resolve(dir);
  return {
    name: 'nuanxin-kiosk-config',
    configureServer(server) {
      server.watcher.add(abs);
      server.middlewares.use('/config.json', (_req, res) => {
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.setHeader('cache-control', 'no-store');
        res.end(JSON.stringify(servedBundle(abs)));
      });
      server.middlewares.use('/lessons/', (req, res, next) => {
        const bundle = readConfigBundle(abs);
        const name = (req.url ?? '').replace(/^\//, '').replace(/\?.*$/, '');
        const body =
          name === 'index.json'
            ? JSON.stringify({
                version: bundle.version,
                lessons: validateLessonFiles(bundle.files).lessons.map(listingOf),
              })
            : bundle.files[lessonFile(name.replace(/\.json$/, ''))];
        if (body === undefined) return next();
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.setHeader('cache-control', 'no-store');
        res.end(body);
      });
    },
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'config.json',
        source: JSON.stringify(servedBundle(abs)),
      });
    },
  };
}
