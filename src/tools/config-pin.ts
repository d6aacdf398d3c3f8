/** `npm run config:pin -- 1234` prints the staff PIN block for kiosk.json (PBKDF2-SHA256, random salt). */
import { pbkdf2Sync, randomBytes } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import type { PinHash } from '../shared/config/schema';

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

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const pin = process.argv[2] ?? '';
  if (!/^\d{4,8}$/.test(pin) || process.argv.length > 3) {
    console.error('Give the new staff PIN as 4 to 8 digits: npm run config:pin -- 1234');
    process.exit(2);
  }
  console.log('In kiosk.json, replace the whole "pin": { … } block inside "staff" with:\n');
  console.log(`"pin": ${JSON.stringify(hashPin(pin), null, 2)}`);
  console.log('\nThen check the folder: npm run config:check kiosk-config/<centre>');
}
