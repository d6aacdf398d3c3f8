/**
 * `npm run bench:server`: how much the centre server takes, on SQLite and on PostgreSQL. Prints a
 * table (figure / measured / target / ok) and writes tests/bench/results/server.json. Like the
 * kiosk bench it never fails on a slow figure (the exit code is non-zero only when the bench
 * itself could not run).
 *
 * For each store the real server (createApp over @hono/node-server) runs in a child process (see
 * support/server-child.ts), so autocannon's load generator here never shares its event loop;
 * 50 kiosks are enrolled through the API. The push figures use the bench's own kind, `bench.tap`,
 * whose applier writes one row per entry into a bench table: every entry applied is a real write
 * in the same transaction as its apply-once record, at a fixed cost. The booking race uses the
 * product's `meal.book` with the demo canteen (support/canteen-config.ts, support/booking-race.ts).
 *
 * Figures, per store:
 *  - push at saturation: 50 kiosks (one autocannon connection each, its own device token), each
 *    request a batch of 20 entries with fresh UUID v7 ids, sent flat out for BENCH_SECONDS;
 *    entries applied per second (2xx × 20 ÷ duration, cross-checked against the rows written)
 *    and p50 / p99 latency of a batch — at saturation p99 is mostly queueing (50 batches in
 *    flight ÷ throughput);
 *  - push at a realistic rate: the same 50 kiosks each sending one 20-entry batch a second on
 *    its own timer (support/paced-load.ts; 1,000 entries/s), p50 / p99 of a batch from when it
 *    was due; and the same rate from autocannon's overallRate, which releases all 50 batches at
 *    the top of each second (a synchronized burst, reported beside it);
 *  - booking race: 50 kiosks booking tomorrow's lunch (200 seats) for 1,000 imported members,
 *    one meal.book per push: bookings judged per second, latency, and "no overbooking" (exactly
 *    200 accepted, the rest refused sold_out, 200 rows, the seat counters at 200);
 *  - drain: a kiosk's outbox of 10,000 entries sent as its sync loop would, one batch of
 *    MAX_BATCH after the other;
 *  - fuzz: BENCH_FUZZ (≥ 10,000) malformed requests from tests/server/fuzz/generator.ts, 8 in
 *    flight: 5xx answers (must be 0), and refusals not in the API's JSON error shape;
 *  - the server's resident memory afterwards (VmRSS of the child from /proc, and its peak);
 *  - the subsidy outreach lists (issue #13 item 6) over OUTREACH_MEMBERS (60,000) generated
 *    members written straight into the store (support/outreach.ts): seconds to compute each list
 *    as the console asks for it (median of three), and its CSV.
 *
 * Environment: BENCH_SECONDS (default 10), BENCH_FUZZ (default 10000), BENCH_FUZZ_SEED,
 * BENCH_STORES (default "sqlite,postgres"), BENCH_CHILD_ARGS (Node flags for the server, e.g.
 * "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile it), BENCH_PUSH_ONLY=1 (the push figures
 * alone: no booking race, drain or fuzz, which take minutes on a busy machine), BENCH_OUTREACH_ONLY=1
 * (the outreach lists alone, written to results/server-outreach.json), BENCH_OUTREACH_MEMBERS
 * (default 60000).
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
import { bookingRace, importRacers, RACERS, SEATS } from './support/booking-race';
import { canteenConfigDir, tomorrowInShanghai } from './support/canteen-config';
import { seedOutreachMembers, timeList } from './support/outreach';
import { pacedPush } from './support/paced-load';
import { type BenchPostgres, startPostgres } from './support/postgres';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CHILD = resolve(ROOT, 'tests/bench/support/server-child.ts');
const RESULTS = resolve(
  ROOT,
  // The outreach lists alone do not replace the whole bench's figures.
  process.env.BENCH_OUTREACH_ONLY === '1'
    ? 'tests/bench/results/server-outreach.json'
    : 'tests/bench/results/server.json',
);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const FUZZ_COUNT = Number(process.env.BENCH_FUZZ ?? 10_000);
const FUZZ_SEED = Number(process.env.BENCH_FUZZ_SEED) || Math.floor(Math.random() * 2 ** 31);
const STORES = (process.env.BENCH_STORES ?? 'sqlite,postgres').split(',') as Store[];
const PUSH_ONLY = process.env.BENCH_PUSH_ONLY === '1';
const OUTREACH_ONLY = process.env.BENCH_OUTREACH_ONLY === '1';
const OUTREACH_MEMBERS = Number(process.env.BENCH_OUTREACH_MEMBERS ?? 60_000);
/** Each outreach list, as the console asks it, within this (seconds). */
const OUTREACH_TARGET_SECONDS = 2;
const KIOSKS = 50;
const BATCH = 20;
/** The realistic rate: each kiosk sends one batch a second. */
const BATCHES_PER_SECOND = KIOSKS;
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
/** Correctness, not speed: a race that overbooks fails the bench (exit code 1). */
const failures: string[] = [];
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
  /** SQL statements the server sent to the store (BEGIN / COMMIT not counted). */
  statements: number;
}

/**
 * How long the server's event loop was held up, the CPU it used (ms) and the SQL statements it
 * sent, since the last ask.
 */
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
  /** The server's public key for proofs (the booking race seals its racers' cards with it). */
  proofKey: string;
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

/** 50 kiosks pushing 20-entry batches with fresh ids for `seconds`; flat out unless `rate` (batches/s). */
async function pushLoad(base: string, kiosks: Kiosk[], seconds: number, rate?: number) {
  let assigned = 0;
  const result = await autocannon({
    url: base,
    connections: kiosks.length,
    duration: seconds,
    ...(rate ? { overallRate: rate } : {}),
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

/** The outreach lists over OUTREACH_MEMBERS members: seconds to compute each, JSON and CSV. */
async function outreach(store: Store, server: RunningServer, db: Kysely<Database>, admin: string) {
  console.log(
    `bench: ${store}: writing ${OUTREACH_MEMBERS.toLocaleString('en')} members for the outreach lists`,
  );
  const seeded = await seedOutreachMembers(db, OUTREACH_MEMBERS);
  const out: Record<string, unknown> = { ...seeded };
  for (const list of ['eligible', 'birthdays'] as const) {
    const path = `/api/subsidies/outreach/${list}`;
    await loopDelay(server);
    const json = await timeList(server.base, admin, path);
    const loop = await loopDelay(server);
    const csv = await timeList(server.base, admin, `${path}?format=csv`);
    record(
      `${store}: outreach list "${list}" over ${OUTREACH_MEMBERS.toLocaleString('en')} members`,
      round(json.median, 2),
      's',
      `≤ ${OUTREACH_TARGET_SECONDS} s`,
      (v) => v <= OUTREACH_TARGET_SECONDS,
      `median of ${json.seconds.length} (${json.seconds.map((x) => round(x, 2)).join(' / ')} s) at load ${round(os.loadavg()[0] ?? 0, 1)} on ${os.cpus().length} cores; the server's CPU ${round(loop.cpuMs / json.seconds.length, 0)} ms a list (what one free core would take); ${json.lines?.toLocaleString('en')} lines, ${round(json.bytes / 1024, 0)} KB of JSON; as CSV ${round(csv.median, 2)} s, ${round(csv.bytes / 1024, 0)} KB; the server's event loop was held up at most ${loop.max} ms, ${loop.statements} SQL statements for the ${json.seconds.length} runs`,
    );
    out[list] = { json, csv, serverEventLoopDelayMs: loop };
  }
  return out;
}

// ───────────────────────────── one store ─────────────────────────────

async function runStore(
  store: Store,
  env: Record<string, string>,
  configDir: string,
  details: Record<string, unknown>,
) {
  console.log(`\nbench: ${store}: starting the server`);
  const server = await startChild(env);
  const db: Kysely<Database> = createDatabase(env);
  try {
    const admin = await signIn(server.base, 'bench-admin');
    const kitchen = await signIn(server.base, 'bench-kitchen');
    if (OUTREACH_ONLY) {
      details[store] = { outreach: await outreach(store, server, db, admin) };
      return;
    }
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
      `${store}: entries applied per second (saturation)`,
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
    // Each statement is a round trip to PostgreSQL: the figure the bulk inserts cut.
    record(
      `${store}: SQL statements per push (20-entry batch, saturation)`,
      round(loop.statements / Math.max(1, load['2xx']), 1),
      '',
      '–',
      () => true,
      `${loop.statements} statements for ${load['2xx']} batches, BEGIN and COMMIT not counted; a push also does the kiosk's token check and status`,
    );
    const p99Target = sqlite ? '≤ 50 ms' : '≤ 100 ms (within 2×)';
    const p99Meets = (v: number) => v <= (sqlite ? 50 : 100);
    record(
      `${store}: push p50 (20-entry batch, saturation)`,
      load.latency.p50,
      'ms',
      '–',
      () => true,
    );
    record(
      `${store}: push p99 (20-entry batch, saturation)`,
      load.latency.p99,
      'ms',
      p99Target,
      p99Meets,
      `p90 ${load.latency.p90} ms, max ${load.latency.max} ms; ${kiosks.length} batches always in flight, so this is mostly queueing (≈ ${round((kiosks.length / Math.max(1, load['2xx'] / load.duration)) * 1000, 0)} ms of wait at this throughput); the server's event loop was held up p50 ${loop.p50} ms, p99 ${loop.p99} ms, max ${loop.max} ms`,
    );

    console.log(
      `bench: ${store}: push at a realistic rate, ${kiosks.length} kiosks × 1 batch/s of ${BATCH} = ${BATCHES_PER_SECOND * BATCH} entries/s, each kiosk on its own timer, ${SECONDS} s`,
    );
    const rowsBeforePaced = await countBenchRows(db);
    await loopDelay(server);
    const paced = await pacedPush(server.base, kiosks, SECONDS, 1000, (kiosk) => ({
      headers: { authorization: `Bearer ${kiosk.token}` },
      body: JSON.stringify({
        kioskId: kiosk.kioskId,
        entries: Array.from({ length: BATCH }, (_, i) => entry(kiosk, i)),
      }),
    }));
    await new Promise((r) => setTimeout(r, 500));
    const pacedLoop = await loopDelay(server);
    const pacedApplied = (await countBenchRows(db)) - rowsBeforePaced;
    const cpuShare = (cpuMs: number, seconds: number) => round((cpuMs / (seconds * 1000)) * 100, 0);
    record(
      `${store}: push p50 (20-entry batch, ${BATCHES_PER_SECOND * BATCH} entries/s)`,
      paced.latencyMs.p50,
      'ms',
      '–',
      () => true,
    );
    record(
      `${store}: push p99 (20-entry batch, ${BATCHES_PER_SECOND * BATCH} entries/s)`,
      paced.latencyMs.p99,
      'ms',
      p99Target,
      (v) => p99Meets(v) && paced.non2xx === 0 && paced.errors === 0,
      `each kiosk one batch a second on its own timer, from when it was due: ${paced.batches} batches in ${paced.durationSeconds} s (${round((paced.batches * BATCH) / paced.durationSeconds, 0)} entries/s), ${paced.non2xx} not 2xx, ${paced.errors} errors; ${pacedApplied} rows written; p90 ${paced.latencyMs.p90} ms, max ${paced.latencyMs.max} ms; event loop held up p99 ${pacedLoop.p99} ms, max ${pacedLoop.max} ms; server CPU ${cpuShare(pacedLoop.cpuMs, paced.durationSeconds)} % of one core`,
    );

    console.log(
      `bench: ${store}: the same rate as synchronized bursts (autocannon overallRate ${BATCHES_PER_SECOND}/s), ${SECONDS} s`,
    );
    const rowsBeforeRated = await countBenchRows(db);
    await loopDelay(server);
    const rated = await pushLoad(server.base, kiosks, SECONDS, BATCHES_PER_SECOND);
    await new Promise((r) => setTimeout(r, 500));
    const ratedLoop = await loopDelay(server);
    const ratedApplied = (await countBenchRows(db)) - rowsBeforeRated;
    record(
      `${store}: push p99 (${BATCHES_PER_SECOND * BATCH} entries/s as one burst a second)`,
      rated.latency.p99,
      'ms',
      '–',
      () => true,
      `autocannon overallRate ${BATCHES_PER_SECOND}/s releases every connection's batch at the top of each second, so all ${kiosks.length} arrive together (as after a network outage ends) and the last waits for the others: ${rated['2xx']} batches in ${round(rated.duration)} s, ${rated.non2xx} not 2xx, ${rated.errors} errors; ${ratedApplied} rows written; p50 ${rated.latency.p50} ms, p90 ${rated.latency.p90} ms, max ${rated.latency.max} ms; event loop held up p99 ${ratedLoop.p99} ms, max ${ratedLoop.max} ms; server CPU ${cpuShare(ratedLoop.cpuMs, rated.duration)} % of one core`,
    );
    if (PUSH_ONLY) {
      details[store] = { push: { batches: load['2xx'], rowsWritten: applied, loop } };
      return;
    }

    console.log(
      `bench: ${store}: booking race, ${kiosks.length} kiosks, ${RACERS} members, ${SEATS} seats`,
    );
    await importRacers(server.base, admin, configDir);
    await loopDelay(server);
    const race = await bookingRace(server.base, db, kiosks, configDir, tomorrowInShanghai());
    const raceLoop = await loopDelay(server);
    record(
      `${store}: bookings judged per second (${kiosks.length} kiosks, ${SEATS} seats)`,
      race.bookingsPerSecond,
      '/s',
      '–',
      () => true,
      `${race.sent} meal.book entries in ${race.durationSeconds} s, one per push; server CPU ${round(raceLoop.cpuMs / race.sent, 1)} ms per booking (one free core: ~${round(race.sent / Math.max(0.001, raceLoop.cpuMs / 1000), 0)}/s); p50 ${race.latencyMs.p50} ms, p99 ${race.latencyMs.p99} ms, max ${race.latencyMs.max} ms; answers ${JSON.stringify(race.answers)}`,
    );
    record(
      `${store}: bookings accepted of ${SEATS} seats (no overbooking)`,
      race.answers.accepted ?? 0,
      '',
      `exactly ${SEATS}`,
      () => race.noOverbooking,
      race.noOverbooking
        ? `no overbooking: ${race.database.bookedRows} rows in meal_bookings, lunch counter ${race.database.sittingCounter}, meal counters add up to ${race.database.perMealCounters}, ${race.database.soldOutNotices} refused sold_out`
        : `OVERBOOKING CHECK FAILED: ${race.problems.join('; ')}`,
    );
    if (!race.noOverbooking) failures.push(`${store}: ${race.problems.join('; ')}`);
    console.log(
      `bench: ${store}: ${race.noOverbooking ? 'no overbooking' : 'OVERBOOKING CHECK FAILED'} — ${race.answers.accepted ?? 0} accepted, ${race.answers['rejected sold_out'] ?? 0} refused sold_out; meal_bookings ${race.database.bookedRows}, meal_counts ${race.database.sittingCounter}`,
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
    const outreachDetails = await outreach(store, server, db, admin);
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
        load: 'saturation: 50 connections flat out',
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
      pushAtRate: {
        load: 'each kiosk one batch a second on its own timer (random phase); latency from when due',
        batchesPerSecond: BATCHES_PER_SECOND,
        entriesPerSecond: BATCHES_PER_SECOND * BATCH,
        ...paced,
        rowsWritten: pacedApplied,
        serverEventLoopDelayMs: pacedLoop,
      },
      pushAtRateBurst: {
        load: 'autocannon overallRate: every batch of the second released together',
        batchesPerSecond: BATCHES_PER_SECOND,
        entriesPerSecond: BATCHES_PER_SECOND * BATCH,
        batches: rated['2xx'],
        non2xx: rated.non2xx,
        errors: rated.errors,
        durationSeconds: rated.duration,
        rowsWritten: ratedApplied,
        serverEventLoopDelayMs: ratedLoop,
        latencyMs: {
          p50: rated.latency.p50,
          p90: rated.latency.p90,
          p99: rated.latency.p99,
          max: rated.latency.max,
        },
      },
      bookingRace: { ...race, serverEventLoopDelayMs: raceLoop },
      drain: drained,
      fuzz: {
        ...fuzzed,
        serverErrors: fuzzed.serverErrors.slice(0, 20),
        badRefusals: fuzzed.badRefusals.slice(0, 20),
        transport: fuzzed.transport.slice(0, 20),
      },
      outreach: outreachDetails,
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

/** PostgreSQL's entries applied per second as a share of SQLite's, both from this run. */
function recordStoreRatio(loadAtStart: number[]) {
  const applied = (store: Store) =>
    figures.find((f) => f.figure === `${store}: entries applied per second (saturation)`)?.value;
  const sqlite = applied('sqlite');
  const postgres = applied('postgres');
  if (!sqlite || postgres === undefined || postgres === null) return;
  record(
    'postgres ÷ sqlite entries applied per second (same run)',
    round(postgres / sqlite, 2),
    '×',
    '≥ 0.5×',
    (v) => v >= 0.5,
    `${postgres.toLocaleString('en')} ÷ ${sqlite.toLocaleString('en')} entries/s; load average (1 / 5 / 15 min) at the start ${loadAtStart.map((l) => round(l, 2)).join(' / ')}, at the end ${os
      .loadavg()
      .map((l) => round(l, 2))
      .join(' / ')}`,
  );
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

const KIND_NOTE = `The push figures use the bench's own kind "${BENCH_KIND}", whose applier writes one small row per entry (a bench table, not a product migration), so every entry applied is a real write in the same transaction as its apply-once record; the booking race uses the product's meal.book with the demo canteen (lunch every day, ${SEATS} seats).`;

async function main() {
  const started = Date.now();
  const loadAtStart = os.loadavg();
  const details: Record<string, unknown> = {};
  const errors: string[] = [];
  console.log(`bench: ${KIND_NOTE}`);
  const tmp = mkdtempSync(join(tmpdir(), 'nuanxin-bench-server-'));
  const canteen = canteenConfigDir({ lunchCapacity: SEATS });
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
        await runStore(store, { ...env, BENCH_CONFIG_DIR: canteen.dir }, canteen.dir, details);
      } catch (error) {
        errors.push(`${store}: ${errorText(error)}`);
        console.error(`bench: ${store} failed:`, error);
      }
    }
  } finally {
    postgres?.stop();
    rmSync(tmp, { recursive: true, force: true });
    canteen.remove();
  }

  recordStoreRatio(loadAtStart);
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
      realisticRate: `${BATCHES_PER_SECOND} batches/s (${BATCHES_PER_SECOND * BATCH} entries/s)`,
      bookingRace: `${RACERS} members, ${SEATS} lunch seats, one meal.book per push`,
      drainEntries: DRAIN_ENTRIES,
      drainBatch: MAX_BATCH,
      fuzzRequests: FUZZ_COUNT,
      fuzzSeed: FUZZ_SEED,
      outreachMembers: OUTREACH_MEMBERS,
      sqlite: 'WAL, synchronous=NORMAL (src/server/db/database.ts)',
      postgres: 'throwaway cluster, fsync on, synchronous_commit=off, pool of 10 (createDatabase)',
    },
    note: KIND_NOTE,
    figures,
    details,
    errors,
    failures,
    durationSeconds: Math.round((Date.now() - started) / 1000),
  };
  mkdirSync(dirname(RESULTS), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\nbench: wrote ${RESULTS} in ${result.durationSeconds} s`);
  if (errors.length) throw new Error(`the bench could not run: ${errors.join('; ')}`);
  if (failures.length) throw new Error(`the booking race overbooked: ${failures.join('; ')}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
