import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { PullRequestSchema } from '../../../src/shared/sync/index';

describe('PullRequestSchema', () => {
  it('keeps a null cursor null (a first pull asks for everything)', () => {
    const parsed = v.parse(PullRequestSchema, { kioskId: 'kiosk-1', cursor: null });
    expect(parsed.cursor).toBeNull();
  });
  it('takes the cursor of the last pull, and refuses other things in words', () => {
    expect(v.parse(PullRequestSchema, { kioskId: 'kiosk-1', cursor: '42' }).cursor).toBe('42');
    const bad = v.safeParse(PullRequestSchema, { kioskId: 'kiosk-1', cursor: 42 });
    expect(bad.success).toBe(false);
    expect(bad.issues?.[0]?.message).toBe('must be the cursor from the last pull, or null');
  });
});
