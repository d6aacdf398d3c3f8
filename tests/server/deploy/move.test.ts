/**
 * The HTTP → HTTPS move (issue #17): on the old address a pull tells the kiosk where to go with a
 * move token; at the new address the token, once, for that kiosk only and only briefly, gives the
 * same kiosk a new device token, and the old one stops working. The console sees who has moved.
 */
import { describe, expect, it } from 'vitest';
import { MOVE_TOKEN_TTL_MS } from '../../../src/server/kiosks/moves.service';
import type { PullResponse } from '../../../src/shared/sync/pull';
import { kioskApi } from '../kiosks/kiosk-api';
import { type ErrorJson, MINUTE } from '../support/api';
import { forEachStore } from '../support/stores';

const NEW = 'https://centre.lan:8443';

forEachStore((_store, makeDb) => {
  async function setup() {
    const db = await makeDb();
    const api = kioskApi(db, undefined, { move: { to: NEW } });
    const admin = await api.admin();
    const pull = async (kiosk: { kioskId: string; auth: Record<string, string> }, at = '') => {
      const init = {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...kiosk.auth },
        body: JSON.stringify({ kioskId: kiosk.kioskId, cursor: null }),
      };
      return at ? api.app.request(`${at}/api/sync/pull`, init) : api.raw('/api/sync/pull', init);
    };
    const redeem = (kioskId: string, token: string) =>
      api.app.request(`${NEW}/api/kiosks/move`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ kioskId, token }),
      });
    const moves = async () =>
      (
        (await (await api.get('/api/kiosks', admin)).json()) as {
          kiosks: { id: string; move: string | null }[];
        }
      ).kiosks.map((k) => [k.id, k.move]);
    return { db, api, admin, pull, redeem, moves };
  }
  const moveOf = async (res: Response) => ((await res.json()) as PullResponse).move;

  describe('moving kiosks to the new address', () => {
    it('tells a kiosk on the old address where to go; its token re-enrolls it there once', async () => {
      const { api, admin, pull, redeem, moves } = await setup();
      const kiosk = await api.enroll(admin, '大厅 1');
      const other = await api.enroll(admin, '大厅 2');
      expect(await moves()).toEqual([
        [kiosk.kioskId, null],
        [other.kioskId, null],
      ]);

      const first = await moveOf(await pull(kiosk));
      expect(first).toMatchObject({ to: NEW, expiresAt: '2026-11-24T08:10:00.000Z' });
      expect((await moves())[0]).toEqual([kiosk.kioskId, 'draining']);
      // Each pull gives a new token; the kiosk may leave with either (a pull may be under way).
      const second = await moveOf(await pull(kiosk));
      expect(second?.token).not.toBe(first?.token);
      // Bound to the kiosk it was given to, and a made-up one is nobody's.
      const stolen = await redeem(other.kioskId, second?.token ?? '');
      expect(stolen.status).toBe(400);
      expect(((await stolen.json()) as ErrorJson).error.code).toBe('move_token_invalid');
      expect((await redeem(kiosk.kioskId, 'x'.repeat(43))).status).toBe(400);

      const arrived = await redeem(kiosk.kioskId, first?.token ?? '');
      expect(arrived.status).toBe(201);
      const enrolled = (await arrived.json()) as { kioskId: string; token: string; name: string };
      expect(enrolled).toMatchObject({ kioskId: kiosk.kioskId, name: '大厅 1' });
      expect(enrolled.token).not.toBe(kiosk.token);
      expect((await moves())[0]).toEqual([kiosk.kioskId, 'moved']);

      // Single use: the first used spends every token the kiosk was given.
      for (const spent of [first, second]) {
        const again = await redeem(kiosk.kioskId, spent?.token ?? '');
        expect(again.status).toBe(410);
        expect(((await again.json()) as ErrorJson).error.code).toBe('move_token_used');
      }
      // The old address can no longer send for it; the new one is told nothing more.
      expect((await pull(kiosk)).status).toBe(401);
      const there = await pull(
        { kioskId: kiosk.kioskId, auth: { authorization: `Bearer ${enrolled.token}` } },
        NEW,
      );
      expect(there.status).toBe(200);
      expect(await moveOf(there)).toBeUndefined();
    });

    it('refuses a token after its few minutes, and nothing moves without MOVE_TO', async () => {
      const { api, admin, pull, redeem, moves } = await setup();
      const kiosk = await api.enroll(admin);
      const move = await moveOf(await pull(kiosk));
      api.clock.advance(MOVE_TOKEN_TTL_MS + MINUTE);
      const late = await redeem(kiosk.kioskId, move?.token ?? '');
      expect(late.status).toBe(410);
      expect(((await late.json()) as ErrorJson).error.code).toBe('move_token_expired');
      expect(await moves()).toEqual([[kiosk.kioskId, 'draining']]);

      const still = kioskApi(await makeDb());
      const plain = await still.enroll(await still.admin());
      const res = await still.post(
        '/api/sync/pull',
        { kioskId: plain.kioskId, cursor: null },
        plain.auth,
      );
      expect(await moveOf(res)).toBeUndefined();
    });
  });
});
