/** Password hashing with scrypt (node:crypto): a random salt, and the cost stored with the hash. */
import { randomBytes, randomInt, scrypt, timingSafeEqual } from 'node:crypto';

/** scrypt's work factors: N (CPU and memory), r (block size), p (parallelism). */
export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}

/**
 * OWASP's minimum for scrypt, in the form that caps memory at 32 MiB a hash: N=2^15, r=8, p=3
 * does the work of N=2^17, p=1 (128 MiB), so ten sign-ins at once cannot take a centre PC's memory.
 * About 0.3 s per hash on a typical centre PC: slow for a guesser, bearable for a sign-in. Stored
 * with each hash, so raising it only affects new hashes, and `needsRehash` upgrades old ones (the
 * earlier p=1) at their next sign-in.
 */
export const DEFAULT_SCRYPT_COST: ScryptCost = { N: 2 ** 15, r: 8, p: 3 };

let cost: ScryptCost = DEFAULT_SCRYPT_COST;
let decoy: Promise<string> | undefined;

/** Sets the cost of new hashes (tests lower it to stay fast; existing hashes keep theirs). */
export function setScryptCost(next: ScryptCost): void {
  cost = next;
  decoy = undefined;
}

const KEY_BYTES = 32;
const SALT_BYTES = 16;

function derive(password: string, salt: Buffer, n: number, r: number, p: number, bytes: number) {
  return new Promise<Buffer>((resolve, reject) => {
    // NFKC so the same password typed on another keyboard or input method still matches.
    scrypt(
      password.normalize('NFKC'),
      salt,
      bytes,
      { N: n, r, p, maxmem: 256 * n * r * p },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

/** `scrypt$N$r$p$salt$hash` (base64url), safe to store. Async: it never blocks other requests. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const { N, r, p } = cost;
  const key = await derive(password, salt, N, r, p, KEY_BYTES);
  return ['scrypt', N, r, p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** True when `stored` was made with other parameters than new hashes get now. */
export function needsRehash(stored: string): boolean {
  const [scheme, n, r, p] = stored.split('$');
  return (
    scheme !== 'scrypt' || Number(n) !== cost.N || Number(r) !== cost.r || Number(p) !== cost.p
  );
}

/** True when `password` matches `stored`; false for a wrong password or a malformed hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  if (expected.length === 0) return false;
  const actual = await derive(
    password,
    Buffer.from(salt, 'base64url'),
    Number(n),
    Number(r),
    Number(p),
    expected.length,
  );
  return timingSafeEqual(actual, expected);
}

// No 0/O, 1/l/I: a generated password is read off a screen and typed by someone in a hurry.
const GENERATED_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A random password like `k7dm-q2xe-9vhp-tw4a` (≈ 79 bits), easy to read aloud and type. */
export function generatePassword(): string {
  const groups: string[] = [];
  for (let g = 0; g < 4; g++) {
    let group = '';
    for (let i = 0; i < 4; i++) group += GENERATED_ALPHABET[randomInt(GENERATED_ALPHABET.length)];
    groups.push(group);
  }
  return groups.join('-');
}

/**
 * A hash of a random password, checked against when a username does not exist, so the answer
 * takes as long as for a real account and timing does not reveal which usernames exist.
 */
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(generatePassword());
  return decoy;
}
