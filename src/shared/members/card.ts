/**
 * Card numbers: what a member card or an ID-card reader "types" like a keyboard, or what an elder
 * taps on the big keypad. One normal form for both sides, so the kiosk's roster and the server's
 * register always agree on which card is which.
 */

/** Shortest and longest card number accepted (a short centre card … an 18-character ID number). */
export const CARD_MIN = 4;
export const CARD_MAX = 24;

/**
 * The normal form of a typed or scanned card number: spaces, hyphens and a reader's trailing
 * Enter dropped, letters upper-cased (an ID number may end in x or X); undefined when what is
 * left is not 4–24 digits and letters.
 */
export function normalizeCardNumber(raw: string): string | undefined {
  const card = raw.replace(/[\s\-_]/g, '').toUpperCase();
  if (card.length < CARD_MIN || card.length > CARD_MAX) return undefined;
  return /^[0-9A-Z]+$/.test(card) ? card : undefined;
}

/**
 * PBKDF2 rounds for a new centre card key. Calibrated so one guess at a card number costs at
 * least 100 ms of one core on the centre's kind of machine (`npm run bench:card` measures it; the
 * figure is in src/kiosk/offline/README.md). Each key stores its own count, so raising this
 * later changes only keys made afterwards.
 */
export const CARD_KEY_ITERATIONS = 600_000;

/** The centre's card key as a kiosk receives it in its authenticated pull (never in /config.json). */
export interface CardKey {
  /** Which key this is: a kiosk's cardKeys are only meaningful with the key they were made under. */
  id: string;
  /** 32 random bytes, base64: the PBKDF2 salt, secret to everyone but the server and its kiosks. */
  secret: string;
  iterations: number;
}

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * The card's key in the kiosk's roster: PBKDF2-SHA256 of the normalized number, salted with the
 * centre's secret card key, as lower-case hex. Slow on purpose: with a copied disk and its key,
 * every guess still costs the calibrated time (a short card number has few guesses to make).
 * Web Crypto, so the same code runs in the kiosk and in Node 20.
 */
export async function cardKeyOf(normalized: string, key: CardKey): Promise<string> {
  const { subtle } = globalThis.crypto;
  const material = await subtle.importKey(
    'raw',
    new TextEncoder().encode(normalized),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = await subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: bytesOf(key.secret), iterations: key.iterations },
    material,
    256,
  );
  return Array.from(new Uint8Array(bits), (b) => b.toString(16).padStart(2, '0')).join('');
}
