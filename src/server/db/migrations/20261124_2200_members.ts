/** The members register (the elders a centre serves) and the change feed kiosks pull. */
import { type Kysely, PostgresAdapter, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('members')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // In normalizeCardNumber's form, so "1000 1" and "10001" are the same card.
    .addColumn('card_number', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('birth_date', 'text', (c) => c.notNull())
    .addColumn('phone', 'text')
    .addColumn('address', 'text')
    .addColumn('local_hukou', 'integer', (c) => c.notNull().check(sql`local_hukou in (0, 1)`))
    .addColumn('categories', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('disability', 'text', (c) => c.notNull().defaultTo('none'))
    .addColumn('pin_hash', 'text')
    .addColumn('emergency_name', 'text')
    .addColumn('emergency_phone', 'text')
    .addColumn('emergency_relation', 'text')
    .addColumn('valid_until', 'text')
    .addColumn('notes', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // The list is ordered (and paged) by name; the card is found through its unique index.
  await db.schema.createIndex('members_name_id').on('members').columns(['name', 'id']).execute();

  // The feed holds only the latest row of each (type, key): seq orders what a kiosk has not seen.
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable('changes')
    .addColumn('seq', postgres ? 'bigserial' : 'integer', (c) =>
      postgres ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('op', 'text', (c) => c.notNull().check(sql`op in ('put', 'delete')`))
    .addColumn('data', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('changes_type_key', ['type', 'key'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('changes').execute();
  await db.schema.dropTable('members').execute();
}
