/**
 * Proof of identification (issue #11): the server applies an entry naming a member only with a
 * proof that the member's card (and PIN, for the kinds that ask it) was presented on the pushing
 * kiosk in the entry's session; an emergency is never refused for want of one; entries queued by
 * the kiosk version before proofs are applied once inside their window, refused after it.
 */
import { describe, expect, it } from 'vitest';
import { hashMemberPin } from '../../../src/server/members/member-pin';
import { updateProofsSince } from '../../../src/server/sync/proof.repository';
import {
  createUuidV7Generator,
  LEGACY_PROOF_WINDOW_MS,
  LONGEST_SESSION_MS,
  PROOF_CLOCK_SLACK_MS,
  uuidV7Time,
  uuidv7,
} from '../../../src/shared/sync/index';
import { activeCalls, helpCentre } from '../help/help-api';
import { MINUTE } from '../support/api';
import { proofFor } from '../support/proof';
import { forEachStore } from '../support/stores';

const CLEANING = { memberId: 'm1', category: 'cleaning', when: 'tomorrow', where: 'home' };
const PIN = '2468';

forEachStore((_store, makeDb) => {
  /** The help centre, with m1 protected by a PIN. */
  async function centre() {
    const db = await makeDb();
    const made = await helpCentre(db);
    await db
      .updateTable('members')
      .set({ pin_hash: hashMemberPin(PIN) })
      .where('id', '=', 'm1')
      .execute();
    return { db, ...made };
  }

  describe('proof of identification', () => {
    it('refuses, in words, an entry for a PIN-protected member without proof', async () => {
      const { api, kiosk } = await centre();
      const result = await api.push(kiosk, 'service.request', CLEANING, { proof: null });
      expect(result).toMatchObject({
        status: 'rejected',
        reason: {
          code: 'no_proof',
          message: { 'zh-Hans': expect.stringContaining('刷卡'), en: expect.any(String) },
        },
      });
      expect(result.status === 'rejected' && result.reason.message['zh-Hant']).toBeTruthy();
    });

    it('refuses a forged proof, another member’s, another kiosk’s, another session’s and an expired one', async () => {
      const { db, api, admin, kiosk } = await centre();
      const other = await api.enroll(admin.auth, '大厅 2');
      const refusedWith = async (
        make: (id: string) => Promise<{ session: string; sealed: string }>,
        code = 'bad_proof',
      ) => {
        const id = uuidv7();
        const result = await api.push(kiosk, 'service.request', CLEANING, {
          id,
          proof: await make(id),
        });
        expect(result).toMatchObject({ status: 'rejected', reason: { code } });
        return result;
      };
      // Not sealed with the server's key: random bytes where the sealed proof goes.
      await refusedWith(async () => ({
        session: uuidv7(),
        sealed: Buffer.from(crypto.getRandomValues(new Uint8Array(256))).toString('base64'),
      }));
      // Sealed with another server's key is the same as forged: it does not open here.
      const { publicKey: strangerKey } = await crypto.subtle
        .generateKey(
          {
            name: 'RSA-OAEP',
            modulusLength: 2048,
            publicExponent: new Uint8Array([1, 0, 1]),
            hash: 'SHA-256',
          },
          true,
          ['encrypt', 'decrypt'],
        )
        .then(async (pair) => ({
          publicKey: Buffer.from(await crypto.subtle.exportKey('spki', pair.publicKey)).toString(
            'base64',
          ),
        }));
      await refusedWith((id) => proofFor(db, { ...kiosk, proofKey: strangerKey }, 'm1', id));
      // m2's card presented, m1 named.
      await refusedWith((id) => proofFor(db, kiosk, 'm2', id));
      // A card nobody has.
      await refusedWith(
        (id) => proofFor(db, kiosk, 'm1', id, { card: '12345678' }),
        'unknown_card',
      );
      // Sealed on another kiosk, pushed by this one.
      await refusedWith((id) => proofFor(db, kiosk, 'm1', id, { kiosk: other.kioskId }));
      // The sealed session is not the one the entry claims.
      await refusedWith((id) => proofFor(db, kiosk, 'm1', id, { sealedSession: uuidv7() }));
      // Identified long before the entry was made: past the longest session.
      await refusedWith((id) =>
        proofFor(db, kiosk, 'm1', id, {
          at: uuidV7Time(id) - LONGEST_SESSION_MS - PROOF_CLOCK_SLACK_MS - MINUTE,
        }),
      );
      // Identified after the entry was made (beyond the clock slack).
      await refusedWith((id) =>
        proofFor(db, kiosk, 'm1', id, { at: uuidV7Time(id) + PROOF_CLOCK_SLACK_MS + MINUTE }),
      );
      expect(await db.selectFrom('service_requests').selectAll().execute()).toEqual([]);
    });

    it('applies an entry with a valid proof, late in its session too', async () => {
      const { db, api, kiosk } = await centre();
      const result = await api.push(kiosk, 'service.request', CLEANING);
      expect(result).toMatchObject({ status: 'accepted' });
      const id = uuidv7();
      const late = await api.push(kiosk, 'service.request', CLEANING, {
        id,
        proof: await proofFor(db, kiosk, 'm1', id, {
          at: uuidV7Time(id) - LONGEST_SESSION_MS + MINUTE,
        }),
      });
      expect(late).toMatchObject({ status: 'accepted' });
      expect(await db.selectFrom('service_requests').selectAll().execute()).toHaveLength(2);
    });

    it('asks the PIN for a cancel (a personal record), not for a request', async () => {
      const { db, api, kiosk } = await centre();
      const made = await api.push(kiosk, 'service.request', CLEANING);
      const requestId =
        made.status === 'accepted' && (made.record as { requestId: string }).requestId;
      const cancel = { memberId: 'm1', requestId };
      const cancelWith = async (pin?: string) => {
        const id = uuidv7();
        return api.push(kiosk, 'service.cancel', cancel, {
          id,
          proof: await proofFor(db, kiosk, 'm1', id, pin === undefined ? {} : { pin }),
        });
      };
      expect(await cancelWith()).toMatchObject({ reason: { code: 'pin_needed' } });
      expect(await cancelWith('1111')).toMatchObject({ reason: { code: 'pin_needed' } });
      expect(await cancelWith(PIN)).toMatchObject({ status: 'accepted' });
      // m2 has no PIN: the card is enough.
      const theirs = await api.push(kiosk, 'service.request', { ...CLEANING, memberId: 'm2' });
      const id = uuidv7();
      const mine = await api.push(
        kiosk,
        'service.cancel',
        {
          memberId: 'm2',
          requestId:
            theirs.status === 'accepted' && (theirs.record as { requestId: string }).requestId,
        },
        { id, proof: await proofFor(db, kiosk, 'm2', id) },
      );
      expect(mine).toMatchObject({ status: 'accepted' });
    });

    it('never refuses an emergency: without proof the member is named as not checked', async () => {
      const { db, api, staff, admin, kiosk } = await centre();
      const unproven = await api.push(
        kiosk,
        'help.call',
        { memberId: 'm1', cancelled: false },
        { proof: null },
      );
      expect(unproven).toMatchObject({ status: 'accepted' });
      expect(await activeCalls(api, staff.auth)).toMatchObject([
        { member: { id: 'm1' }, memberChecked: false, kioskLocation: '一楼大厅' },
      ]);
      // A forged proof is no better than none, and is not refused either.
      const other = await api.enroll(admin.auth, '大厅 2', '二楼');
      const id = uuidv7();
      const forged = await api.push(
        other,
        'help.call',
        { memberId: 'm2', cancelled: false },
        { id, proof: await proofFor(db, kiosk, 'm2', id) },
      );
      expect(forged).toMatchObject({ status: 'accepted' });
      const third = await api.enroll(admin.auth, '大厅 3', '三楼');
      expect(
        await api.push(third, 'help.call', { memberId: 'm2', cancelled: false }),
      ).toMatchObject({ status: 'accepted' });
      const calls = await activeCalls(api, staff.auth);
      expect(calls.find((c) => c.kioskId === other.kioskId)).toMatchObject({
        memberChecked: false,
      });
      expect(calls.find((c) => c.kioskId === third.kioskId)).toMatchObject({
        member: { id: 'm2' },
        memberChecked: true,
      });
    });

    it('never refuses a call for staff either: anyone may call a person', async () => {
      const { api, staff, kiosk } = await centre();
      const unproven = await api.push(
        kiosk,
        'help.staff-call',
        { memberId: 'm1' },
        { proof: null },
      );
      expect(unproven).toMatchObject({ status: 'accepted' });
      expect(await activeCalls(api, staff.auth)).toMatchObject([
        { kind: 'staff', member: { id: 'm1' }, memberChecked: false },
      ]);
    });

    it('applies an entry queued before proofs once inside the window, and refuses it after', async () => {
      const { db, api, kiosk } = await centre();
      const now = api.clock().getTime();
      // Ids of the test's own times (the shared generator never goes back below real time).
      const ids = createUuidV7Generator();
      const queuedAt = (ms: number) => ids.next(ms);
      await updateProofsSince(db, new Date(now - MINUTE).toISOString());
      const queued = queuedAt(now - 10 * MINUTE);
      const first = await api.push(kiosk, 'service.request', CLEANING, { id: queued, proof: null });
      expect(first).toMatchObject({ status: 'accepted' });
      expect(
        await api.push(kiosk, 'service.request', CLEANING, { id: queued, proof: null }),
      ).toEqual(first);
      expect(await db.selectFrom('service_requests').selectAll().execute()).toHaveLength(1);
      // Made after the server first ran with proofs: no longer "queued by the previous version".
      expect(
        await api.push(kiosk, 'service.request', CLEANING, { id: queuedAt(now), proof: null }),
      ).toMatchObject({ reason: { code: 'no_proof' } });
      // The window has closed: an old entry arriving now is refused, in words.
      api.clock.advance(LEGACY_PROOF_WINDOW_MS);
      const late = await api.push(kiosk, 'service.request', CLEANING, {
        id: createUuidV7Generator().next(now - 9 * MINUTE),
        proof: null,
      });
      expect(late).toMatchObject({
        status: 'rejected',
        reason: { code: 'no_proof', detail: expect.stringContaining('14-day window') },
      });
      expect(await db.selectFrom('service_requests').selectAll().execute()).toHaveLength(1);
    });

    it('gives kiosks the public key at enrollment and in every pull', async () => {
      const { api, kiosk } = await centre();
      expect(kiosk.proofKey).toMatch(/^[A-Za-z0-9+/]+=*$/);
      const res = await api.post(
        '/api/sync/pull',
        { kioskId: kiosk.kioskId, cursor: null },
        kiosk.auth,
      );
      expect(((await res.json()) as { proofKey: string }).proofKey).toBe(kiosk.proofKey);
    });
  });
});
