/** The API with signed-in staff of each role, and helpers for the members routes. */
import type { Kysely } from 'kysely';
import type { Database } from '../../../src/server/db/schema';
import type { ApiOptions } from '../../../src/server/http/api';
import type { MemberView } from '../../../src/shared/members/index';
import { kioskApi, PASSWORD } from '../kiosks/kiosk-api';
import { seedAccount, sessionCookie } from '../support/api';

export type Headers = Record<string, string>;

/** A member as a test creates it: what the API needs, plus whatever the test sets. */
export function memberBody(overrides: Record<string, unknown> = {}) {
  return {
    cardNumber: '10001',
    name: '王建国',
    birthDate: '1944-10-01',
    localHukou: true,
    ...overrides,
  };
}

export function membersApi(db: Kysely<Database>, options: Partial<ApiOptions> = {}) {
  const base = kioskApi(db, undefined, options);
  const login = async (username: string, role: 'staff' | 'kitchen' | 'trainer') => {
    await seedAccount(db, username, role, PASSWORD);
    const res = await base.post('/api/staff/login', { username, password: PASSWORD });
    if (res.status !== 200) throw new Error(`login failed: ${res.status}`);
    return { cookie: sessionCookie(res) };
  };
  const api = {
    ...base,
    login,
    patch: (path: string, body: unknown, headers: Headers = {}) =>
      base.raw(path, {
        method: 'PATCH',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }),
    /** Posts a CSV file (text is sent as UTF-8; bytes as they are). */
    importCsv: (
      file: string | Uint8Array,
      headers: Headers,
      query = '',
      contentType = 'text/csv; charset=utf-8',
    ) =>
      base.raw(`/api/members/import${query}`, {
        method: 'POST',
        headers: { ...headers, 'content-type': contentType },
        body: file,
      }),
    /** Creates a member and returns it (throws unless 201). */
    async create(headers: Headers, overrides: Record<string, unknown> = {}): Promise<MemberView> {
      const res = await base.post('/api/members', memberBody(overrides), headers);
      if (res.status !== 201) throw new Error(`create failed: ${res.status} ${await res.text()}`);
      return ((await res.json()) as { member: MemberView }).member;
    },
  };
  return api;
}

/** Rows in the tables a members change writes, to compare before and after. */
/** Rows in the register, the audit log and the roster's items in the feed (type "member"). */
export async function counts(db: Kysely<Database>) {
  const count = async (table: 'members' | 'audit_log') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirst()
      )?.n ?? 0,
    );
  // The centre's card key is published once beside the roster (with the first member): only
  // members are counted, so a count says what a write did to the roster.
  const changes = Number(
    (
      await db
        .selectFrom('changes')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('type', '=', 'member')
        .executeTakeFirst()
    )?.n ?? 0,
  );
  return {
    members: await count('members'),
    audit: await count('audit_log'),
    changes,
  };
}
