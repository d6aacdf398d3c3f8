/** Meal bookings, the seat counters that make capacity atomic, and refusals still to be told. */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('meal_bookings')
    // The id of the kiosk entry that made the booking (UUID v7): a resend can never book twice.
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('sitting', 'text', (c) => c.notNull())
    .addColumn('meal_id', 'text', (c) => c.notNull())
    .addColumn('delivery', 'integer', (c) => c.notNull().check(sql`delivery in (0, 1)`))
    .addColumn('companion', 'integer', (c) => c.notNull().check(sql`companion in (0, 1)`))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('booked', 'cancelled', 'served', 'delivered', 'no-show')`),
    )
    // The price as the server worked it out, with who pays what, so reports add up to the fen.
    .addColumn('base_fen', 'integer', (c) => c.notNull())
    .addColumn('operator_fen', 'integer', (c) => c.notNull())
    .addColumn('government_fen', 'integer', (c) => c.notNull())
    .addColumn('charity_fen', 'integer', (c) => c.notNull())
    .addColumn('delivery_fee_fen', 'integer', (c) => c.notNull())
    .addColumn('elder_fen', 'integer', (c) => c.notNull())
    .addColumn('quoted_elder_fen', 'integer', (c) => c.notNull())
    .addColumn('tier_id', 'text')
    .addColumn('basis', 'text', (c) => c.notNull())
    .addColumn('counts_subsidised', 'integer', (c) => c.notNull())
    .addColumn('kiosk_id', 'text', (c) => c.notNull())
    .addColumn('kiosk_time', 'text', (c) => c.notNull())
    .addColumn('booked_at', 'text', (c) => c.notNull())
    .addColumn('cancelled_at', 'text')
    .addColumn('served_at', 'text')
    .execute();
  // One meal of one's own per sitting; a companion's meal and a cancelled one do not count.
  await sql`create unique index meal_bookings_one_per_sitting on meal_bookings (member_id, day, sitting) where companion = 0 and status <> 'cancelled'`.execute(
    db,
  );
  await db.schema
    .createIndex('meal_bookings_day_sitting')
    .on('meal_bookings')
    .columns(['day', 'sitting', 'meal_id'])
    .execute();
  await db.schema
    .createIndex('meal_bookings_member_day')
    .on('meal_bookings')
    .columns(['member_id', 'day'])
    .execute();

  // Seats taken per sitting (meal_id '') and per meal: a conditional UPDATE on one row is what
  // makes two kiosks racing for the last seat end with exactly one booking, on both stores.
  await db.schema
    .createTable('meal_counts')
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('sitting', 'text', (c) => c.notNull())
    .addColumn('meal_id', 'text', (c) => c.notNull())
    .addColumn('booked', 'integer', (c) => c.notNull().check(sql`booked >= 0`))
    .addPrimaryKeyConstraint('meal_counts_pk', ['day', 'sitting', 'meal_id'])
    .execute();

  // Bookings the server refused (made offline, judged later): kept until the elder has been told,
  // on whichever kiosk they next identify at.
  await db.schema
    .createTable('meal_notices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('sitting', 'text', (c) => c.notNull())
    .addColumn('meal_id', 'text', (c) => c.notNull())
    .addColumn('reason_code', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('acknowledged_at', 'text')
    .execute();
  await db.schema
    .createIndex('meal_notices_member')
    .on('meal_notices')
    .columns(['member_id', 'acknowledged_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('meal_notices').execute();
  await db.schema.dropTable('meal_counts').execute();
  await db.schema.dropTable('meal_bookings').execute();
}
