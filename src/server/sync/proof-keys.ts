/**
 * The server's key pair for proofs of identification: made on the first run that needs it and
 * kept in the database (`proof_keys`), so every server process over the same database and every
 * restart opens the same proofs. The public half goes to kiosks (enrollment, every pull); the
 * private half never leaves this module.
 */
import {
  constants,
  createPrivateKey,
  generateKeyPair,
  type KeyObject,
  privateDecrypt,
} from 'node:crypto';
import { promisify } from 'node:util';
import type { Kysely } from 'kysely';
import {
  PROOF_MODULUS_BITS,
  readSealedIdentity,
  type SealedIdentity,
} from '../../shared/sync/index';
import { newId } from '../db/ids';
import type { Database } from '../db/schema';
import { insertProofKey, selectProofKeys } from './proof.repository';

const makeKeyPair = promisify(generateKeyPair);

/** The server's keys as the sync routes use them. */
export interface ProofKeys {
  /** The newest public key (SPKI base64), the one kiosks seal with. */
  publicKey: string;
  /** The identity sealed in `sealed`, or undefined when no key of this server opens it. */
  open(sealed: string): SealedIdentity | undefined;
}

function keysFrom(rows: { public_spki: string; private_pkcs8: string }[]): ProofKeys {
  const newest = rows[0];
  if (!newest) throw new Error('proof keys: none stored');
  const privates: KeyObject[] = rows.map((row) =>
    createPrivateKey({
      key: Buffer.from(row.private_pkcs8, 'base64'),
      format: 'der',
      type: 'pkcs8',
    }),
  );
  return {
    publicKey: newest.public_spki,
    open(sealed) {
      const bytes = Buffer.from(sealed, 'base64');
      for (const key of privates) {
        try {
          const plain = privateDecrypt(
            { key, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' },
            bytes,
          );
          return readSealedIdentity(plain);
        } catch {
          // Not sealed with this key (or not sealed at all): try the next one.
        }
      }
      return undefined;
    },
  };
}

async function loadOrMake(db: Kysely<Database>, now: () => Date): Promise<ProofKeys> {
  const stored = await selectProofKeys(db);
  if (stored.length > 0) return keysFrom(stored);
  const pair = await makeKeyPair('rsa', {
    modulusLength: PROOF_MODULUS_BITS,
    publicKeyEncoding: { type: 'spki', format: 'der' },
    privateKeyEncoding: { type: 'pkcs8', format: 'der' },
  });
  const at = now();
  await insertProofKey(db, {
    id: newId(at.getTime()),
    public_spki: pair.publicKey.toString('base64'),
    private_pkcs8: pair.privateKey.toString('base64'),
    created_at: at.toISOString(),
  });
  // Another process may have made one at the same moment: both are kept, the newest is given out,
  // and either opens what was sealed with it.
  return keysFrom(await selectProofKeys(db));
}

const loaded = new WeakMap<Kysely<Database>, Promise<ProofKeys>>();

/** This database's proof keys, made on first use; loaded once per process and database. */
export function proofKeys(
  db: Kysely<Database>,
  now: () => Date = () => new Date(),
): Promise<ProofKeys> {
  let keys = loaded.get(db);
  if (!keys) {
    keys = loadOrMake(db, now);
    // A failure (the database was down) is not kept: the next caller tries again.
    keys.catch(() => loaded.delete(db));
    loaded.set(db, keys);
  }
  return keys;
}
