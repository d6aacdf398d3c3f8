import { describe, expect, it } from 'vitest';
import {
  createUuidV7Generator,
  isUuidV7,
  uuidV7Time,
  uuidv7,
} from '../../../src/shared/sync/uuidv7';

const T = Date.UTC(2026, 10, 24, 11, 40, 0, 123);

describe('uuidv7', () => {
  it('has the RFC 9562 layout: 8-4-4-4-12 lowercase hex, version 7, variant 10', () => {
    const id = uuidv7(T);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const bytes = id.replaceAll('-', '');
    expect(Number.parseInt(bytes[12] ?? '', 16)).toBe(7); // version nibble
    expect(Number.parseInt(bytes[16] ?? '', 16) >> 2).toBe(0b10); // variant bits
    expect(isUuidV7(id)).toBe(true);
  });

  it('carries the Unix milliseconds in its first 48 bits', () => {
    const id = createUuidV7Generator().next(T);
    const hex = T.toString(16).padStart(12, '0');
    expect(id.slice(0, 13)).toBe(`${hex.slice(0, 8)}-${hex.slice(8)}`);
    expect(uuidV7Time(id)).toBe(T);
  });

  it('is random below the time: two generators in the same millisecond differ', () => {
    expect(createUuidV7Generator().next(T)).not.toBe(createUuidV7Generator().next(T));
  });

  it('is strictly increasing within one millisecond', () => {
    const gen = createUuidV7Generator();
    const ids = Array.from({ length: 1000 }, () => gen.next(T));
    const outOfOrder = ids.filter((id, i) => i > 0 && id <= (ids[i - 1] ?? ''));
    expect(outOfOrder).toEqual([]);
    expect(ids.every((id) => uuidV7Time(id) === T)).toBe(true);
  });

  it('sorts in creation order across 10,000 ids, unique, with the real clock', () => {
    const gen = createUuidV7Generator();
    const ids = Array.from({ length: 10_000 }, () => gen.next());
    expect(new Set(ids).size).toBe(10_000);
    expect([...ids].sort()).toEqual(ids);
    expect(ids.every(isUuidV7)).toBe(true);
  });

  it('stays in order when the clock steps back', () => {
    const gen = createUuidV7Generator();
    const a = gen.next(T);
    const b = gen.next(T - 3 * 60 * 60 * 1000);
    const c = gen.next(T + 1);
    expect(a < b && b < c).toBe(true);
    expect(uuidV7Time(b)).toBe(T); // held at the last time, not the earlier one
  });

  it('moves to the next millisecond when the counter is exhausted (all-ones random)', () => {
    const gen = createUuidV7Generator((bytes) => bytes.fill(0xff));
    const first = gen.next(T);
    let last = first;
    for (let i = 0; i < 5; i++) {
      const next = gen.next(T);
      expect(next > last).toBe(true);
      last = next;
    }
    expect(isUuidV7(last)).toBe(true);
  });

  it('after observing a stored id, makes ids that sort after it even with an earlier clock', () => {
    const earlier = createUuidV7Generator().next(T + 10_000);
    const gen = createUuidV7Generator();
    gen.observe(earlier);
    const next = gen.next(T);
    expect(next > earlier).toBe(true);
  });

  it('refuses a time that is not Unix milliseconds', () => {
    expect(() => uuidv7(Number.NaN)).toThrow(RangeError);
    expect(() => uuidv7(-1)).toThrow(RangeError);
    expect(() => uuidv7(2 ** 48)).toThrow(RangeError);
  });
});

describe('isUuidV7', () => {
  it.each([
    ['uppercase', uuidv7(T).toUpperCase()],
    ['version 4', '0193b1de-4a3c-4f21-9a4e-5c6d7e8f9a0b'],
    ['wrong variant', '0193b1de-4a3c-7f21-ca4e-5c6d7e8f9a0b'],
    ['no dashes', uuidv7(T).replaceAll('-', '')],
    ['too short', '0193b1de-4a3c-7f21-9a4e-5c6d7e8f9a0'],
    ['not text', 42],
  ])('refuses %s', (_name, value) => {
    expect(isUuidV7(value)).toBe(false);
  });
});
