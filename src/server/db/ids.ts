import { randomBytes } from 'node:crypto';

const RANDOM_BITS = 74n;
let lastMs = Number.NEGATIVE_INFINITY;
let lastRandom = 0n;

function freshRandom(): bigint {
  return BigInt(`0x${randomBytes(10).toString('hex')}`) >> (80n - RANDOM_BITS);
}

/**
 * A new UUID v7 (RFC 9562): time-ordered, so index inserts stay append-only; the kind of id the
 * kiosk's outbox makes too. Monotonic within this process (RFC 9562 §6.2, method 2): ids made
 * in the same millisecond count up, so entries written together keep their order.
 */
export function newId(now: number = Date.now()): string {
  let ms = Math.floor(now);
  let random: bigint;
  if (ms > lastMs) random = freshRandom();
  else {
    // Same millisecond (or the clock went back): continue from the last id.
    ms = lastMs;
    random = lastRandom + 1n;
    if (random >> RANDOM_BITS) {
      ms += 1;
      random = freshRandom();
    }
  }
  lastMs = ms;
  lastRandom = random;
  const randA = (random >> 62n) & 0xfffn;
  const randB = (random & ((1n << 62n) - 1n)) | (1n << 63n); // variant bits 10
  const hex = `${ms.toString(16).padStart(12, '0')}7${randA.toString(16).padStart(3, '0')}${randB.toString(16).padStart(16, '0')}`;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
