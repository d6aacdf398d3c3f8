/**
 * PIN hashing (PBKDF2-SHA256, random salt): the staff PIN in kiosk.json (`npm run config:pin`)
 * and members' PINs are made here, and a kiosk checks either offline with the shared verifyPin.
 */
import { pbkdf2Sync, randomBytes } from 'node:crypto';
import type { PinHash } from '../../shared/config/schema';

/** Iterations for new PINs: slow enough to resist guessing, fast enough on a kiosk (~0.1 s). */
export const PIN_ITERATIONS = 100_000;

/** Hash a PIN the way `verifyPin` checks it. */
export function hashPin(pin: string, salt = randomBytes(16), iterations = PIN_ITERATIONS): PinHash {
  const hash = pbkdf2Sync(pin, salt, iterations, 32, 'sha256');
  return {
    algorithm: 'PBKDF2-SHA256',
    iterations,
    salt: salt.toString('base64'),
    hash: hash.toString('base64'),
  };
}
