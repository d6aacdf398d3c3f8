/**
 * The sync fault matrix: the real kiosk outbox and sync loop (fake-indexeddb) pushing over TCP to
 * a real server in a child process, on SQLite and on PostgreSQL. Every cell ends by counting, in
 * the database, the rows the test applier wrote: every entry exactly once, none lost, none twice.
 *
 * Nothing here waits on time: the kiosk's clock moves only when a test moves it, and the server
 * is stopped and killed at points it announces itself (`paused`, `answer-held`).
 */
import { describe, expect, it } from 'vitest';
import { receivedIds } from '../support/child-server-process';
import { forEachStore } from '../support/stores';
import {
  appliedRows,
  expectExactlyOnce,
  faultCell,
  HOUR,
  note,
  rawPusher,
  SERVER_NOW,
  saveOffline,
} from './fault-cell';

const SERVER_MS = Date.parse(SERVER_NOW);
const idsOf = (entries: readonly { id: string }[]) => entries.map((e) => e.id);
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

forEachStore((_name, _makeDb, store) => {
  describe('1. kiosk offline while entries are made', () => {
    it('keeps every entry through a server that is not running and a network that fails, then sends each once', async () => {
      const { db, server, kiosk } = await faultCell(store);
      await server.stop();

      // Server not running: every push is refused at the socket.
      const made = [];
      for (const n of range(0, 60)) made.push(await kiosk.save(note(n)));
      await kiosk.sync.idle();
      expect(kiosk.sync.state.value).toBe('waiting');
      expect(kiosk.outbox.lastError.value?.code).toBe('network');
      await kiosk.nextTry();
      expect(kiosk.sync.failures.value).toBe(2);

      // The kiosk's own network down: fetch fails before anything leaves.
      kiosk.network.online = false;
      for (const n of range(60, 120)) made.push(await kiosk.save(note(n)));
      await kiosk.nextTry();
      expect(kiosk.sync.failures.value).toBe(3);
      expect(kiosk.outbox.pendingCount.value).toBe(120);
      expect(receivedIds(server)).toEqual([]);

      await server.restart();
      kiosk.network.online = true;
      await kiosk.goOnline();

      expect(kiosk.sync.state.value).toBe('idle');
      expect(kiosk.sync.failures.value).toBe(0);
      // Two batches (at most 100 each), in the order the entries were made, nothing sent twice.
      const pushes = server.events.flatMap((e) => (e.event === 'push-received' ? [e.ids] : []));
      expect(pushes.map((ids) => ids.length)).toEqual([100, 20]);
      expect(receivedIds(server)).toEqual(idsOf(made));
      await expectExactlyOnce(db, { accepted: made }, kiosk);
    });
  });

  describe('2. server killed (SIGKILL) during a push, restarted on the same database', () => {
    it('mid-batch, inside an applier: the open entry leaves no trace and the resend completes the batch', async () => {
      const { db, server, kiosk } = await faultCell(store);
      const made = await saveOffline(
        kiosk,
        range(0, 10).map((n) => note(n, n === 4 ? 'marker: killed here' : undefined)),
      );
      await server.command({ cmd: 'pause-on', text: 'marker: killed here' });
      const paused = server.next('paused');
      const run = kiosk.goOnline();
      expect((await paused).id).toBe(made[4]?.id);
      // Committed so far: only entries before the marker (all four when the server commits per
      // entry, none when it commits per batch); never the marker, whose transaction is open.
      const before = (await appliedRows(db)).map((r) => r.entry_id);
      expect(before.length).toBeLessThanOrEqual(4);
      expect(before).toEqual(idsOf(made.slice(0, before.length)));

      await server.kill();
      await run;
      expect(kiosk.sync.state.value).toBe('waiting');
      expect(kiosk.outbox.lastError.value?.code).toBe('network');
      expect(kiosk.outbox.pendingCount.value).toBe(10);
      // The kill rolled back what was open and nothing else.
      expect((await appliedRows(db)).map((r) => r.entry_id)).toEqual(before);

      await server.restart();
      await kiosk.nextTry();
      expect(kiosk.sync.state.value).toBe('idle');
      // The whole batch went again; the four already applied were answered from the record.
      expect(receivedIds(server)).toEqual([...idsOf(made), ...idsOf(made)]);
      await expectExactlyOnce(db, { accepted: made }, kiosk);
    });

    it('after the batch committed, before the answer: the resend gets the stored answers', async () => {
      const { db, server, kiosk } = await faultCell(store);
      const made = await saveOffline(
        kiosk,
        range(0, 10).map((n) => note(n, n === 9 ? 'marker: answer lost' : undefined)),
      );
      await server.command({ cmd: 'hold-answer', text: 'marker: answer lost' });
      const held = server.next('answer-held');
      const run = kiosk.goOnline();
      expect((await held).ids).toEqual(idsOf(made));
      expect((await appliedRows(db)).map((r) => r.entry_id)).toEqual(idsOf(made));

      await server.kill();
      await run;
      expect(kiosk.sync.state.value).toBe('waiting');
      expect(kiosk.outbox.pendingCount.value).toBe(10);

      await server.restart();
      await kiosk.nextTry();
      expect(kiosk.sync.state.value).toBe('idle');
      expect(receivedIds(server)).toEqual([...idsOf(made), ...idsOf(made)]);
      await expectExactlyOnce(db, { accepted: made }, kiosk);
      // What the kiosk filed is the server's first answer, record and all.
      for (const sent of await kiosk.outbox.sent())
        expect(sent.result).toEqual({
          id: sent.id,
          status: 'accepted',
          serverTime: SERVER_NOW,
          record: { entryId: sent.id, appliedAt: SERVER_NOW },
        });
    });
  });

  describe('3. page reloaded while a push is on the wire', () => {
    it('the old request finishes on the server; the reloaded page resends and gets the stored answers', async () => {
      const { db, server, kiosk, open } = await faultCell(store);
      const made = await saveOffline(
        kiosk,
        range(0, 6).map((n) => note(n, n === 2 ? 'marker: reload' : undefined)),
      );
      await server.command({ cmd: 'pause-on', text: 'marker: reload' });
      const paused = server.next('paused');
      void kiosk.goOnline();
      await paused;

      const answered = server.next('push-answered');
      await kiosk.unload();
      await server.command({ cmd: 'resume' });
      expect((await answered).status).toBe(200);
      expect((await appliedRows(db)).map((r) => r.entry_id)).toEqual(idsOf(made));
      // The page went before the answer came: everything still waits on the kiosk.
      const reloaded = await open();
      await reloaded.sync.idle();

      expect(receivedIds(server)).toEqual([...idsOf(made), ...idsOf(made)]);
      await expectExactlyOnce(db, { accepted: made }, reloaded);
    });

    it('the reloaded page resends while the old request is still held inside a transaction', async () => {
      const { db, server, kiosk, open } = await faultCell(store);
      const made = await saveOffline(
        kiosk,
        // First in the batch, so the paused request holds no other entry's row or record.
        range(0, 6).map((n) => note(n, n === 0 ? 'marker: still open' : undefined)),
      );
      await server.command({ cmd: 'pause-on', text: 'marker: still open' });
      const paused = server.next('paused');
      void kiosk.goOnline();
      await paused;
      await kiosk.unload();

      const answers = [server.next('push-answered'), server.next('push-answered')];
      const resent = server.next('push-received');
      const reloaded = await open();
      expect((await resent).ids).toEqual(idsOf(made));
      if (store.name === 'postgres') {
        // The resend applies the marker and commits while the old request is still paused, so
        // the old one then meets the unique key and answers from the record.
        expect((await answers[0])?.status).toBe(200);
        expect(server.events.filter((e) => e.event === 'push-answered')).toHaveLength(1);
      }
      // SQLite has one connection: the resend waits for the old request's transaction.
      await server.command({ cmd: 'resume' });
      expect((await Promise.all(answers)).map((a) => a.status)).toEqual([200, 200]);
      await reloaded.sync.idle();

      expect(reloaded.sync.state.value).toBe('idle');
      await expectExactlyOnce(db, { accepted: made }, reloaded);
    });
  });

  describe('4. the same batch sent twice (raw HTTP, same ids)', () => {
    it('answers a resend exactly as the first time and never doubles a row, also when both are in flight at once', async () => {
      const { db, server, kiosk } = await faultCell(store);
      const { entry, push } = rawPusher(server, kiosk);

      const batch = [entry(0), entry(1, 'reject: sold out'), entry(2)];
      const first = await push(batch);
      expect(first.status).toBe(200);
      expect(first.body.results.map((r) => r.status)).toEqual(['accepted', 'rejected', 'accepted']);
      expect(await push(batch)).toEqual(first);

      // Two identical batches at once.
      const twin = [entry(3), entry(4), entry(5)];
      const [a, b] = await Promise.all([push(twin), push(twin)]);
      expect(a.status).toBe(200);
      expect(b).toEqual(a);

      // Forced overlap: the first is held inside the applier while the second arrives.
      const held = [entry(6, 'marker: overlap'), entry(7), entry(8)];
      await server.command({ cmd: 'pause-on', text: 'marker: overlap' });
      const paused = server.next('paused');
      const slow = push(held);
      await paused;
      const arrived = server.next('push-received');
      const fast = push(held);
      await arrived;
      // PostgreSQL answers the second while the first is paused (see cell 3); SQLite queues it.
      if (store.name === 'postgres') expect((await fast).status).toBe(200);
      await server.command({ cmd: 'resume' });
      const [c, d] = await Promise.all([slow, fast]);
      expect(c.status).toBe(200);
      expect(d).toEqual(c);

      // A batch overlapping an earlier one: old ids answered from the record, new ones applied.
      const overlap = [...held.slice(1), entry(9)];
      const e = await push(overlap);
      expect(e.body.results.slice(0, 2)).toEqual(c.body.results.slice(1));

      const all = [...batch, ...twin, ...held, ...overlap.slice(2)];
      const refused = all.filter((x) => x === batch[1]);
      await expectExactlyOnce(db, {
        accepted: all.filter((x) => !refused.includes(x)),
        rejected: refused,
      });
    });
  });

  describe('5. the elder double-taps confirm', () => {
    it('one confirm screen makes one entry: repeats within the window are the same id, one outbox entry, one row', async () => {
      const { db, server, kiosk, clock } = await faultCell(store);
      const key = 'fault.note:2026-11-25:lunch:card 1234';
      kiosk.network.online = false;
      // The second tap lands before the first write has finished, the third just after.
      const [first, second] = await Promise.all([
        kiosk.saveOnce(key, note(1, 'confirm lunch')),
        kiosk.saveOnce(key, note(1, 'confirm lunch')),
      ]);
      clock.set(clock.now() + 1500);
      const third = await kiosk.saveOnce(key, note(1, 'confirm lunch'));
      expect(second.id).toBe(first.id);
      expect(third.id).toBe(first.id);
      expect(idsOf(await kiosk.outbox.pending())).toEqual([first.id]);
      await kiosk.sync.idle();
      kiosk.network.online = true;
      await kiosk.goOnline();
      expect(receivedIds(server)).toEqual([first.id]);

      // A tap after the window is a new action with its own id: flows leave the screen first.
      clock.set(clock.now() + 2000);
      const later = await kiosk.saveOnce(key, note(2, 'confirm lunch'));
      expect(later.id).not.toBe(first.id);
      await kiosk.sync.idle();
      await expectExactlyOnce(db, { accepted: [first, later] }, kiosk);
    });

    it('the same id queued again cannot make a second outbox entry, and resent gets no second row', async () => {
      const { db, server, kiosk } = await faultCell(store);
      const [entry] = await saveOffline(kiosk, [note(1, 'confirm dinner')]);
      if (!entry) throw new Error('nothing saved');
      const stored = (await kiosk.outbox.pending())[0];
      if (!stored) throw new Error('the entry is not waiting');
      // IndexedDB keys the outbox by id: a second add of the same id is refused.
      await expect(kiosk.requeue(stored)).rejects.toMatchObject({ name: 'ConstraintError' });
      expect(await kiosk.outbox.pending()).toHaveLength(1);

      await kiosk.goOnline();
      // A stale copy of the sent entry comes back into the outbox (say, a restored backup).
      await kiosk.requeue(stored);
      await kiosk.sync.syncNow();
      expect(receivedIds(server)).toEqual([entry.id, entry.id]);
      await expectExactlyOnce(db, { accepted: [entry] }, kiosk);
    });
  });

  describe('6. the kiosk clock hours wrong', () => {
    it('arrives once, judged by the server clock, with the kiosk time recorded as given', async () => {
      const { db, server, kiosk, clock } = await faultCell(store);
      kiosk.network.online = false;
      clock.set(SERVER_MS + 5 * HOUR);
      // The kiosk thinks this cut-off passed 4 h ago; by the server's clock it is an hour away.
      const aheadCutoff = await kiosk.save(
        note(0, 'ahead: cut-off in 1 h', new Date(SERVER_MS + HOUR).toISOString()),
      );
      const ahead = await kiosk.save(note(1, 'ahead'));
      clock.set(SERVER_MS - 30 * HOUR);
      // The kiosk thinks this cut-off is 29 h away; by the server's clock it passed an hour ago.
      const behindCutoff = await kiosk.save(
        note(2, 'behind: cut-off 1 h ago', new Date(SERVER_MS - HOUR).toISOString()),
      );
      const behind = await kiosk.save(note(3, 'behind'));
      await kiosk.sync.idle();
      kiosk.network.online = true;
      await kiosk.goOnline();

      const made = [aheadCutoff, ahead, behindCutoff, behind];
      expect(made.map((e) => Date.parse(e.kioskTime) - SERVER_MS)).toEqual([
        5 * HOUR,
        5 * HOUR,
        -30 * HOUR,
        -30 * HOUR,
      ]);
      // The clock stepped back 35 h, yet the ids still sort (and were sent) in the order made.
      expect(idsOf(made)).toEqual([...idsOf(made)].sort());
      expect(receivedIds(server)).toEqual(idsOf(made));
      expect(kiosk.sync.clockSkewMs.value).toBe(-30 * HOUR);

      const [refused] = await kiosk.outbox.rejected();
      expect(refused?.id).toBe(behindCutoff.id);
      expect(refused?.result.reason.code).toBe('past_cutoff');
      expect(refused?.result.serverTime).toBe(SERVER_NOW);
      // Times recorded as given (the kiosk's) beside the server's own (checked in here too).
      await expectExactlyOnce(
        db,
        { accepted: [aheadCutoff, ahead, behind], rejected: [behindCutoff] },
        kiosk,
      );
    });
  });

  describe('7. a mixed batch with refusals', () => {
    it('files refusals for good and never sends them again; the rest arrive once', async () => {
      const { db, server, kiosk } = await faultCell(store);
      const made = await saveOffline(kiosk, [
        note(0),
        note(1, 'reject: sold out'),
        note(2),
        note(3, 'past its cut-off', new Date(SERVER_MS - 1).toISOString()),
        note(4),
      ]);
      await kiosk.goOnline();
      const [ok0, no1, ok2, no3, ok4] = made;
      if (!ok0 || !no1 || !ok2 || !no3 || !ok4) throw new Error('five entries were not made');

      const refused = await kiosk.outbox.rejected();
      expect(refused.map((r) => [r.id, r.result.reason.code]).sort()).toEqual(
        [
          [no1.id, 'sold_out'],
          [no3.id, 'past_cutoff'],
        ].sort(),
      );
      const codes = await db
        .selectFrom('sync_entries')
        .select(['id', 'reason_code'])
        .where('status', '=', 'rejected')
        .orderBy('id')
        .execute();
      expect(codes).toEqual([
        { id: no1.id, reason_code: 'sold_out' },
        { id: no3.id, reason_code: 'past_cutoff' },
      ]);

      // Later pushes carry only new entries; a sync with nothing waiting sends nothing.
      const more = [await kiosk.save(note(5)), await kiosk.save(note(6))];
      await kiosk.sync.idle();
      await kiosk.sync.syncNow();
      expect(receivedIds(server)).toEqual([...idsOf(made), ...idsOf(more)]);
      expect(kiosk.outbox.rejectedCount.value).toBe(2);
      await expectExactlyOnce(
        db,
        { accepted: [ok0, ok2, ok4, ...more], rejected: [no1, no3] },
        kiosk,
      );
    });
  });
});
