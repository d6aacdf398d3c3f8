/** A small seeded random source, so a failing fuzz run replays exactly from its seed. */
import { createUuidV7Generator } from '../../../src/shared/sync/index';

/** Random choices drawn from one seed. */
export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** A whole number in [0, n). */
  int(n: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** A UUID v7 made from the seed (the same run makes the same ids). */
  uuid(): string;
  /** `length` characters from `alphabet`. */
  text(length: number, alphabet?: string): string;
}

/** mulberry32: tiny, fast and good enough to spread fuzz cases; not for secrets. */
export function seededRandom(seed: number): Random {
  let state = seed | 0;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const ids = createUuidV7Generator((bytes) => {
    for (let i = 0; i < bytes.length; i++) bytes[i] = int(256);
  });
  // Kiosk-like times from the seed, so ids do not depend on when the run happens.
  let clock = Date.UTC(2026, 10, 24, 8) + int(1_000_000);
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]) => items[int(items.length)] as T,
    uuid: () => {
      clock += int(3);
      return ids.next(clock);
    },
    text: (length, alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789') => {
      let out = '';
      for (let i = 0; i < length; i++) out += alphabet[int(alphabet.length)];
      return out;
    },
  };
}
