/**
 * The centre server's HTTP app: the built kiosk and staff console, the live config, and health.
 * Created by a factory so tests run it in-process with `app.request`.
 */
import { resolve } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { secureHeaders } from 'hono/secure-headers';
import type { Kysely } from 'kysely';
import { ConfigStore } from './config/config-store';
import type { Database } from './db/schema';
import type { EscalationOptions } from './help/escalation';
import { createApi } from './http/api';
import { isHttps } from './http/client-address';
import { inlineStyleSources } from './http/inline-styles';
import { kioskPage } from './http/kiosk-page';
import type { MoveTarget } from './kiosks/moves.service';
import type { SpeechTokenOptions } from './kiosks/speech-token';
import { lessonFileRoutes } from './lessons/lessons.routes';
import { photoFileRoutes } from './photos/photos.routes';
import type { ApplierRegistry } from './sync/appliers';

export interface AppOptions {
  /** The built kiosk (vite build output). */
  distDir: string;
  /** The centre's config folder: stored as version 1 on the first start (the seed). */
  configDir: string;
  /**
   * The config versions (default: a store over `db` seeded from `configDir`). `npm start` passes
   * one it has already loaded, so the first request is served with the config in force.
   */
  config?: ConfigStore;
  version: string;
  db: Kysely<Database>;
  /** Believe X-Forwarded-For (only behind a reverse proxy the centre runs). */
  trustProxy?: boolean;
  /** The entry kinds a push may carry (default: the product's; the server bench adds its own). */
  appliers?: ApplierRegistry;
  /** The emergency escalation webhook (NUANXIN_ESCALATION_URL / _SECRET, read by main.ts). */
  escalation?: EscalationOptions;
  /** Abort when the server closes, to stop background work (the escalation watcher). */
  signal?: AbortSignal;
  /** Azure Speech tokens for kiosks (NUANXIN_AZURE_STS_URL, read by main.ts). */
  speech?: SpeechTokenOptions;
  /** The folder holding the centre's data, whose disk the dashboard reports. */
  dataDir?: string;
  /** The centre's new address while kiosks move to it (MOVE_TO, read by main.ts). */
  move?: MoveTarget;
}

export function createApp(options: AppOptions) {
  const distDir = resolve(options.distDir);
  const app = new Hono();
  const config = options.config ?? new ConfigStore(options.db, { seedDir: options.configDir });
  // Started now, so it is ready (or its problem logged) before kiosks ask.
  config.ready().catch((error: unknown) => console.error('config versions: cannot load', error));

  // The kiosk page's own inline stylesheets, by their hashes (src/server/http/inline-styles.ts).
  const kioskStyles = inlineStyleSources(distDir);
  const headersFor = (frameAncestors: string, xFrameOptions: string, inlineStyles?: () => string) =>
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: inlineStyles ? ["'self'", inlineStyles] : ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        mediaSrc: ["'self'", 'data:', 'blob:'],
        // Azure Speech, used only when a centre configures it. Kiosks get their tokens from this
        // server, so Azure's token service is not theirs to call.
        connectSrc: [
          "'self'",
          'https://*.tts.speech.microsoft.com',
          'wss://*.tts.speech.microsoft.com',
        ],
        workerSrc: ["'self'"],
        manifestSrc: ["'self'"],
        frameAncestors: [frameAncestors],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
      },
      crossOriginEmbedderPolicy: false,
      xFrameOptions,
      // Added below only over HTTPS (browsers ignore it over plain HTTP, and a centre still on
      // HTTP must not be told it has HTTPS).
      strictTransportSecurity: false,
    });
  const unframed = headersFor("'none'", 'DENY');
  // The console frames the kiosk page to preview a draft config (/?preview=1); nothing else may
  // be framed, and the kiosk only by a page of this same server.
  const framedBySelf = headersFor("'self'", 'SAMEORIGIN', kioskStyles);
  app.use('*', (c, next) => {
    const path = c.req.path;
    const kioskPage =
      c.req.method === 'GET' &&
      !path.startsWith('/api/') &&
      !path.startsWith('/console') &&
      !path.startsWith('/assets/') &&
      (path === '/' ||
        path === '/index.html' ||
        (c.req.header('accept') ?? '').includes('text/html'));
    return (kioskPage ? framedBySelf : unframed)(c, next);
  });

  app.use('*', async (c, next) => {
    await next();
    if (isHttps(c)) c.header('strict-transport-security', 'max-age=31536000');
  });

  // Kiosks on a busy centre network start faster with gzip (the app's code shrinks ~3×).
  app.use('*', compress());

  app.get('/healthz', (c) => c.json({ ok: true, version: options.version }));

  // The API first, so /api/* never falls through to the kiosk's page.
  app.route(
    '/api',
    createApi({
      db: options.db,
      trustProxy: options.trustProxy ?? false,
      config,
      ...(options.appliers ? { appliers: options.appliers } : {}),
      ...(options.escalation ? { escalation: options.escalation } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.speech ? { speech: options.speech } : {}),
      ...(options.dataDir ? { dataDir: options.dataDir } : {}),
      ...(options.move ? { move: options.move } : {}),
    }),
  );

  // Meal photos: named in the config, stored in the database, kept by kiosks for good.
  app.route('/photos', photoFileRoutes(options.db));

  // The newest config version, as kiosks load it (the same shape the folder gave before), without
  // its secrets: anyone on the network may read it (served-files.ts).
  app.get('/config.json', async (c) => {
    c.header('cache-control', 'no-cache');
    await config.ready();
    const current = config.current();
    if (!current)
      return c.json(
        { error: { code: 'config_none', message: 'This centre has no config yet.' } },
        503,
      );
    return c.json({ version: current.row.hash, files: current.served });
  });

  // Lessons, one URL each, versioned with the config but not inside /config.json.
  app.route('/lessons', lessonFileRoutes(config));

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
  // The kiosk's page, with its first screen drawn in (kiosk-page.ts).
  const kioskHtml = kioskPage(distDir, config);
  app.get('/', kioskHtml);
  app.get('/index.html', kioskHtml);
  app.use('*', serveStatic({ root: distDir }));

  // The kiosk is a single page: a navigation to any other path gets the app shell.
  app.get('*', async (c, next) => {
    const accept = c.req.header('accept') ?? '';
    const page =
      c.req.method === 'GET' && accept.includes('text/html') ? await kioskHtml(c, next) : undefined;
    return page ?? c.text('Not found', 404);
  });

  return app;
}
