import { afterEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_SCRYPT_COST,
  generatePassword,
  hashPassword,
  needsRehash,
  setScryptCost,
  verifyPassword,
} from '../../../src/server/staff/password';
import { hashSessionToken, newSessionToken } from '../../../src/server/staff/token';
import { FAST_TEST_SCRYPT_COST } from '../support/stores';

describe('password hashing', () => {
  afterEach(() => setScryptCost(FAST_TEST_SCRYPT_COST));

  it('uses scrypt N=2^15, r=8, p=1 with a 16-byte salt by default, stored in the hash', async () => {
    setScryptCost(DEFAULT_SCRYPT_COST);
    const hash = await hashPassword('王芳的密码 long enough');
    const [scheme, n, r, p, salt, key] = hash.split('$');
    expect([scheme, n, r, p]).toEqual(['scrypt', '32768', '8', '3']);
    expect(Buffer.from(salt ?? '', 'base64url')).toHaveLength(16);
    expect(Buffer.from(key ?? '', 'base64url')).toHaveLength(32);
    expect(await verifyPassword('王芳的密码 long enough', hash)).toBe(true);
  });

  it('salts every hash, accepts only the same password, and rejects malformed hashes', async () => {
    const a = await hashPassword('correct horse battery');
    const b = await hashPassword('correct horse battery');
    expect(a).not.toBe(b);
    expect(await verifyPassword('correct horse battery', a)).toBe(true);
    expect(await verifyPassword('correct horse batterY', a)).toBe(false);
    expect(await verifyPassword('', a)).toBe(false);
    expect(await verifyPassword('correct horse battery', 'plain text')).toBe(false);
    expect(await verifyPassword('correct horse battery', 'scrypt$1024$8$1$$')).toBe(false);
    const tampered = `${a.slice(0, -4)}AAAA`;
    expect(await verifyPassword('correct horse battery', tampered)).toBe(false);
  });

  it('verifies with the parameters stored in the hash, and flags weaker ones for rehashing', async () => {
    const old = await hashPassword('correct horse battery');
    setScryptCost({ N: 2 ** 11, r: 8, p: 1 });
    expect(await verifyPassword('correct horse battery', old)).toBe(true);
    expect(needsRehash(old)).toBe(true);
    expect(needsRehash(await hashPassword('x'.repeat(12)))).toBe(false);
  });

  it('treats the same text typed with full-width characters as the same password', async () => {
    const hash = await hashPassword('Password2026!');
    expect(await verifyPassword('Ｐａｓｓｗｏｒｄ２０２６！', hash)).toBe(true);
  });

  it('generates readable passwords without look-alike characters', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const password = generatePassword();
      expect(password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
      expect(password).not.toMatch(/[01ilo]/);
      seen.add(password);
    }
    expect(seen.size).toBe(200);
  });
});

describe('session tokens', () => {
  it('are 32 random bytes, stored as a SHA-256 hex digest', () => {
    const token = newSessionToken();
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(newSessionToken()).not.toBe(token);
    expect(hashSessionToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashSessionToken(token)).toBe(hashSessionToken(token));
  });
});
