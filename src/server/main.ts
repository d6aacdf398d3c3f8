/** `npm start`: serve the demo centre (or the folders named by the environment) on localhost. */
import { existsSync, readFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import { dirname, join } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { rosterRulesOf } from './config/centre-config';
import { ConfigStore } from './config/config-store';
import { createDatabase, databaseTarget } from './db/database';
import { migrateToLatest } from './db/migrate';
import { escalationFromEnv } from './help/escalation-env';
import { moveFromEnv } from './http/move-env';
import { tlsFromEnv } from './http/tls';
import { DEFAULT_CONFIG_DIR } from './lib/config-bundle';
import { seedDemoMembers } from './members/seed';
import { seedPhotos } from './photos/photos.seed';
import { seedDemoAdmin } from './staff/seed';

const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';
const distDir = process.env.DIST_DIR ?? 'dist';
const configDir = process.env.KIOSK_CONFIG_DIR ?? DEFAULT_CONFIG_DIR;
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

if (!existsSync(`${distDir}/index.html`)) {
  console.error(
    `No built kiosk in ${distDir}/. Run "npm run build" first (npm start does it for you).`,
  );
  process.exit(1);
}

const db = createDatabase(process.env);
const target = databaseTarget(process.env);
await migrateToLatest(db);
const seeded = await seedDemoAdmin(db);
// The config in force is the newest stored version; on the first start the folder is version 1.
const config = new ConfigStore(db, { seedDir: configDir });
await config.ready();
// The centre folder's members.csv (the demo's elders), imported only into an empty register.
const seededMembers = await seedDemoMembers(
  db,
  join(configDir, 'members.csv'),
  rosterRulesOf(config.reader),
);

// The centre folder's photos/ (meal pictures the config names), stored when not stored yet.
const seededPhotos = await seedPhotos(db, join(configDir, 'photos'));
for (const { name, problem } of seededPhotos.refused)
  console.error(`  Photo ${name} in ${configDir}/photos was not stored: ${problem}`);

// Stops background work (the emergency escalation watcher) on shutdown.
const stopping = new AbortController();
const escalationSettings = escalationFromEnv(process.env);
if ('problem' in escalationSettings) {
  console.error(`Cannot start: ${escalationSettings.problem}`);
  process.exit(1);
}
const escalation = escalationSettings;
const tls = tlsFromEnv(process.env);
if (tls && 'problem' in tls) {
  console.error(`Cannot start: ${tls.problem}`);
  process.exit(1);
}
const move = moveFromEnv(process.env, tls !== null);
if (move && 'problem' in move) {
  console.error(`Cannot start: ${move.problem}`);
  process.exit(1);
}
const app = createApp({
  distDir,
  configDir,
  config,
  version,
  db,
  trustProxy: process.env.TRUST_PROXY === '1',
  // The duty phone / SMS gateway / hotline adapter called when nobody acknowledges an emergency.
  escalation,
  signal: stopping.signal,
  // Azure's token service, unless pointed elsewhere (a proxy, or a test's fake).
  speech: { stsBase: process.env.NUANXIN_AZURE_STS_URL || undefined },
  // The dashboard warns when this disk is nearly full (PostgreSQL: the server's own folder).
  dataDir:
    target.kind === 'sqlite' && target.path !== ':memory:' ? dirname(target.path) : process.cwd(),
  ...(move ? { move: move.target } : {}),
});
const listen = { fetch: app.fetch, port, hostname: host };
const onListening = (info: { port: number }) => {
  const base = `${tls ? 'https' : 'http'}://${host === '0.0.0.0' ? 'localhost' : host}:${info.port}`;
  console.log(`暖心亭 Nuanxin ${version} — centre config from ${configDir}`);
  console.log(
    `  Database: ${target.kind === 'sqlite' ? target.path : 'PostgreSQL (DATABASE_URL)'}`,
  );
  console.log(`  Kiosk:    ${base}/`);
  console.log(`  Console:  ${base}/console/`);
  console.log(`  Showcase: ${base}/src/kiosk/ui/showcase/`);
  if (move) console.log(`  Moving:   kiosks on other addresses are sent to ${move.target.to}/`);
  if (!escalation.url)
    console.log(
      '  Emergency escalation: no NUANXIN_ESCALATION_URL set (calls are marked, not sent)',
    );
  if (seededMembers) {
    const { imported, errors } = seededMembers;
    const refused = errors.length > 0 ? ` (${errors.length} rows refused)` : '';
    console.log(`  First start: ${imported} demo members imported from members.csv${refused}`);
  }
  if (seeded) {
    console.log(
      `  First start: a staff admin was created. Username "${seeded.username}", password ${seeded.password}`,
    );
    console.log(
      '  (shown only this once: write it down, or make another with npm run staff -- reset-password)',
    );
  }
};
const server = tls
  ? serve({ ...listen, createServer: createHttpsServer, serverOptions: tls }, onListening)
  : serve(listen, onListening);
// While kiosks move to HTTPS, the old plain-HTTP address keeps serving them until each has drained.
const oldAddress = move?.httpPort
  ? serve({ ...listen, port: move.httpPort }, (info) =>
      console.log(`  Old address, while kiosks move: http://${host}:${info.port}/`),
    )
  : null;

// Finish requests in flight, then exit, so a restart never cuts a kiosk's write in half.
function shutdown(signal: string) {
  console.log(`${signal}: finishing requests in flight, then stopping`);
  stopping.abort();
  oldAddress?.close();
  server.close(() => void db.destroy().finally(() => process.exit(0)));
  setTimeout(() => process.exit(0), 5000).unref();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
