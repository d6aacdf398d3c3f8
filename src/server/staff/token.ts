/** Session tokens: random, sent to the browser once, stored only as a hash. */
import { createHash, randomBytes } from 'node:crypto';

/** A new session token: 32 random bytes, base64url. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The SHA-256 (hex) stored in place of a token; no salt is needed for 256 random bits. */
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
