/**
 * Issue #11, what a kiosk holds: the centre's card keys (the secret salt of the kiosks' keyed,
 * slow card hash; a new one each time a kiosk is revoked), each member's card under the current
 * key (worked out once, since each costs ~100 ms on purpose), and the server's count of wrong
 * member PINs (kept here, not in memory, so every process of the server and a restart see the
 * same lock).
 *
 * The roster items published before this held birth dates, categories, disability, 户籍 and PIN
 * hashes: they are deleted from the feed, and the server publishes the minimal ones again before
 * it answers the next pull (members/roster.service.ts).
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('card_keys')
    // 1, 2, 3…: the newest is the key in force.
    .addColumn('generation', 'integer', (c) => c.primaryKey())
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('iterations', 'integer', (c) => c.notNull().check(sql`iterations >= 1`))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('member_card_keys')
    .addColumn('member_id', 'text', (c) =>
      c.primaryKey().references('members.id').onDelete('cascade'),
    )
    .addColumn('generation', 'integer', (c) => c.notNull())
    .addColumn('card_number', 'text', (c) => c.notNull())
    .addColumn('card_key', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('member_pin_tries')
    .addColumn('member_id', 'text', (c) =>
      c.primaryKey().references('members.id').onDelete('cascade'),
    )
    .addColumn('wrong', 'integer', (c) => c.notNull().check(sql`wrong >= 0`))
    .addColumn('locked_until', 'text')
    .execute();
  await sql`delete from changes where type = 'member'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('member_pin_tries').execute();
  await db.schema.dropTable('member_card_keys').execute();
  await db.schema.dropTable('card_keys').execute();
}
