/**
 * The centre server's HTTP app: the built kiosk and staff console, the live config, and health.
 * Created by a factory so tests run it in-process with `app.request`.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { secureHeaders } from 'hono/secure-headers';
import type { Kysely } from 'kysely';
import { readConfigBundle } from '../tools/config-bundle';
import { centreConfigReader } from './config/centre-config';
import type { Database } from './db/schema';
import { createApi } from './http/api';
import type { ApplierRegistry } from './sync/appliers';

export interface AppOptions {
  /** The built kiosk (vite build output). */
  distDir: string;
  /** The centre's config folder, served live so an edit reaches kiosks without a rebuild. */
  configDir: string;
  version: string;
  db: Kysely<Database>;
  /** Believe X-Forwarded-For (only behind a reverse proxy the centre runs). */
  trustProxy?: boolean;
  /** The entry kinds a push may carry (default: the product's; the server bench adds its own). */
  appliers?: ApplierRegistry;
}

export function createApp(options: AppOptions) {
  const distDir = resolve(options.distDir);
  const app = new Hono();

  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        mediaSrc: ["'self'", 'data:', 'blob:'],
        // Azure Speech, used only when a centre configures it.
        connectSrc: [
          "'self'",
          'https://*.tts.speech.microsoft.com',
          'wss://*.tts.speech.microsoft.com',
          'https://*.api.cognitive.microsoft.com',
        ],
        workerSrc: ["'self'"],
        manifestSrc: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
      },
      crossOriginEmbedderPolicy: false,
      xFrameOptions: 'DENY',
    }),
  );

  // Kiosks on a busy centre network start faster with gzip (the app's code shrinks ~3×).
  app.use('*', compress());

  app.get('/healthz', (c) => c.json({ ok: true, version: options.version }));

  // The API first, so /api/* never falls through to the kiosk's page.
  app.route(
    '/api',
    createApi({
      db: options.db,
      trustProxy: options.trustProxy ?? false,
      centre: centreConfigReader(options.configDir),
      ...(options.appliers ? { appliers: options.appliers } : {}),
    }),
  );

  app.get('/config.json', (c) => {
    c.header('cache-control', 'no-cache');
    return c.json(readConfigBundle(options.configDir));
  });

  // The service worker and the page must be revalidated on every load, or a kiosk could keep an
  // old version forever; hashed assets never change and may be cached for good.
  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.ok) c.header('cache-control', 'public, max-age=31536000, immutable');
  });
  app.use('*', async (c, next) => {
    await next();
    if (!c.res.headers.has('cache-control')) c.header('cache-control', 'no-cache');
  });
  // The staff console is a page of the same build; every path under /console is that page
  // (it routes by the hash), so a bookmark or a reload lands back in the console.
  const consolePage = 'src/staff/index.html';
  const serveConsole = serveStatic({ root: distDir, path: consolePage });
  app.get('/console', serveConsole);
  app.get('/console/*', serveConsole);
  app.use('*', serveStatic({ root: distDir }));

  // The kiosk is a single page: a navigation to any other path gets the app shell.
  app.get('*', async (c, next) => {
    const accept = c.req.header('accept') ?? '';
    if (
      c.req.method === 'GET' &&
      accept.includes('text/html') &&
      existsSync(resolve(distDir, 'index.html'))
    )
      return serveStatic({ root: distDir, path: 'index.html' })(c, next);
    return c.text('Not found', 404);
  });

  return app;
}
