/**
 * Streams end with their session (issue #11 finding 5): after a staff account was disabled, the
 * open /api/events stream kept delivering members' phones and emergency contacts. Now a console's
 * stream ends within a check after logout, disable or a role change, and a revoked kiosk's live
 * stream ends too; a stream whose right still holds goes on.
 */
import type { Kysely } from 'kysely';
import { describe, expect, it, vi } from 'vitest';
import type { Database } from '../../../src/server/db/schema';
import { forEachStore } from '../support/stores';
import { liveApi, sseReader } from './live-api';

/** Checks every 20 ms, so a test sees an ending within a fraction of a second. */
const FAST = { streamCheckMs: 20 };

/** Reads until the stream closes; what was said last before it did. */
async function lastWords(stream: ReturnType<typeof sseReader>) {
  let last: unknown = null;
  for (;;) {
    try {
      last = await stream.nextEvent();
    } catch (error) {
      expect(String(error)).toContain('the stream ended');
      return last;
    }
  }
}

const idOf = async (db: Kysely<Database>, username: string) =>
  (
    await db
      .selectFrom('staff_accounts')
      .select('id')
      .where('username', '=', username)
      .executeTakeFirstOrThrow()
  ).id;

forEachStore((_store, makeDb) => {
  describe("a console's stream ends with its session", () => {
    it('on logout', async () => {
      const api = liveApi(await makeDb(), FAST);
      const staff = await api.signIn('lishi', 'staff');
      const stream = sseReader(await api.get('/api/events', staff));
      expect((await stream.nextEvent()).event).toBe('ready');
      expect((await api.post('/api/staff/logout', undefined, staff)).status).toBeLessThan(300);
      expect(await lastWords(stream)).toEqual({
        event: 'ended',
        data: { reason: 'session_ended' },
      });
      await vi.waitFor(() => expect(api.events.listenerCount).toBe(0));
    });

    it('when an admin disables the account, and the admin’s own stream goes on', async () => {
      const db = await makeDb();
      const api = liveApi(db, FAST);
      const admin = await api.signIn('admin1', 'admin');
      const staff = await api.signIn('lishi', 'staff');
      const theirs = sseReader(await api.get('/api/events', staff));
      const mine = sseReader(await api.get('/api/events', admin));
      await theirs.nextEvent();
      await mine.nextEvent();
      const res = await api.post(
        `/api/staff/accounts/${await idOf(db, 'lishi')}/disable`,
        undefined,
        admin,
      );
      expect(res.status).toBe(200);
      expect(await lastWords(theirs)).toMatchObject({ event: 'ended' });
      // Many checks later the admin's stream still carries news.
      await new Promise((resolve) => setTimeout(resolve, 200));
      api.events.publish({ type: 'members.changed' });
      expect(await mine.nextEvent()).toMatchObject({ event: 'members.changed' });
      await mine.cancel();
    });

    it('when an admin gives the account another role', async () => {
      const db = await makeDb();
      const api = liveApi(db, FAST);
      const admin = await api.signIn('admin1', 'admin');
      const staff = await api.signIn('lishi', 'staff');
      const stream = sseReader(await api.get('/api/events', staff));
      await stream.nextEvent();
      const res = await api.post(
        `/api/staff/accounts/${await idOf(db, 'lishi')}/role`,
        { role: 'kitchen' },
        admin,
      );
      expect(res.status).toBe(200);
      expect(await lastWords(stream)).toMatchObject({ event: 'ended' });
    });
  });

  describe("a kiosk's live stream ends when it is revoked", () => {
    it('tells the kiosk, closes, and refuses the reconnect', async () => {
      const api = liveApi(await makeDb(), FAST);
      const admin = await api.signIn();
      const kiosk = await api.enroll(admin);
      const stream = sseReader(await api.get('/api/sync/live', kiosk.auth));
      expect((await stream.nextEvent()).event).toBe('hello');
      const revoked = await api.post(`/api/kiosks/${kiosk.kioskId}/revoke`, undefined, admin);
      expect(revoked.status).toBe(200);
      expect(await lastWords(stream)).toEqual({
        event: 'ended',
        data: { reason: 'kiosk_revoked' },
      });
      expect((await api.get('/api/sync/live', kiosk.auth)).status).toBe(401);
    });
  });
});
