/**
 * Vite plugin: serves the centre's config folder as /config.json under the dev server and emits
 * it into the build. It does not validate: the kiosk validates at start (a broken file shows staff
 * a readable error screen), and `npm run config:check` says the same before anyone builds.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { readConfigBundle } from '../server/lib/config-bundle.ts';

export function kioskConfigPlugin(dir: string): Plugin {
  const abs = resolve(dir);
  return {
    name: 'nuanxin-kiosk-config',
    configureServer(server) {
      server.watcher.add(abs);
      server.middlewares.use('/config.json', (_req, res) => {
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.setHeader('cache-control', 'no-store');
        res.end(JSON.stringify(readConfigBundle(abs)));
      });
    },
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'config.json',
        source: JSON.stringify(readConfigBundle(abs)),
      });
    },
  };
}
