/**
 * Checking a staff PIN against the hash in kiosk.json with Web Crypto, so the same code runs in
 * the kiosk page, the service worker and Node 20 (`globalThis.crypto.subtle`, no Node imports).
 */
import type { PinHash } from './schema';

/** Decode base64 to bytes; undefined when the text is not base64. */
function fromBase64(text: string): Uint8Array<ArrayBuffer> | undefined {
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    return undefined;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Compare without stopping at the first difference, so timing does not reveal how close a guess was. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

/** Whether `pin` matches the stored PBKDF2-SHA256 hash. Never throws; a damaged hash matches nothing. */
export async function verifyPin(pin: string, hash: PinHash): Promise<boolean> {
  if (hash.algorithm !== 'PBKDF2-SHA256') return false;
  if (!Number.isInteger(hash.iterations) || hash.iterations < 1) return false;
  const salt = fromBase64(hash.salt);
  const expected = fromBase64(hash.hash);
  if (!salt || !expected || expected.length < 16) return false;
  try {
    const { subtle } = globalThis.crypto;
    const key = await subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, [
      'deriveBits',
    ]);
    const bits = await subtle.deriveBits(
      { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: hash.iterations },
      key,
      expected.length * 8,
    );
    return sameBytes(new Uint8Array(bits), expected);
  } catch {
    return false;
  }
}
