/**
 * A chosen password must be hard to guess (issue #11 finding 8): ten spaces, "1234567890", a
 * common password or one built from the account's own name were accepted for their length alone.
 * Each way a password is chosen — a new account, an admin's reset, changing one's own — refuses
 * them in words, names the field, and changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { isWeakPassword } from '../../../src/server/staff/password-policy';
import { type ErrorJson, seedAccount, testApi } from '../support/api';
import { forEachStore } from '../support/stores';

const PASSWORD = 'correct horse battery';
const WEAK = ['          ', '1234567890', 'password123', 'qwertyuiop', 'iloveyou1234'];

describe('isWeakPassword', () => {
  it('refuses common passwords, keyboard rows, repeats and the account’s own name', () => {
    for (const password of WEAK)
      expect({ password, weak: isWeakPassword(password) }).toEqual({
        password,
        weak: true,
      });
    expect(isWeakPassword('wangfang1234', ['王芳', 'wangfang'])).toBe(true);
  });

  it('accepts a few words that do not belong together, and generated passwords', () => {
    for (const password of ['tai chi every morning', 'kitchen-pass-2468', 'k7dm-q2xe-9vhp-tw4a'])
      expect({ password, weak: isWeakPassword(password) }).toEqual({ password, weak: false });
  });
});

forEachStore((_store, makeDb) => {
  async function setup() {
    const db = await makeDb();
    const api = testApi(db);
    await seedAccount(db, 'wangfang', 'admin', PASSWORD, '王芳');
    const admin = await api.login('wangfang', PASSWORD);
    const hashes = async () =>
      (await db.selectFrom('staff_accounts').select('password_hash').execute()).map(
        (r) => r.password_hash,
      );
    return { db, api, admin, hashes };
  }
  const errorOf = async (res: Response) => ((await res.json()) as ErrorJson).error;

  describe('choosing a password', () => {
    it('a new account with ten spaces is refused, naming the field', async () => {
      const { api, admin, hashes } = await setup();
      const before = await hashes();
      const res = await api.post(
        '/api/staff/accounts',
        { name: '李师傅', username: 'lishifu', role: 'staff', password: '          ' },
        { cookie: admin },
      );
      expect(res.status).toBe(400);
      const error = await errorOf(res);
      expect(error.code).toBe('weak_password');
      expect(error.fields?.map((f) => f.path)).toEqual(['password']);
      expect(error.message).toMatch(/too easy to guess/);
      expect(await hashes()).toEqual(before);
    });

    it('an admin’s reset to a common password is refused; a good one is taken', async () => {
      const { db, api, admin } = await setup();
      const id = await seedAccount(db, 'lishifu', 'staff', PASSWORD, '李师傅');
      const weak = await api.post(
        `/api/staff/accounts/${id}/reset-password`,
        { password: 'password123' },
        { cookie: admin },
      );
      expect(weak.status).toBe(400);
      expect((await errorOf(weak)).code).toBe('weak_password');
      expect(
        (await api.post('/api/staff/login', { username: 'lishifu', password: PASSWORD })).status,
      ).toBe(200);
      const good = await api.post(
        `/api/staff/accounts/${id}/reset-password`,
        { password: 'tai chi every morning' },
        { cookie: admin },
      );
      expect(good.status).toBe(200);
    });

    it('changing one’s own password to one built from one’s username is refused', async () => {
      const { api, admin } = await setup();
      const res = await api.post(
        '/api/staff/me/password',
        { currentPassword: PASSWORD, newPassword: 'wangfang1234' },
        { cookie: admin },
      );
      expect(res.status).toBe(400);
      const error = await errorOf(res);
      expect(error.code).toBe('weak_password');
      expect(error.fields?.map((f) => f.path)).toEqual(['newPassword']);
      expect(
        (await api.post('/api/staff/login', { username: 'wangfang', password: PASSWORD })).status,
      ).toBe(200);
    });
  });
});
