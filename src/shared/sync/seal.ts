/**
 * Sealing and reading a proof of identification (the design: proof.ts), with Web Crypto and no
 * schema code, so the kiosk's first load can seal an identification without valibot (issue #16).
 */

/** RSA-OAEP with SHA-256 over a 2048-bit key: what the server's key pair is made for. */
export const PROOF_ALGORITHM = { name: 'RSA-OAEP', hash: 'SHA-256' } as const;
export const PROOF_MODULUS_BITS = 2048;

/**
 * How far an entry's id time may fall before the sealed `at` (the kiosk's clock made both, but
 * ids stay in order across a clock set back, and a reload may pass between them).
 */
export const PROOF_CLOCK_SLACK_MS = 5 * 60 * 1000;
/**
 * The longest an elder's session is believed to last. The idle timeout may be extended again and
 * again, so this is a bound chosen well above any real visit: an entry made later than this after
 * identification is refused (the elder identifies again).
 */
export const LONGEST_SESSION_MS = 4 * 60 * 60 * 1000;
/** How long after a server first runs with proofs it still takes entries queued without one. */
export const LEGACY_PROOF_WINDOW_MS = 14 * 24 * 60 * 60 * 1000;

/** What an entry made for a member carries: the session it was made in and the sealed identity. */
export interface EntryProof {
  session: string;
  sealed: string;
}

/** What is sealed: what the elder presented, on which kiosk, in which session, when (kiosk ms). */
export interface SealedIdentity {
  /** The card number in its normal form (normalizeCardNumber). */
  card: string;
  /** The PIN the elder typed, when the member has one and it was asked. */
  pin?: string;
  session: string;
  kiosk: string;
  at: number;
}

// Short keys: RSA-OAEP-2048/SHA-256 seals at most 190 bytes, and a 24-character card, a PIN, a
// UUID session and a 64-character kiosk id must fit.
interface Wire {
  c: string;
  p?: string;
  s: string;
  k: string;
  t: number;
}

export function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b);
  return btoa(text);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const raw = atob(text);
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

/** A Web Crypto key (named this way: `CryptoKey` is a DOM name the Node build does not have). */
export type SealingKey = Awaited<ReturnType<typeof globalThis.crypto.subtle.importKey>>;

/** The server's public key (SPKI base64) as a Web Crypto key that can only seal. */
export function importProofKey(spkiBase64: string): Promise<SealingKey> {
  return globalThis.crypto.subtle.importKey(
    'spki',
    fromBase64(spkiBase64),
    PROOF_ALGORITHM,
    false,
    ['encrypt'],
  );
}

/** Seal `identity` for the server: base64 RSA-OAEP ciphertext only the private key opens. */
export async function sealIdentity(key: SealingKey, identity: SealedIdentity): Promise<string> {
  const wire: Wire = {
    c: identity.card,
    ...(identity.pin === undefined ? {} : { p: identity.pin }),
    s: identity.session,
    k: identity.kiosk,
    t: identity.at,
  };
  const plain = new TextEncoder().encode(JSON.stringify(wire));
  const sealed = await globalThis.crypto.subtle.encrypt(PROOF_ALGORITHM, key, plain);
  return toBase64(new Uint8Array(sealed));
}

/** The identity in opened plaintext, or undefined when it is not one a kiosk sealed. */
export function readSealedIdentity(plain: Uint8Array): SealedIdentity | undefined {
  let wire: unknown;
  try {
    wire = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plain));
  } catch {
    return undefined;
  }
  const w = wire as Partial<Record<keyof Wire, unknown>> | null;
  if (
    typeof w !== 'object' ||
    w === null ||
    typeof w.c !== 'string' ||
    typeof w.s !== 'string' ||
    typeof w.k !== 'string' ||
    typeof w.t !== 'number' ||
    !Number.isFinite(w.t) ||
    (w.p !== undefined && typeof w.p !== 'string')
  )
    return undefined;
  return {
    card: w.c,
    ...(typeof w.p === 'string' ? { pin: w.p } : {}),
    session: w.s,
    kiosk: w.k,
    at: w.t,
  };
}
