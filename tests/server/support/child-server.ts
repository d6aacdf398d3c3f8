/**
 * A centre server in its own process, for the sync fault tests: the real API (`createApi`) over
 * the database the environment names, served by @hono/node-server over TCP, with one test entry
 * kind (`fault.note`) whose applier writes one row per entry into `fault_rows`. The test drives
 * it to exact points over stdin and hears where it is on stdout, so killing it mid-batch is an
 * event, not a guess:
 *
 *   node --import tsx tests/server/support/child-server.ts
 *
 * Environment: DATABASE_URL or DATABASE_PATH; PORT (0 = any free port); FAULT_SERVER_NOW, the
 * server's clock, frozen at that ISO time (the system clock when unset).
 *
 * stdout, one JSON object per line: `listening {port}`, `push-received {ids}` (before the push is
 * handled), `paused {id}`, `push-answered {status, ids}` (handled, answer not yet sent),
 * `answer-held {ids}`, `ok {cmd}` (a command was taken). The API's own log goes to stderr.
 *
 * stdin, one JSON object per line: `{"cmd":"pause-on","text":…}` — the next entry with that text
 * is written, then its transaction stays open until `resume`; `{"cmd":"hold-answer","text":…}` —
 * the next push holding that text is applied and committed, then its answer held until `resume`;
 * `{"cmd":"resume"}`.
 */
import { createInterface } from 'node:readline';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { createDatabase } from '../../../src/server/db/database';
import { migrateToLatest } from '../../../src/server/db/migrate';
import type { Clock } from '../../../src/server/db/time';
import { createApi } from '../../../src/server/http/api';
import { createApplierRegistry } from '../../../src/server/product-appliers';
import { defineApplier } from '../../../src/server/sync/appliers';
import { reason } from '../../../src/shared/sync/index';
import { createFaultTable, type FaultDb, FaultNote } from './child-server-kind';

/** What the child says on stdout. */
export type ChildEvent =
  | { event: 'listening'; port: number }
  | { event: 'push-received'; ids: string[] }
  | { event: 'paused'; id: string }
  | { event: 'push-answered'; status: number; ids: string[] }
  | { event: 'answer-held'; ids: string[] }
  | { event: 'ok'; cmd: string };

/** What the child is told on stdin. */
export type ChildCommand =
  | { cmd: 'pause-on'; text: string }
  | { cmd: 'hold-answer'; text: string }
  | { cmd: 'resume' };

function emit(event: ChildEvent): void {
  // A pipe is written synchronously on Linux: the line is out before the next statement runs.
  process.stdout.write(`${JSON.stringify(event)}\n`);
}

let pauseText: string | null = null;
let holdText: string | null = null;
let resumers: (() => void)[] = [];
const resumed = () => new Promise<void>((resolve) => resumers.push(resolve));

const commands = createInterface({ input: process.stdin });
// The test process went away (even by a crash): do not outlive it.
commands.on('close', () => process.exit(0));
commands.on('line', (line) => {
  const command = JSON.parse(line) as ChildCommand;
  if (command.cmd === 'pause-on') pauseText = command.text;
  else if (command.cmd === 'hold-answer') holdText = command.text;
  else {
    const waiting = resumers;
    resumers = [];
    for (const resume of waiting) resume();
  }
  emit({ event: 'ok', cmd: command.cmd });
});

const fixedNow = process.env.FAULT_SERVER_NOW;
const clock: Clock = fixedNow ? () => new Date(fixedNow) : () => new Date();

const db = createDatabase(process.env);
await migrateToLatest(db);
await createFaultTable(db as unknown as Kysely<unknown>);

const appliers = createApplierRegistry([
  defineApplier(FaultNote, async (trx, entry, ctx) => {
    const { text, cutoff } = entry.payload;
    // Rules are judged by the server's clock (ctx.now), never by the entry's kioskTime.
    if (cutoff !== undefined && ctx.now.getTime() > Date.parse(cutoff))
      return { status: 'rejected', reason: reason('past_cutoff', `cut-off was ${cutoff}`) };
    if (text.startsWith('reject'))
      return { status: 'rejected', reason: reason('sold_out', 'the test applier refuses it') };
    await (trx as unknown as FaultDb)
      .insertInto('fault_rows')
      .values({
        entry_id: entry.id,
        kiosk_id: ctx.kioskId,
        payload: JSON.stringify(entry.payload),
        kiosk_time: entry.kioskTime,
        server_now: ctx.now.toISOString(),
      })
      .execute();
    if (pauseText !== null && text === pauseText) {
      pauseText = null;
      // The row is written but not committed: a kill from here on must leave no trace of it.
      emit({ event: 'paused', id: entry.id });
      await resumed();
    }
    return { status: 'accepted', record: { entryId: entry.id, appliedAt: ctx.now.toISOString() } };
  }),
]);

/** The ids and texts of a push body, read from a copy so the API still gets the stream. */
async function peek(request: Request): Promise<{ ids: string[]; texts: string[] }> {
  try {
    const body = JSON.parse(await request.clone().text()) as {
      entries?: { id?: unknown; payload?: { text?: unknown } }[];
    };
    const entries = Array.isArray(body.entries) ? body.entries : [];
    return {
      ids: entries.map((e) => String(e.id)),
      texts: entries.map((e) => String(e.payload?.text)),
    };
  } catch {
    return { ids: [], texts: [] };
  }
}

const app = new Hono();
app.use('/api/sync/push', async (c, next) => {
  const { ids, texts } = await peek(c.req.raw);
  emit({ event: 'push-received', ids });
  await next();
  emit({ event: 'push-answered', status: c.res.status, ids });
  if (holdText !== null && texts.includes(holdText)) {
    holdText = null;
    // Applied and committed; the answer waits here, so a kill loses only the answer.
    emit({ event: 'answer-held', ids });
    await resumed();
  }
});
app.route(
  '/api',
  createApi({
    db,
    clock,
    appliers,
    log: (entry) => process.stderr.write(`${JSON.stringify(entry)}\n`),
  }),
);

const server = serve(
  { fetch: app.fetch, port: Number(process.env.PORT ?? 0), hostname: '127.0.0.1' },
  (info) => emit({ event: 'listening', port: info.port }),
);
server.on('error', (error) => {
  process.stderr.write(`child server: ${error.message}\n`);
  process.exit(1);
});
