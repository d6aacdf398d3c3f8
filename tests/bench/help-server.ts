/**
 * The centre server for the help bench, in its own process (so the bench's 50 kiosks and 1,000
 * event streams never share its event loop): the real app over a fresh SQLite file, with one
 * admin ("bench-admin", password BENCH_PASSWORD). Started by `fork` with --expose-gc; sends
 * `{ port }` when it listens, answers "memory" with its RSS and heap (after a GC), and exits on
 * "stop".
 */
import { readFileSync } from 'node:fs';
import { serve } from '@hono/node-server';
import { createApp } from '../../src/server/app';
import { createDatabase } from '../../src/server/db/database';
import { migrateToLatest } from '../../src/server/db/migrate';
import { DEFAULT_CONFIG_DIR } from '../../src/server/lib/config-bundle';
import { addStaff } from '../../src/server/staff/staff.service';

const password = process.env.BENCH_PASSWORD;
if (!password) throw new Error('help-server: BENCH_PASSWORD is not set');

const db = createDatabase(process.env);
await migrateToLatest(db);
await addStaff(
  db,
  { kind: 'system' },
  { name: '值班员', username: 'bench-admin', role: 'admin', password },
  new Date(),
);
const stopping = new AbortController();
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const app = createApp({
  distDir: process.env.DIST_DIR ?? 'dist',
  configDir: process.env.BENCH_CONFIG_DIR ?? DEFAULT_CONFIG_DIR,
  version,
  db,
  signal: stopping.signal,
});
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  process.send?.({ port: info.port });
});

function stop() {
  stopping.abort();
  server.close(() => void db.destroy().finally(() => process.exit(0)));
  // Open event streams keep close() waiting; the bench is done with them.
  setTimeout(() => process.exit(0), 2000).unref();
}
process.on('message', (message) => {
  if (message === 'stop') stop();
  if (message === 'memory') {
    (globalThis as { gc?: () => void }).gc?.();
    const m = process.memoryUsage();
    process.send?.({ memory: { rss: m.rss, heapUsed: m.heapUsed, heapTotal: m.heapTotal } });
  }
});
process.on('SIGTERM', stop);
