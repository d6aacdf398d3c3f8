/**
 * The centre server as the bench runs it, in its own process so the load generator never shares
 * its event loop: the real app (createApp: security headers, gzip, the API) served by
 * @hono/node-server on a free port, over the database the environment names (DATABASE_PATH or
 * DATABASE_URL), plus the bench's entry kind and its table. Started by `fork`; it sends
 * `{ port }` when it listens and exits on the message "stop" (or SIGTERM).
 *
 * BENCH_PASSWORD: the password of the two accounts it seeds, "bench-admin" (admin) and
 * "bench-kitchen" (kitchen), which the bench signs in with. BENCH_CONFIG_DIR: the centre's config
 * folder (default the demo's); its canteen is what the meal appliers judge bookings by.
 */
import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { serve } from '@hono/node-server';
import type { KyselyPlugin } from 'kysely';
import { createApp } from '../../../src/server/app';
import { canteenOf, centreConfigReader } from '../../../src/server/config/centre-config';
import { createDatabase } from '../../../src/server/db/database';
import { migrateToLatest } from '../../../src/server/db/migrate';
import { DEFAULT_CONFIG_DIR } from '../../../src/server/lib/config-bundle';
import { addStaff } from '../../../src/server/staff/staff.service';
import { benchAppliers, createBenchTable } from './bench-kind';

const password = process.env.BENCH_PASSWORD;
if (!password) throw new Error('server-child: BENCH_PASSWORD is not set');

// Counts every SQL statement the server sends to the store (each one a round trip on
// PostgreSQL; BEGIN and COMMIT are not counted), so the bench can show statements per push.
let statements = 0;
const countStatements: KyselyPlugin = {
  transformQuery: (args) => {
    statements++;
    return args.node;
  },
  transformResult: async (args) => args.result,
};
const db = createDatabase(process.env).withPlugin(countStatements);
await migrateToLatest(db);
await createBenchTable(db);
for (const [username, role] of [
  ['bench-admin', 'admin'],
  ['bench-kitchen', 'kitchen'],
] as const)
  await addStaff(db, { kind: 'system' }, { name: username, username, role, password }, new Date());

const configDir = process.env.BENCH_CONFIG_DIR ?? DEFAULT_CONFIG_DIR;
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const app = createApp({
  distDir: process.env.DIST_DIR ?? 'dist',
  configDir,
  version,
  db,
  appliers: benchAppliers({ canteen: canteenOf(centreConfigReader(configDir)) }),
});
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  process.send?.({ port: info.port });
});

function stop() {
  server.close(() => void db.destroy().finally(() => process.exit(0)));
  setTimeout(() => process.exit(0), 5000).unref();
}
// A synchronous driver (better-sqlite3) holds the event loop while it works: this shows how long.
const loopDelay = monitorEventLoopDelay({ resolution: 5 });
loopDelay.enable();
const ms = (ns: number) => Math.round(ns / 1e5) / 10;
let cpuMark = process.cpuUsage();
process.on('message', (message) => {
  if (message === 'stop') stop();
  if (message === 'loop') {
    const cpu = process.cpuUsage(cpuMark);
    cpuMark = process.cpuUsage();
    process.send?.({
      loop: {
        p50: ms(loopDelay.percentile(50)),
        p99: ms(loopDelay.percentile(99)),
        max: ms(loopDelay.max),
        cpuMs: Math.round((cpu.user + cpu.system) / 1000),
        statements,
      },
    });
    loopDelay.reset();
    statements = 0;
  }
});
process.on('SIGTERM', stop);
