/**
 * `npm run bench:server`: how much the centre server takes, on SQLite and on PostgreSQL. Prints a
 * table (figure / measured / target / ok) and writes tests/bench/results/server.json. Like the
 * kiosk bench it never fails on a slow figure (the exit code is non-zero only when the bench
 * itself could not run).
 *
 * For each store the real server (createApp over @hono/node-server) runs in a child process (see
 * support/server-child.ts), so autocannon's load generator here never shares its event loop;
 * 50 kiosks are enrolled through the API. There are no product entry kinds yet, so the server
 * runs with the bench's own kind, `bench.tap`, whose applier writes one row per entry into a
 * bench table: every entry applied is a real write in the same transaction as its apply-once
 * record.
 *
 * Figures, per store:
 *  - push throughput: 50 kiosks (one autocannon connection each, its own device token), each
 *    request a batch of 20 entries with fresh UUID v7 ids, for BENCH_SECONDS; entries applied
 *    per second (2xx × 20 ÷ duration, cross-checked against the rows written) and p50 / p99
 *    latency of a batch;
 *  - drain: a kiosk's outbox of 10,000 entries sent as its sync loop would, one batch of
 *    MAX_BATCH after the other;
 *  - fuzz: BENCH_FUZZ (≥ 10,000) malformed requests from tests/server/fuzz/generator.ts, 8 in
 *    flight: 5xx answers (must be 0), and refusals not in the API's JSON error shape;
 *  - the server's resident memory afterwards (VmRSS of the child from /proc, and its peak).
 *
 * Environment: BENCH_SECONDS (default 10), BENCH_FUZZ (default 10000), BENCH_FUZZ_SEED,
 * BENCH_STORES (default "sqlite,postgres"), BENCH_CHILD_ARGS (Node flags for the server, e.g.
 * "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile it).
 */
import { type ChildProcess, execFileSync, fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { createDatabase } from '../../src/server/db/database';
import type { Database } from '../../src/server/db/schema';
import { isoWithOffset, MAX_BATCH, type PushResponse, uuidv7 } from '../../src/shared/sync/index';
import { answerProblem, describeRequest, fuzzRequests } from '../server/fuzz/generator';
import { BENCH_KIND, countBenchRows } from './support/bench-kind';
import { type BenchPostgres, startPostgres } from './support/postgres';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CHILD = resolve(ROOT, 'tests/bench/support/server-child.ts');
const RESULTS = resolve(ROOT, 'tests/bench/results/server.json');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const FUZZ_COUNT = Number(process.env.BENCH_FUZZ ?? 10_000);
const FUZZ_SEED = Number(process.env.BENCH_FUZZ_SEED) || Math.floor(Math.random() * 2 ** 31);
const STORES = (process.env.BENCH_STORES ?? 'sqlite,postgres').split(',') as Store[];
const KIOSKS = 50;
const BATCH = 20;
const DRAIN_ENTRIES = 10_000;
const FUZZ_IN_FLIGHT = 8;
const PASSWORD = randomBytes(12).toString('base64url');

type Store = 'sqlite' | 'postgres';

interface Figure {
  figure: string;
  value: number | null;
  unit: string;
  target: string;
  meets: boolean | null;
  note?: string;
}
const figures: Figure[] = [];
function record(
  figure: string,
  value: number | null,
  unit: string,
  target: string,
  meets: (v: number) => boolean,
  note?: string,
) {
  figures.push({
    figure,
    value,
    unit,
    target,
    meets: value === null ? null : meets(value),
    ...(note ? { note } : {}),
  });
}
const round = (n: number, digits = 1) => Number(n.toFixed(digits));
const errorText = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';

// ───────────────────────────── the server in its own process ─────────────────────────────

interface RunningServer {
  base: string;
  child: ChildProcess;
  /** Lines the server logged at level "error" (an unhandled error behind a 500). */
  errorLines: string[];
}

async function startChild(env: Record<string, string>): Promise<RunningServer> {
  const child = fork(CHILD, [], {
    cwd: ROOT,
    // BENCH_CHILD_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the server.
    execArgv: [
      '--import',
      'tsx',
      ...(process.env.BENCH_CHILD_ARGS?.split(' ').filter(Boolean) ?? []),
    ],
    env: { ...process.env, ...env, BENCH_PASSWORD: PASSWORD },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  const errorLines: string[] = [];
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-20_000);
    for (const line of chunk.split('\n'))
      if (line.includes('"level":"error"') && errorLines.length < 50) errorLines.push(line);
  });
  const port = await new Promise<number>((resolvePort, reject) => {
    const timer = setTimeout(() => reject(new Error('the server did not start in 120 s')), 120_000);
    child.once('message', (message: { port: number }) => {
      clearTimeout(timer);
      resolvePort(message.port);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}) before listening:\n${stderr}`));
    });
  });
  return { base: `http://127.0.0.1:${port}`, child, errorLines };
}

interface LoopStats {
  p50: number;
  p99: number;
  max: number;
  /** CPU time the server used (user + system). */
  cpuMs: number;
}

/** How long the server's event loop was held up, and the CPU it used, since the last ask (ms). */
async function loopDelay(server: RunningServer): Promise<LoopStats> {
  const answer = new Promise<LoopStats>((resolveLoop) => {
    const listen = (message: { loop?: LoopStats }) => {
      if (!message.loop) return;
      server.child.off('message', listen);
      resolveLoop(message.loop);
    };
    server.child.on('message', listen);
  });
  server.child.send('loop');
  return answer;
}

async function stopChild(server: RunningServer) {
  if (server.child.exitCode !== null) return;
  const exited = once(server.child, 'exit');
  server.child.send('stop');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  if (server.child.exitCode === null) server.child.kill('SIGKILL');
}

/** The child's resident memory now and at its peak, in MB, from /proc (Linux). */
function memoryOf(pid: number): { rss: number; peak: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (name: string) =>
      Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
    return { rss: round(kb('VmRSS') / 1024), peak: round(kb('VmHWM') / 1024) };
  } catch {
    return null;
  }
}

// ───────────────────────────── talking to it ─────────────────────────────

interface Kiosk {
  kioskId: string;
  token: string;
}

async function call(
  base: string,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
) {
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
  return res;
}

async function signIn(base: string, username: string): Promise<string> {
  const res = await call(base, '/api/staff/login', { username, password: PASSWORD });
  const cookie = res.headers.getSetCookie()[0]?.split(';')[0];
  if (!cookie) throw new Error(`no session cookie for ${username}`);
  return cookie;
}

async function enrollKiosks(base: string, cookie: string, count: number): Promise<Kiosk[]> {
  const kiosks: Kiosk[] = [];
  for (let i = 0; i < count; i++) {
    const codeRes = await call(
      base,
      '/api/kiosks/enrollment-codes',
      { name: `Bench ${i + 1}` },
      { cookie },
    );
    const { code } = (await codeRes.json()) as { code: string };
    const res = await call(base, '/api/kiosks/enroll', { code, appVersion: 'bench' });
    kiosks.push((await res.json()) as Kiosk);
  }
  return kiosks;
}

const entry = (kiosk: Kiosk, n: number) => ({
  id: uuidv7(),
  kind: BENCH_KIND,
  payload: { n, text: '午饭 · bench' },
  kioskTime: isoWithOffset(Date.now(), 480),
  kioskId: kiosk.kioskId,
});

// ───────────────────────────── the measurements ─────────────────────────────

/** 50 kiosks pushing 20-entry batches with fresh ids for `seconds`. */
async function pushLoad(base: string, kiosks: Kiosk[], seconds: number) {
  let assigned = 0;
  const result = await autocannon({
    url: base,
    connections: kiosks.length,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        path: '/api/sync/push',
        headers: { 'content-type': 'application/json' },
        // One kiosk per connection (its own token), a new batch with new ids on every request,
        // so every entry is applied: resent ids would measure the duplicate path instead.
        setupRequest: (request, context) => {
          const ctx = context as { kiosk?: Kiosk };
          ctx.kiosk ??= kiosks[assigned++ % kiosks.length] as Kiosk;
          const kiosk = ctx.kiosk;
          const entries = Array.from({ length: BATCH }, (_, i) => entry(kiosk, i));
          return {
            ...request,
            headers: { ...request.headers, authorization: `Bearer ${kiosk.token}` },
            body: JSON.stringify({ kioskId: kiosk.kioskId, entries }),
          };
        },
      },
    ],
  });
  return result;
}

/** One kiosk's outbox of `total` entries, sent batch after batch as the sync loop does. */
async function drain(base: string, kiosk: Kiosk, total: number) {
  const outbox = Array.from({ length: total }, (_, i) => entry(kiosk, i));
  let accepted = 0;
  const started = performance.now();
  for (let i = 0; i < outbox.length; i += MAX_BATCH) {
    const res = await call(
      base,
      '/api/sync/push',
      { kioskId: kiosk.kioskId, entries: outbox.slice(i, i + MAX_BATCH) },
      { authorization: `Bearer ${kiosk.token}` },
    );
    const body = (await res.json()) as PushResponse;
    accepted += body.results.filter((r) => r.status === 'accepted').length;
  }
  return {
    seconds: (performance.now() - started) / 1000,
    accepted,
    batches: Math.ceil(total / MAX_BATCH),
  };
}

/** The fuzz generator over HTTP, FUZZ_IN_FLIGHT at a time. */
async function fuzz(base: string, kiosk: Kiosk, adminCookie: string, staffCookie: string) {
  const requests = fuzzRequests(
    {
      kioskId: kiosk.kioskId,
      kioskToken: kiosk.token,
      adminCookie,
      staffCookie,
      entryKind: BENCH_KIND,
    },
    { seed: FUZZ_SEED, count: FUZZ_COUNT },
  );
  const statuses: Record<string, number> = {};
  const serverErrors: string[] = [];
  const badRefusals: string[] = [];
  const transport: string[] = [];
  let sent = 0;
  const worker = async () => {
    for (let next = requests.next(); !next.done; next = requests.next()) {
      const request = next.value;
      sent++;
      try {
        const res = await fetch(`${base}${request.path}`, {
          method: request.method,
          headers: request.headers,
          ...(request.body === undefined ? {} : { body: request.body }),
        });
        const text = await res.text();
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        const problem = answerProblem(request, res.status, res.headers.get('content-type'), text);
        const line = `${describeRequest(FUZZ_SEED, request)} → ${problem}`;
        if (res.status >= 500) serverErrors.push(line);
        else if (problem) badRefusals.push(line);
      } catch (error) {
        // The server may close the connection on a body it refuses before reading it all.
        transport.push(`${describeRequest(FUZZ_SEED, request)} → ${errorText(error)}`);
      }
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: FUZZ_IN_FLIGHT }, worker));
  return {
    sent,
    seconds: round((performance.now() - started) / 1000),
    statuses,
    serverErrors,
    badRefusals,
    transport,
  };
}

// ───────────────────────────── one store ─────────────────────────────

async function runStore(
  store: Store,
  env: Record<string, string>,
  details: Record<string, unknown>,
) {
  console.log(`\nbench: ${store}: starting the server`);
  const server = await startChild(env);
  const db: Kysely<Database> = createDatabase(env);
  try {
    const admin = await signIn(server.base, 'bench-admin');
    const kitchen = await signIn(server.base, 'bench-kitchen');
    const kiosks = await enrollKiosks(server.base, admin, KIOSKS + 1);
    const drainKiosk = kiosks.pop() as Kiosk;
    console.log(`bench: ${store}: ${kiosks.length} kiosks enrolled; warming up`);
    await pushLoad(server.base, kiosks, 2);

    console.log(
      `bench: ${store}: push load, ${kiosks.length} kiosks × ${BATCH}-entry batches, ${SECONDS} s`,
    );
    const rowsBefore = await countBenchRows(db);
    await loopDelay(server);
    const load = await pushLoad(server.base, kiosks, SECONDS);
    // Let answers still in flight when autocannon stopped land before counting.
    await new Promise((r) => setTimeout(r, 500));
    const loop = await loopDelay(server);
    const applied = (await countBenchRows(db)) - rowsBefore;
    const answered = load['2xx'] * BATCH;
    const perSecond = answered / load.duration;
    const pushNote = `${load['2xx']} batches answered in ${round(load.duration)} s, ${load.non2xx} not 2xx, ${load.errors} errors, ${load.timeouts} timeouts; ${applied} rows written (${applied >= answered ? 'every answered entry applied' : 'FEWER rows than entries answered'})`;
    const sqlite = store === 'sqlite';
    record(
      `${store}: entries applied per second`,
      round(perSecond, 0),
      '/s',
      sqlite ? '≥ 5,000' : '≥ 2,500 (within 2×)',
      (v) => v >= (sqlite ? 5000 : 2500) && load.non2xx === 0 && applied >= answered,
      pushNote,
    );
    // Load-independent: what the server spends per entry, however busy the machine is.
    record(
      `${store}: server CPU per 1,000 entries`,
      round((loop.cpuMs / Math.max(1, applied)) * 1000, 0),
      'ms',
      '–',
      () => true,
      `${loop.cpuMs} ms CPU for ${applied} entries: one free core would apply ~${round(applied / Math.max(1, loop.cpuMs / 1000), 0)} entries/s`,
    );
    record(`${store}: push p50 (20-entry batch)`, load.latency.p50, 'ms', '–', () => true);
    record(
      `${store}: push p99 (20-entry batch)`,
      load.latency.p99,
      'ms',
      sqlite ? '≤ 50 ms' : '≤ 100 ms (within 2×)',
      (v) => v <= (sqlite ? 50 : 100),
      `p90 ${load.latency.p90} ms, max ${load.latency.max} ms; the server's event loop was held up p50 ${loop.p50} ms, p99 ${loop.p99} ms, max ${loop.max} ms`,
    );

    console.log(`bench: ${store}: draining a ${DRAIN_ENTRIES}-entry outbox`);
    const drained = await drain(server.base, drainKiosk, DRAIN_ENTRIES);
    record(
      `${store}: drain ${DRAIN_ENTRIES.toLocaleString('en')} entries (${drained.batches} × ${MAX_BATCH})`,
      round(drained.seconds, 2),
      's',
      '≤ 10 s',
      (v) => v <= 10 && drained.accepted === DRAIN_ENTRIES,
      `${drained.accepted} accepted`,
    );

    console.log(`bench: ${store}: ${FUZZ_COUNT} fuzz requests (seed ${FUZZ_SEED})`);
    const fuzzed = await fuzz(server.base, kiosks[0] as Kiosk, admin, kitchen);
    record(
      `${store}: fuzz 5xx answers (of ${fuzzed.sent})`,
      fuzzed.serverErrors.length,
      '',
      '0',
      (v) => v === 0,
      `seed ${FUZZ_SEED}, ${fuzzed.seconds} s; ${fuzzed.badRefusals.length} refusals not in the JSON error shape; ${fuzzed.transport.length} connection errors; statuses ${JSON.stringify(fuzzed.statuses)}`,
    );
    const memory = server.child.pid ? memoryOf(server.child.pid) : null;
    record(
      `${store}: server RSS after the run`,
      memory?.rss ?? null,
      'MB',
      '–',
      () => true,
      memory ? `peak ${memory.peak} MB` : 'no /proc',
    );
    details[store] = {
      push: {
        batches: load['2xx'],
        non2xx: load.non2xx,
        errors: load.errors,
        timeouts: load.timeouts,
        durationSeconds: load.duration,
        rowsWritten: applied,
        serverEventLoopDelayMs: loop,
        latencyMs: {
          p50: load.latency.p50,
          p90: load.latency.p90,
          p99: load.latency.p99,
          max: load.latency.max,
        },
      },
      drain: drained,
      fuzz: {
        ...fuzzed,
        serverErrors: fuzzed.serverErrors.slice(0, 20),
        badRefusals: fuzzed.badRefusals.slice(0, 20),
        transport: fuzzed.transport.slice(0, 20),
      },
      memoryMb: memory,
      serverErrorLog: server.errorLines.slice(0, 10),
    };
    for (const line of [...fuzzed.serverErrors, ...fuzzed.badRefusals].slice(0, 10))
      console.log(`  ${line.slice(0, 400)}`);
  } finally {
    await db.destroy();
    await stopChild(server);
  }
}

function printTable() {
  const header = ['figure', 'measured', 'target', ''];
  const rows = figures.map((f) => [
    f.figure,
    f.value === null ? '—' : `${f.value.toLocaleString('en')} ${f.unit}`.trim(),
    f.target,
    f.meets === null ? '' : f.meets ? 'ok' : 'MISS',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] as number))
      .join('  ')
      .trimEnd();
  console.log(`\n${line(header)}\n${widths.map((w) => '─'.repeat(w)).join('  ')}`);
  for (const row of rows) console.log(line(row));
  for (const f of figures.filter((x) => x.note)) console.log(`  note — ${f.figure}: ${f.note}`);
}

const KIND_NOTE = `There are no product entry kinds yet: the server runs with the bench's own kind "${BENCH_KIND}", whose applier writes one small row per entry (a bench table, not a product migration), so every entry applied is a real write in the same transaction as its apply-once record.`;

async function main() {
  const started = Date.now();
  const loadAtStart = os.loadavg();
  const details: Record<string, unknown> = {};
  const errors: string[] = [];
  console.log(`bench: ${KIND_NOTE}`);
  const tmp = mkdtempSync(join(tmpdir(), 'nuanxin-bench-server-'));
  let postgres: BenchPostgres | undefined;
  try {
    for (const store of STORES) {
      try {
        let env: Record<string, string>;
        if (store === 'sqlite') env = { DATABASE_PATH: join(tmp, 'centre.db') };
        else {
          postgres ??= await startPostgres();
          const admin = new pg.Client({ connectionString: postgres.url });
          await admin.connect();
          await admin.query('create database bench');
          await admin.end();
          const url = new URL(postgres.url);
          url.pathname = '/bench';
          env = { DATABASE_URL: url.href };
        }
        await runStore(store, env, details);
      } catch (error) {
        errors.push(`${store}: ${errorText(error)}`);
        console.error(`bench: ${store} failed:`, error);
      }
    }
  } finally {
    postgres?.stop();
    rmSync(tmp, { recursive: true, force: true });
  }

  printTable();
  console.log(`\n  ${KIND_NOTE}`);
  let commit: string | null = null;
  try {
    commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    // not a git checkout
  }
  const result = {
    date: new Date().toISOString(),
    commit,
    machine: {
      cores: os.cpus().length,
      cpu: os.cpus()[0]?.model ?? null,
      memoryGb: round(os.totalmem() / 2 ** 30),
      loadAverageAtStart: loadAtStart.map((l) => round(l, 2)),
      loadAverageAtEnd: os.loadavg().map((l) => round(l, 2)),
      node: process.version,
    },
    settings: {
      seconds: SECONDS,
      kiosks: KIOSKS,
      entriesPerBatch: BATCH,
      drainEntries: DRAIN_ENTRIES,
      drainBatch: MAX_BATCH,
      fuzzRequests: FUZZ_COUNT,
      fuzzSeed: FUZZ_SEED,
      sqlite: 'WAL, synchronous=NORMAL (src/server/db/database.ts)',
      postgres: 'throwaway cluster, fsync on, synchronous_commit=off, pool of 10 (createDatabase)',
    },
    note: KIND_NOTE,
    figures,
    details,
    errors,
    durationSeconds: Math.round((Date.now() - started) / 1000),
  };
  mkdirSync(dirname(RESULTS), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\nbench: wrote ${RESULTS} in ${result.durationSeconds} s`);
  if (errors.length) throw new Error(`the bench could not run: ${errors.join('; ')}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
