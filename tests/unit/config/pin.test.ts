import { describe, expect, it } from 'vitest';
import { hashPin } from '../../../src/server/lib/pin-hash';
import { verifyPin } from '../../../src/shared/config/pin';
import { demoJson } from './demo-files';

// Fewer iterations than a real PIN, so the tests stay quick; the algorithm is the same.
const made = hashPin('8031', undefined, 10_000);

describe('verifyPin', () => {
  it('accepts the PIN that config:pin hashed', async () => {
    expect(await verifyPin('8031', made)).toBe(true);
  });

  it('refuses a wrong PIN', async () => {
    expect(await verifyPin('8032', made)).toBe(false);
    expect(await verifyPin('', made)).toBe(false);
  });

  it('refuses when the salt, hash, iterations or algorithm were tampered with', async () => {
    const otherSalt = hashPin('0000', undefined, 10_000).salt;
    expect(await verifyPin('8031', { ...made, salt: otherSalt })).toBe(false);
    expect(await verifyPin('8031', { ...made, hash: otherSalt })).toBe(false);
    expect(await verifyPin('8031', { ...made, iterations: 10_001 })).toBe(false);
    expect(await verifyPin('8031', { ...made, algorithm: 'SHA1' as 'PBKDF2-SHA256' })).toBe(false);
    expect(await verifyPin('8031', { ...made, salt: '%%%' })).toBe(false);
  });

  it('accepts 2468, the demo config PIN, and nothing near it', async () => {
    const { pin } = demoJson().kiosk.staff;
    expect(await verifyPin('2468', pin)).toBe(true);
    expect(await verifyPin('2469', pin)).toBe(false);
    expect(await verifyPin('02468', pin)).toBe(false);
  });
});
