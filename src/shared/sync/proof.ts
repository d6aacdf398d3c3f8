/**
 * Proof of identification (issue #11): at identification the kiosk seals what the elder
 * presented — card, PIN where given, the session, the kiosk, the time — with the server's public
 * key, and every entry made for that member carries `{session, sealed}`. Only the server can open
 * it (the private key never leaves it), so the outbox on disk holds no card number and no PIN in
 * clear, and a kiosk token alone cannot act for a member whose card it has not seen.
 * Web Crypto only, so the kiosk seals and Node (tests, tools) seals and opens with the same code.
 */
import * as v from 'valibot';
import { record, UuidV7Field } from './fields';
import type { EntryProof } from './seal';

export * from './seal';

/** An SPKI public key in base64 (RSA-2048: about 392 characters). */
export const PublicProofKeyField = v.pipe(
  v.string('must be the public key in base64'),
  v.minLength(64, 'must be a whole public key'),
  v.maxLength(2048, 'must be at most 2048 characters'),
  v.regex(/^[A-Za-z0-9+/]+=*$/, 'must be base64'),
);

export const EntryProofSchema: v.GenericSchema<EntryProof> = record({
  session: UuidV7Field,
  // RSA-2048 ciphertext is 256 bytes: 344 characters of base64.
  sealed: v.pipe(
    v.string('must be the sealed identification in base64'),
    v.maxLength(1024, 'must be at most 1024 characters'),
    v.regex(/^[A-Za-z0-9+/]+=*$/, 'must be base64'),
  ),
});
