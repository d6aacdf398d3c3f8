import { describe, expect, it } from 'vitest';
import { newId } from '../../../src/server/db/ids';

describe('newId', () => {
  it('makes RFC 9562 version 7 UUIDs carrying the time', () => {
    const id = newId(Date.UTC(2026, 10, 24, 19, 40, 17, 123));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(Number.parseInt(id.replaceAll('-', '').slice(0, 12), 16)).toBeGreaterThanOrEqual(
      Date.UTC(2026, 10, 24, 19, 40, 17, 123),
    );
  });

  it('sorts as text in the order made, even within one millisecond', () => {
    const at = Date.now() + 60_000;
    const ids = Array.from({ length: 1000 }, () => newId(at));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(1000);
    const later = newId(at + 1);
    expect(later > (ids.at(-1) ?? '')).toBe(true);
  });
});
