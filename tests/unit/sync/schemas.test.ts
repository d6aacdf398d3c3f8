/** The shared schemas accept what the protocol allows and say plainly what is wrong otherwise. */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { OutboxEntrySchema } from '../../../src/shared/sync/entry';
import { describeIssues } from '../../../src/shared/sync/fields';
import { payloadProblem } from '../../../src/shared/sync/json-value';
import { defineEntryKind, entryKinds, validateEntry } from '../../../src/shared/sync/kinds';
import { MAX_BATCH, MAX_PAYLOAD_BYTES, MAX_STRING } from '../../../src/shared/sync/limits';
import {
  changeTypes,
  defineChangeType,
  PullRequestSchema,
  PullResponseSchema,
  validateChange,
} from '../../../src/shared/sync/pull';
import {
  accepted,
  PushRequestSchema,
  PushResponseSchema,
  rejected,
} from '../../../src/shared/sync/push';
import { REASONS } from '../../../src/shared/sync/reasons';
import { createUuidV7Generator } from '../../../src/shared/sync/uuidv7';
import { booking, KINDS } from './test-kinds';

const ids = createUuidV7Generator();
/** A good entry with some fields replaced; `undefined` leaves a field out, as JSON would. */
const entry = (over: Record<string, unknown> = {}): Record<string, unknown> =>
  JSON.parse(
    JSON.stringify({
      id: ids.next(),
      kind: 'meal.book',
      payload: booking(),
      kioskTime: '2026-11-24T19:40:00.000+08:00',
      kioskId: 'kiosk-1',
      ...over,
    }),
  );

/** The readable message for `value` against `schema`, or "ok". */
function message(schema: v.GenericSchema, value: unknown): string {
  const result = v.safeParse(schema, value);
  return result.success ? 'ok' : describeIssues(result.issues);
}

describe('OutboxEntrySchema', () => {
  it('accepts a well-formed entry, with or without attempt', () => {
    expect(message(OutboxEntrySchema, entry())).toBe('ok');
    expect(message(OutboxEntrySchema, entry({ attempt: 3 }))).toBe('ok');
    expect(message(OutboxEntrySchema, entry({ kioskTime: '2026-11-24T11:40:00Z' }))).toBe('ok');
  });

  it.each([
    ['a random (v4) id', { id: '0193b1de-4a3c-4f21-9a4e-5c6d7e8f9a0b' }, 'id: must be a UUID v7'],
    ['an uppercase id', { id: ids.next().toUpperCase() }, 'id: must be a UUID v7 in lowercase'],
    ['a numeric id', { id: 7 }, 'id: must be a UUID v7 in text'],
    ['a missing id', { id: undefined }, 'id: is missing'],
    ['a kind with spaces', { kind: 'Meal Book' }, 'kind: must be a kind name'],
    [
      'a time without offset',
      { kioskTime: '2026-11-24T19:40:00' },
      'kioskTime: must be a real date',
    ],
    ['February 30', { kioskTime: '2026-02-30T10:00:00+08:00' }, 'kioskTime: must be a real date'],
    ['an empty kiosk id', { kioskId: '' }, 'kioskId: must not be empty'],
    ['a negative attempt', { attempt: -1 }, 'attempt: must not be negative'],
    ['a missing payload', { payload: undefined }, 'payload: is missing'],
  ])('refuses %s, saying where and what', (_name, over, expected) => {
    expect(message(OutboxEntrySchema, entry(over))).toContain(expected);
  });

  it('refuses something that is not an object', () => {
    expect(message(OutboxEntrySchema, [])).toBe('must be a JSON object { … }');
    expect(message(OutboxEntrySchema, 'x')).toBe('must be a JSON object { … }');
    expect(message(PushRequestSchema, { kioskId: 'k', entries: [[]] })).toBe(
      'entries.0: must be a JSON object { … }',
    );
  });
});

describe('payload limits', () => {
  it('refuses a payload over MAX_PAYLOAD_BYTES, counting UTF-8 bytes', () => {
    // 3 bytes per Chinese character: under MAX_STRING characters but over the byte limit.
    const text = '饭'.repeat(MAX_STRING);
    const big = { a: text, b: text };
    expect(payloadProblem(big)).toMatch(
      new RegExp(`bytes as JSON; the most is ${MAX_PAYLOAD_BYTES}`),
    );
    expect(message(OutboxEntrySchema, entry({ payload: big }))).toContain('payload: is ');
  });

  it('refuses a huge string, lone surrogates, deep nesting and non-JSON values', () => {
    expect(payloadProblem({ note: 'x'.repeat(MAX_STRING + 1) })).toBe(
      `has text of ${MAX_STRING + 1} characters at note; the most is ${MAX_STRING}`,
    );
    expect(payloadProblem({ note: 'ok \uD800' })).toBe(
      'has text that is not valid Unicode at note',
    );
    let deep: unknown = 1;
    for (let i = 0; i < 12; i++) deep = [deep];
    expect(payloadProblem(deep)).toMatch(/nests deeper than/);
    expect(payloadProblem({ when: new Date() })).toMatch(/not plain JSON at when/);
    expect(payloadProblem({ n: Number.NaN })).toMatch(/not finite at n/);
    expect(payloadProblem({ f: () => 1 })).toMatch(/has a function at f/);
  });

  it('accepts plain JSON, including emoji (surrogate pairs) and null', () => {
    expect(payloadProblem({ note: '谢谢 👍', list: [1, true, null] })).toBeUndefined();
    expect(payloadProblem(null)).toBeUndefined();
  });
});

describe('PushRequestSchema', () => {
  const request = (entries: unknown[]) => ({ kioskId: 'kiosk-1', entries });

  it(`accepts 1 to ${MAX_BATCH} entries`, () => {
    expect(message(PushRequestSchema, request([entry()]))).toBe('ok');
    expect(
      message(PushRequestSchema, request(Array.from({ length: MAX_BATCH }, () => entry()))),
    ).toBe('ok');
  });

  it('refuses a batch over the limit, an empty batch, a repeated id and a wrong entry', () => {
    expect(
      message(PushRequestSchema, request(Array.from({ length: MAX_BATCH + 1 }, () => entry()))),
    ).toBe(`entries: holds ${MAX_BATCH + 1} entries; send at most ${MAX_BATCH} in one batch`);
    expect(message(PushRequestSchema, request([]))).toBe('entries: must hold at least one entry');
    const one = entry();
    expect(message(PushRequestSchema, request([one, one]))).toBe(
      `entries: holds the id ${one.id} twice; each entry must appear once`,
    );
    expect(message(PushRequestSchema, request([entry(), entry({ kioskTime: 5 })]))).toBe(
      'entries.1.kioskTime: must be a date and time in text',
    );
    expect(message(PushRequestSchema, { entries: 'x' })).toBe(
      'kioskId: is missing; entries: must be a list [ … ] of entries',
    );
  });
});

describe('validateEntry and the kind registry', () => {
  it('accepts a registered kind with a good payload and returns the parsed payload', () => {
    const check = validateEntry(entry(), KINDS);
    expect(check.ok && check.definition.kind).toBe('meal.book');
    expect(check.ok && check.payload).toEqual(booking());
  });

  it('refuses an unknown kind with unknown_kind, naming the known ones', () => {
    const check = validateEntry(entry({ kind: 'meal.eat' }), KINDS);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.reason.code).toBe('unknown_kind');
    expect(check.reason.detail).toBe(
      'kind: "meal.eat" is not a known kind (known: "meal.book", "help.call")',
    );
    expect(check.reason.message).toEqual(REASONS.unknown_kind);
  });

  it('refuses a payload its kind does not accept with invalid_payload and the field', () => {
    const check = validateEntry(entry({ payload: { ...booking(), card: '12' } }), KINDS);
    expect(check.ok ? 'ok' : [check.reason.code, check.reason.detail]).toEqual([
      'invalid_payload',
      'payload.card: must be 4 to 8 digits',
    ]);
  });

  it('refuses a broken envelope with invalid_entry', () => {
    const check = validateEntry(entry({ id: 'nope' }), KINDS);
    expect(check.ok ? 'ok' : check.reason.code).toBe('invalid_entry');
  });

  it('refuses a badly named kind and the same kind twice', () => {
    expect(() => defineEntryKind({ kind: 'Meal Book', payload: v.null() })).toThrow(
      /not a kind name/,
    );
    const k = defineEntryKind({ kind: 'a.b', payload: v.null() });
    expect(() => entryKinds(k, k)).toThrow('the entry kind "a.b" is defined twice');
  });
});

describe('PushResponseSchema', () => {
  const serverTime = '2026-11-24T11:40:01.000Z';

  it('accepts the builders’ results, and a reason code this build does not know', () => {
    const id = ids.next();
    const response = {
      results: [
        accepted(id, serverTime, { ref: 7 }),
        rejected(ids.next(), 'sold_out', serverTime),
        {
          id: ids.next(),
          status: 'rejected',
          reason: {
            code: 'from_the_future',
            message: { 'zh-Hans': '新', 'zh-Hant': '新', en: 'new' },
          },
          serverTime,
        },
      ],
      serverTime,
    };
    expect(message(PushResponseSchema, response)).toBe('ok');
  });

  it('refuses a result without a status or without the words of its reason', () => {
    expect(
      message(PushResponseSchema, { results: [{ id: ids.next(), serverTime }], serverTime }),
    ).toContain('results.0');
    expect(
      message(PushResponseSchema, {
        results: [{ id: ids.next(), status: 'rejected', reason: { code: 'sold_out' }, serverTime }],
        serverTime,
      }),
    ).toBe('results.0.reason.message: is missing');
  });

  it('rejected() carries the words for all three languages', () => {
    const r = rejected(ids.next(), 'past_cutoff', serverTime, 'cut-off 10:00');
    expect(r.reason).toEqual({
      code: 'past_cutoff',
      message: REASONS.past_cutoff,
      detail: 'cut-off 10:00',
    });
  });
});

describe('pull', () => {
  const menu = defineChangeType({
    type: 'menu',
    data: v.object({ date: v.string(), dishes: v.array(v.string()) }),
  });
  const registry = changeTypes(menu);

  it('accepts a first pull (null cursor) and an answer with changes', () => {
    expect(message(PullRequestSchema, { kioskId: 'kiosk-1', cursor: null })).toBe('ok');
    const answer = {
      cursor: 'c-42',
      more: false,
      serverTime: '2026-11-24T11:40:00.000Z',
      changes: [
        {
          type: 'menu',
          key: '2026-11-25',
          op: 'put',
          data: { date: '2026-11-25', dishes: ['粥'] },
        },
        { type: 'help-call.ack', key: ids.next(), op: 'put', data: { by: 'Ms Li' } },
        { type: 'menu', key: '2026-11-20', op: 'delete' },
      ],
    };
    expect(message(PullResponseSchema, answer)).toBe('ok');
  });

  it('refuses a missing cursor and a change with a bad op', () => {
    expect(message(PullRequestSchema, { kioskId: 'kiosk-1' })).toBe('cursor: is missing');
    expect(
      message(PullResponseSchema, {
        cursor: 'c',
        more: false,
        serverTime: '2026-11-24T11:40:00.000Z',
        changes: [{ type: 'menu', key: 'k', op: 'upsert' }],
      }),
    ).toBe('changes.0.op: must be "put" or "delete"');
  });

  it('checks a change against its type; an unknown type is skipped, not an error', () => {
    const put = { type: 'menu', key: 'd', op: 'put' as const };
    expect(validateChange({ ...put, data: { date: 'd', dishes: [] } }, registry).status).toBe('ok');
    expect(validateChange({ ...put, data: { date: 'd' } }, registry)).toMatchObject({
      status: 'invalid',
      detail: 'data.dishes: Invalid key: Expected "dishes" but received undefined',
    });
    expect(validateChange({ ...put, type: 'lesson' }, registry).status).toBe('unknown_type');
    expect(validateChange({ type: 'menu', key: 'd', op: 'delete' }, registry).status).toBe('ok');
  });
});
