/**
 * UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then random bits. Ids made here sort
 * in the order they were made, even within one millisecond and even when the clock steps back,
 * so the outbox (keyed by id) sends an elder's actions in the order they were taken.
 *
 * Why not the `uuid` package's v7: it is monotonic too, but only from state it keeps in memory
 * (a module-private last time and counter, starting afresh at every load, with no way to set
 * them). The outbox must also order ids across a reload: at open it hands the newest stored id
 * to `observe()`, so an id made after a restart whose clock was set back (a power cut, a bad
 * NTP answer) still sorts after what waits on disk. With the package that would mean driving
 * its `msecs` and `seq` options from here, i.e. keeping this same state machine anyway.
 */

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const MAX_TIME = 2 ** 48 - 1;
/** rand_a (12 bits) and rand_b (62 bits) together, used as one counter. */
const RANDOM_BITS = 74n;
const RANDOM_LIMIT = 1n << RANDOM_BITS;
const RAND_B_BITS = 62n;
const RAND_B_MASK = (1n << RAND_B_BITS) - 1n;
/** The RFC variant `10` above rand_b. */
const VARIANT = 2n << RAND_B_BITS;

/** Fills a buffer with random bytes (crypto quality outside tests). */
export type RandomFill = (bytes: Uint8Array<ArrayBuffer>) => void;

const cryptoFill: RandomFill = (bytes) => {
  globalThis.crypto.getRandomValues(bytes);
};

/** Makes ids in order; `observe` lifts its floor above ids made earlier (e.g. before a reload). */
export interface UuidV7Generator {
  next(now?: number): string;
  observe(id: string): void;
}

function bigFrom(bytes: Uint8Array): bigint {
  let n = 0n;
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  return n;
}

function format(time: number, counter: bigint): string {
  const hex =
    time.toString(16).padStart(12, '0') +
    '7' +
    (counter >> RAND_B_BITS).toString(16).padStart(3, '0') +
    (VARIANT | (counter & RAND_B_MASK)).toString(16).padStart(16, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A generator with its own "last id", monotonic for everything it makes or observes. */
export function createUuidV7Generator(fill: RandomFill = cryptoFill): UuidV7Generator {
  let lastTime = -1;
  let lastCounter = 0n;

  const random = (bytes: number) => {
    const buffer = new Uint8Array(bytes);
    fill(buffer);
    return bigFrom(buffer);
  };
  // The top counter bit starts clear, leaving 2^73 steps of room within one millisecond.
  const freshCounter = () => random(10) & ((RANDOM_LIMIT >> 1n) - 1n);

  return {
    next(now = Date.now()) {
      if (!Number.isFinite(now) || now < 0 || now > MAX_TIME)
        throw new RangeError(`uuidv7: the time ${now} is not a Unix time in milliseconds`);
      let time = Math.floor(now);
      let counter: bigint;
      if (time > lastTime) {
        counter = freshCounter();
      } else {
        // Same millisecond, or the clock went back: stay on the last time and count up by a
        // random step, so ids still sort in the order they were made and stay hard to guess.
        time = lastTime;
        counter = lastCounter + 1n + random(4);
        if (counter >= RANDOM_LIMIT) {
          time = lastTime + 1;
          counter = freshCounter();
        }
      }
      lastTime = time;
      lastCounter = counter;
      return format(time, counter);
    },
    observe(id) {
      if (!isUuidV7(id)) return;
      const hex = id.replaceAll('-', '');
      const time = Number.parseInt(hex.slice(0, 12), 16);
      const counter =
        (BigInt(`0x${hex.slice(13, 16)}`) << RAND_B_BITS) |
        (BigInt(`0x${hex.slice(16)}`) & RAND_B_MASK);
      if (time > lastTime || (time === lastTime && counter > lastCounter)) {
        lastTime = time;
        lastCounter = counter;
      }
    },
  };
}

const shared = createUuidV7Generator();

/** A new UUID v7 from this runtime's one generator: sortable, monotonic within one millisecond. */
export function uuidv7(now?: number): string {
  return shared.next(now);
}

/** Tell the shared generator about an id made earlier, so the next ids sort after it. */
export function observeUuidV7(id: string): void {
  shared.observe(id);
}

/** A UUID v7 in canonical lowercase form (the form ids are compared and sorted in). */
export function isUuidV7(value: unknown): value is string {
  return typeof value === 'string' && UUID_V7.test(value);
}

/** The Unix milliseconds written in a UUID v7. */
export function uuidV7Time(id: string): number {
  return Number.parseInt(id.slice(0, 8) + id.slice(9, 13), 16);
}
