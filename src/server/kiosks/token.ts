/** Device tokens and enrollment codes: random, shown once, stored only as SHA-256 hashes. */
import { createHash, randomBytes, randomInt } from 'node:crypto';
import { ENROLLMENT_CODE_DIGITS } from './policy';

/** A new device token: 32 random bytes, base64url. */
export function newDeviceToken(): string {
  return randomBytes(32).toString('base64url');
}

/** A new enrollment code of ENROLLMENT_CODE_DIGITS digits, e.g. "04718263". */
export function newEnrollmentCode(): string {
  return String(randomInt(10 ** ENROLLMENT_CODE_DIGITS)).padStart(ENROLLMENT_CODE_DIGITS, '0');
}

/** The SHA-256 (hex) stored in place of a token or code. */
export function sha256Hex(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
