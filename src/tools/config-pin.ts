/** `npm run config:pin -- 1234` prints the staff PIN block for kiosk.json (PBKDF2-SHA256, random salt). */
import { pathToFileURL } from 'node:url';
import { hashPin } from '../server/lib/pin-hash';

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
