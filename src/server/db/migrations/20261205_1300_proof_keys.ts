/**
 * Proof of identification (issue #11): the server's RSA-OAEP key pairs (made by the server on
 * its first run with proofs, kept here; the private key never leaves the server), and the moment
 * this database first ran with proofs, which decides which entries queued by the previous kiosk
 * version (no proof) are still taken: those made before it, arriving within 14 days of it.
 * Help calls learn whether the member they name was proven (an emergency is never refused).
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('proof_keys')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // SPKI and PKCS#8, base64: text, so both stores keep them alike.
    .addColumn('public_spki', 'text', (c) => c.notNull())
    .addColumn('private_pkcs8', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('server_marks')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await sql`insert into server_marks (name, at) values ('proofs_since', ${new Date().toISOString()})`.execute(
    db,
  );
  // 1 for a call made with a valid proof, or anonymous; 0 when the member it names is only claimed.
  await db.schema
    .alterTable('help_calls')
    .addColumn('member_checked', 'integer', (c) =>
      c.notNull().defaultTo(1).check(sql`member_checked in (0, 1)`),
    )
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('help_calls').dropColumn('member_checked').execute();
  await db.schema.dropTable('server_marks').execute();
  await db.schema.dropTable('proof_keys').execute();
}
