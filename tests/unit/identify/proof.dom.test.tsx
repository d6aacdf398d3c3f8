/**
 * The proof of identification on the kiosk (issue #11): sealed at identification with the
 * server's public key, kept in the session only, given to every entry made for that member
 * (through saving.ts), wiped when the member is forgotten, and sent with the entry.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { currentKioskId, proofKey } from '../../../src/kiosk/app/offline';
import { session } from '../../../src/kiosk/app/state';
import {
  forgetMember,
  type IdentifiedMember,
  rememberMember,
} from '../../../src/kiosk/flows/identify/identify';
import { memberOptions } from '../../../src/kiosk/flows/saving';
import { readSealedIdentity, toBase64 } from '../../../src/shared/sync/proof';
import { createKiosk } from '../sync/harness';
import { booking } from '../sync/test-kinds';

const MEMBER = {
  id: 'm2',
  name: '王建国',
  hasPin: false,
  validUntil: null,
  tiers: { from: '2026-11-25', days: [] } as IdentifiedMember['tiers'],
  recordsAllowed: true,
};

let privateKey: CryptoKey;

/** What the server would read from `sealed`. */
async function open(sealed: string) {
  const bytes = Uint8Array.from(atob(sealed), (c) => c.charCodeAt(0));
  const plain = await crypto.subtle.decrypt({ name: 'RSA-OAEP' }, privateKey, bytes);
  return readSealedIdentity(new Uint8Array(plain));
}

beforeEach(async () => {
  const pair = await crypto.subtle.generateKey(
    {
      name: 'RSA-OAEP',
      modulusLength: 2048,
      publicExponent: new Uint8Array([1, 0, 1]),
      hash: 'SHA-256',
    },
    true,
    ['encrypt', 'decrypt'],
  );
  privateKey = pair.privateKey;
  proofKey.value = toBase64(new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey)));
  session.value = { startedAt: Date.now(), staffUnlocked: false };
});

afterEach(() => {
  proofKey.value = null;
  session.value = null;
});

describe('the proof of identification', () => {
  it('seals the card, the PIN, the session and this kiosk at identification', async () => {
    const before = Date.now();
    rememberMember(MEMBER, { next: 'meals' }, { card: '10002', pin: '1234' });
    const options = await memberOptions('m2');
    expect(options.subject).toBe('m2');
    expect(options.proof?.session).toBe(session.value?.id);
    // Nothing of the card or PIN in clear in what the outbox will keep.
    expect(JSON.stringify(options)).not.toMatch(/10002|1234/);
    const sealed = await open(options.proof?.sealed ?? '');
    expect(sealed).toMatchObject({
      card: '10002',
      pin: '1234',
      session: session.value?.id,
      kiosk: currentKioskId(),
    });
    expect(sealed?.at).toBeGreaterThanOrEqual(before);
  });

  it('gives it only to entries for that member, and forgets it with them', async () => {
    rememberMember(MEMBER, { next: 'meals' }, { card: '10002' });
    expect((await memberOptions('m2')).proof).toBeDefined();
    expect(await memberOptions('m1')).toEqual({ subject: 'm1' });
    expect(await memberOptions(null)).toEqual({});
    forgetMember();
    expect(session.value?.proof).toBeUndefined();
    expect(await memberOptions('m2')).toEqual({ subject: 'm2' });
  });

  it('seals nothing for a staff test, and nothing without the server’s key', async () => {
    rememberMember(MEMBER, { next: 'home', test: true }, { card: '10002' });
    expect(session.value?.proof).toBeUndefined();
    proofKey.value = null;
    rememberMember(MEMBER, { next: 'meals' }, { card: '10002' });
    expect(await memberOptions('m2')).toEqual({ subject: 'm2' });
  });

  it('is stored with the entry and sent with it; an entry without one is sent as it was', async () => {
    rememberMember(MEMBER, { next: 'meals' }, { card: '10002' });
    const { proof } = await memberOptions('m2');
    const kiosk = await createKiosk();
    try {
      const proven = await kiosk.outbox.add('meal.book', booking(1), {
        subject: 'm2',
        ...(proof ? { proof } : {}),
      });
      const queued = await kiosk.outbox.add('meal.book', booking(2));
      kiosk.sync.start();
      await kiosk.sync.syncNow();
      const sent = kiosk.server.requests.flatMap((r) => r.entries);
      expect(sent.find((e) => e.id === proven.id)?.proof).toEqual(proof);
      expect(sent.find((e) => e.id === queued.id)).not.toHaveProperty('proof');
    } finally {
      await kiosk.close();
    }
  });
});
