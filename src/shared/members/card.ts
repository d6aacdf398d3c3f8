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
 * SHA-256 (lower-case hex) of a normalized card number. The kiosk's offline roster holds this,
 * never the number itself. Web Crypto, so the same code runs in the kiosk and in Node 20.
 */
export async function cardHash(normalized: string): Promise<string> {
  const bytes = new TextEncoder().encode(`nuanxin-card:${normalized}`);
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
