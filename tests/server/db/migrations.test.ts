import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrateAllDown, migrateToLatest } from '../../../src/server/db/migrate';
import * as helpEscalationOutcome from '../../../src/server/db/migrations/20261205_0600_help_escalation_outcome';
import * as cardKeys from '../../../src/server/db/migrations/20261205_1310_card_keys';
import { migrations } from '../../../src/server/db/migrations/index';

/** What the server logged as the only "try" when no receiver was set, before outcomes existed. */
const OLD_NO_WEBHOOK =
  'No escalation webhook is set (NUANXIN_ESCALATION_URL): nobody outside the centre was called.';

import { forEachStore } from '../support/stores';

const TABLES = [
  'absence_checks',
  'audit_log',
  'card_keys',
  'changes',
  'class_checkins',
  'class_guests',
  'class_seats',
  'class_sessions',
  'class_volunteers',
  'config_versions',
  'courses',
  'database_restores',
  'help_calls',
  'help_escalations',
  'help_events',
  'kiosk_enrollment_codes',
  'kiosk_move_tokens',
  'kiosk_moves',
  'kiosks',
  'lesson_progress',
  'login_attempts',
  'meal_bookings',
  'meal_counts',
  'meal_notices',
  'member_card_keys',
  'member_communities',
  'member_id_numbers',
  'member_pin_tries',
  'member_subsidies',
  'members',
  'people',
  'photos',
  'proof_keys',
  'server_marks',
  'service_notes',
  'service_requests',
  'staff_accounts',
  'staff_sessions',
  'subsidy_applications',
  'subsidy_imports',
  'subsidy_records',
  'sync_entries',
];

forEachStore((store, makeDb) => {
  async function tableNames(db: Awaited<ReturnType<typeof makeDb>>) {
    // PostgreSQL introspection lists every schema in the database; keep this test's own.
    const schema =
      store === 'postgres'
        ? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]?.s
        : undefined;
    const tables = await db.introspection.getTables();
    return tables
      .filter((t) => schema === undefined || t.schema === schema)
      .map((t) => t.name)
      .filter((n) => !n.startsWith('kysely_'))
      .sort();
  }

  describe('migrations', () => {
    it('apply in name order, then do nothing the second time', async () => {
      const db = await makeDb({ migrate: false });
      expect(await migrateToLatest(db)).toEqual(Object.keys(migrations).sort());
      expect(await migrateToLatest(db)).toEqual([]);
      expect(await tableNames(db)).toEqual(TABLES);
    });

    it('go up, all the way down, and up again', async () => {
      const db = await makeDb({ migrate: false });
      await migrateToLatest(db);
      const down = await migrateAllDown(db);
      expect(down).toEqual(Object.keys(migrations).sort().reverse());
      expect(await tableNames(db)).toEqual([]);
      await migrateToLatest(db);
      expect(await tableNames(db)).toEqual(TABLES);
      // And the schema works after the round trip.
      await db
        .insertInto('audit_log')
        .values({
          id: 'a',
          at: '2026-11-24T00:00:00.000Z',
          actor_label: 'system',
          action: 'test',
          actor_id: null,
          subject_type: null,
          subject_id: null,
          details: '{}',
        })
        .execute();
      expect(await db.selectFrom('audit_log').select('id').execute()).toEqual([{ id: 'a' }]);
    });

    it('give escalation tries written before outcomes existed the outcome their text meant', async () => {
      const db = await makeDb();
      // Back to the schema before the outcome column, with rows as the server wrote them then.
      await helpEscalationOutcome.down(db as never);
      const row = (attempt: number, status: number | null, error: string | null) =>
        sql`insert into help_escalations (call_id, attempt, at, http_status, error)
            values ('c1', ${attempt}, '2026-11-25T02:01:00.000Z', ${status}, ${error})`.execute(db);
      await row(1, null, OLD_NO_WEBHOOK);
      await row(2, 500, 'the receiver answered HTTP 500');
      await row(3, null, 'This operation was aborted due to timeout');
      await row(4, null, 'fetch failed: connect ECONNREFUSED 127.0.0.1:9');
      await row(5, 204, null);
      await helpEscalationOutcome.up(db as never);
      const rows = await db
        .selectFrom('help_escalations')
        .select(['attempt', 'outcome', 'http_status'])
        .orderBy('attempt')
        .execute();
      expect(rows.map((r) => [Number(r.attempt), r.outcome])).toEqual([
        [1, 'not-configured'],
        [2, 'http-error'],
        [3, 'timeout'],
        [4, 'unreachable'],
        [5, 'delivered'],
      ]);
    });

    it('delete the roster items published with birth dates, categories and PIN hashes', async () => {
      const db = await makeDb();
      await cardKeys.down(db as never);
      // What the previous version published for each member, beside an item of another kind.
      const old = JSON.stringify({
        cardHash: 'a'.repeat(64),
        name: '王建国',
        birthDate: '1944-10-01',
        localHukou: true,
        categories: ['low-income'],
        disability: 'none',
        validUntil: null,
        pin: { algorithm: 'PBKDF2-SHA256', iterations: 100000, salt: 'c2FsdA==', hash: 'aGFzaA==' },
      });
      await sql`insert into changes (type, key, op, data, created_at)
          values ('member', 'm1', 'put', ${old}, '2026-11-24T00:00:00.000Z'),
                 ('member-meals', 'm1', 'put', '{}', '2026-11-24T00:00:00.000Z')`.execute(db);
      await cardKeys.up(db as never);
      const left = await db.selectFrom('changes').select(['type', 'key']).execute();
      expect(left).toEqual([{ type: 'member-meals', key: 'm1' }]);
    });

    it('enforce the role check, unique usernames and session foreign keys', async () => {
      const db = await makeDb();
      const account = {
        id: 'x1',
        name: 'X',
        username: 'x',
        role: 'admin' as const,
        password_hash: 'h',
        disabled: 0,
        created_at: '2026-11-24T00:00:00.000Z',
        updated_at: '2026-11-24T00:00:00.000Z',
      };
      await db.insertInto('staff_accounts').values(account).execute();
      await expect(
        db
          .insertInto('staff_accounts')
          .values({ ...account, id: 'x2' })
          .execute(),
      ).rejects.toThrow();
      await expect(
        db
          .insertInto('staff_accounts')
          .values({ ...account, id: 'x3', username: 'y', role: 'boss' as 'admin' })
          .execute(),
      ).rejects.toThrow();
      await expect(
        db
          .insertInto('staff_sessions')
          .values({
            token_hash: 't',
            account_id: 'nobody',
            created_at: '',
            expires_at: '',
            last_seen_at: '',
          })
          .execute(),
      ).rejects.toThrow();
    });

    if (store === 'sqlite') {
      it('opens SQLite in WAL mode with foreign keys and a busy timeout', async () => {
        const db = await makeDb();
        const pragma = async (name: string) =>
          Object.values((await sql.raw(`pragma ${name}`).execute(db)).rows[0] as object)[0];
        expect(await pragma('journal_mode')).toBe('wal');
        expect(await pragma('foreign_keys')).toBe(1);
        expect(await pragma('busy_timeout')).toBe(5000);
      });
    }
  });
});
