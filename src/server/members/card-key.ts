/**
 * The centre's card key: the secret salt of the keyed, slow hash under which kiosks hold card
 * numbers (shared/members/card.ts). Made at the first need, replaced by a new generation whenever
 * a kiosk is revoked, so a revoked kiosk's copy of the roster stops matching any card.
 */
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { CARD_KEY_ITERATIONS, type CardKey } from '../../shared/members/card';
import { CARD_KEY_CHANGE, CARD_KEY_ITEM } from '../../shared/members/roster';
import type { Database } from '../db/schema';
import { publishPut } from '../sync/changes';
import { findNewestCardKey, insertCardKey } from './card-keys.repository';
import type { CardKeyRow } from './card-keys.table';

let iterationsForNewKeys = CARD_KEY_ITERATIONS;

/**
 * The PBKDF2 rounds of keys made from now on. Tests lower it, as they lower scrypt's cost: each
 * key stores its own count, so everything else runs as in production (`npm run bench:card`
 * measures the production count).
 */
export function setCardKeyIterations(iterations: number): void {
  iterationsForNewKeys = iterations;
}

/** A key in force: its generation and the form kiosks receive. */
export interface KeyInForce {
  generation: number;
  key: CardKey;
}

function inForce(row: CardKeyRow): KeyInForce {
  // pg may read an integer back as a string.
  const generation = Number(row.generation);
  return {
    generation,
    key: { id: String(generation), secret: row.secret, iterations: Number(row.iterations) },
  };
}

function newKey(generation: number, now: Date) {
  return {
    generation,
    secret: randomBytes(32).toString('base64'),
    iterations: iterationsForNewKeys,
    created_at: now.toISOString(),
  };
}

/**
 * The key in force; the centre's first (generation 1) is made and published to kiosks when there
 * is none yet, in `db`'s transaction when it is one.
 */
export async function cardKeyInForce(db: Kysely<Database>, now: Date): Promise<KeyInForce> {
  const newest = await findNewestCardKey(db);
  if (newest) return inForce(newest);
  const makeFirst = async (trx: Kysely<Database>) => {
    // Another process may make it at the same moment: whichever insert wins is the key.
    if (await insertCardKey(trx, newKey(1, now))) {
      const made = await findNewestCardKey(trx);
      if (made) await publishPut(trx, CARD_KEY_CHANGE, CARD_KEY_ITEM, inForce(made).key, now);
    }
    const made = await findNewestCardKey(trx);
    if (!made) throw new Error('the first card key could not be stored');
    return inForce(made);
  };
  return db.isTransaction ? makeFirst(db) : db.transaction().execute(makeFirst);
}

/**
 * A new key in force, published to kiosks in the same transaction (`trx`). Every member's
 * cardKey changes with it: the roster keeper publishes them again before the next pull.
 */
export async function rotateCardKey(trx: Kysely<Database>, now: Date): Promise<KeyInForce> {
  const current = await cardKeyInForce(trx, now);
  const row = newKey(current.generation + 1, now);
  if (!(await insertCardKey(trx, row)))
    throw new Error(`card key generation ${row.generation} was made twice`);
  const next = inForce(row);
  await publishPut(trx, CARD_KEY_CHANGE, CARD_KEY_ITEM, next.key, now);
  return next;
}
