/**
 * Member PINs: stored as the same PBKDF2-SHA256 PinHash the staff PIN uses (made by the config
 * tool's hashPin), so a kiosk checks one offline with the shared verifyPin and Web Crypto.
 */
import { verifyPin } from '../../shared/config/pin';
import type { PinHash } from '../../shared/config/schema';
import { hashPin } from '../lib/pin-hash';

/** The stored text of a new hash of `pin`. */
export function hashMemberPin(pin: string): string {
  return JSON.stringify(hashPin(pin));
}

/** The stored text as a PinHash, or null (none, or unreadable: treated as no PIN). */
export function storedPinHash(text: string | null): PinHash | null {
  if (text === null) return null;
  try {
    return JSON.parse(text) as PinHash;
  } catch {
    return null;
  }
}

/** Whether `pin` is the PIN already stored (so setting it again changes nothing). */
export async function isSamePin(pin: string, stored: string | null): Promise<boolean> {
  const hash = storedPinHash(stored);
  return hash !== null && (await verifyPin(pin, hash));
}
