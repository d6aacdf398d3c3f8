/**
 * A seeded generator of malformed API requests, shared by the fuzz test (in-process, ~1,000 per
 * store) and `npm run bench:server` (over HTTP, ≥ 10,000). The same seed and context make the
 * same requests, so a failure replays from the seed and index it prints.
 *
 * Each request is a route's good request with one *fatal* defect that route must refuse, and up
 * to three harmless extras (unknown fields with huge, deep, NUL or lone-surrogate values, unknown
 * kinds and extra fields in entries, status headers, odd query strings, a BOM…).
 */

import { MAX_JSON_BODY_BYTES } from '../../../src/server/http/validate';
import { KIOSK_STATUS_HEADERS } from '../../../src/server/kiosks/policy';
import { SESSION_COOKIE } from '../../../src/server/staff/policy';
import { type Random, seededRandom } from './random';
import { FUZZ_ROUTES, type FuzzContext, type FuzzRoute, MISSING, validEntry } from './routes';

/** One request to send, with what was done to it. */
export interface FuzzRequest {
  /** Its place in the run: with the seed, all it takes to make it again. */
  index: number;
  route: string;
  /** The fatal defect first, then the extras. */
  defects: string[];
  /** True when the route must refuse it (4xx); false for odd but legal reads (never a 5xx). */
  mustRefuse: boolean;
  method: FuzzRoute['method'];
  /** Path and query string. */
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

export interface FuzzOptions {
  seed: number;
  count: number;
  routes?: readonly FuzzRoute[];
}

type Fatal = 'auth' | 'syntax' | 'contentType' | 'schema' | 'utf8' | 'tooLarge' | 'query' | 'path';

/** How often each fatal defect is chosen, when the route has it (bodies over 1 MB are costly). */
const FATAL_WEIGHTS: Record<Fatal, number> = {
  auth: 3,
  syntax: 3,
  contentType: 1,
  schema: 6,
  utf8: 2,
  tooLarge: 0.15,
  query: 3,
  path: 2,
};

/** The kiosk's hot path gets more of the run than the console's routes. */
const ROUTE_WEIGHT = (route: FuzzRoute) => (route.name === 'POST /api/sync/push' ? 4 : 1);

/** Field names no route knows, some of them meaningful to JavaScript objects. */
const EXTRA_KEYS = [
  'zz',
  'extra',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  '',
  '💥',
  'a\u0000b',
];

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function weighted<T>(r: Random, items: readonly T[], weight: (item: T) => number): T {
  const total = items.reduce((sum, item) => sum + weight(item), 0);
  let roll = r.next() * total;
  for (const item of items) {
    roll -= weight(item);
    if (roll < 0) return item;
  }
  return items[items.length - 1] as T;
}

/** Nested lists `depth` deep, as JSON text (built as text so no stack is spent on it). */
const deepJson = (depth: number) => `${'['.repeat(depth)}1${']'.repeat(depth)}`;

/**
 * A JSON value no schema expects: huge, NUL, lone surrogates, odd numbers, and with `deep`
 * sometimes nested thousands of levels (as text only: JSON.stringify would overflow the stack).
 */
function junkJson(r: Random, deep = false): string {
  const value = r.pick<() => unknown>([
    () => null,
    () => 1e308,
    () => -0,
    () => Number.MIN_VALUE,
    () => '',
    () => '\u0000',
    () => `a\u0000b${'\u0000'.repeat(r.int(50))}`,
    () => '\ud800',
    () => '\udfff\ud800 reversed pair',
    () => '💥'.repeat(r.int(200)),
    () => '暖'.repeat(r.int(5000)),
    () => 'x'.repeat(1000 + r.int(200_000)),
    () => ({ '\u0000': '\ud800', '\udc00': null }),
    () => Array.from({ length: r.int(2000) }, (_, i) => i),
    () => ({ entries: [], kioskId: null }),
  ])();
  return deep && r.chance(0.15) ? deepJson(1 + r.int(5000)) : JSON.stringify(value);
}

/** The credentials a route wants, as headers. */
function goodAuth(route: FuzzRoute, ctx: FuzzContext, r: Random): Record<string, string> {
  if (route.auth === 'kiosk') return { authorization: `Bearer ${ctx.kioskToken}` };
  if (route.auth === 'admin') return { cookie: ctx.adminCookie };
  if (route.auth === 'staff') return { cookie: r.pick([ctx.adminCookie, ctx.staffCookie]) };
  return {};
}

/** Credentials that must be refused: absent, unknown, malformed, or for the wrong kind of caller. */
function badAuth(route: FuzzRoute, ctx: FuzzContext, r: Random): [string, Record<string, string>] {
  const session = (value: string) => ({ cookie: `${SESSION_COOKIE}=${value}` });
  if (route.auth === 'kiosk')
    return r.pick<[string, Record<string, string>]>([
      ['no token', {}],
      ['unknown token', { authorization: `Bearer ${r.text(43, BASE64URL)}` }],
      ['token with a letter more', { authorization: `Bearer ${ctx.kioskToken}x` }],
      ['empty bearer', { authorization: 'Bearer ' }],
      ['lowercase scheme', { authorization: `bearer ${ctx.kioskToken}` }],
      ['basic auth', { authorization: 'Basic dXNlcjpwYXNzd29yZA==' }],
      ['overlong token', { authorization: `Bearer ${'t'.repeat(101 + r.int(5000))}` }],
      ['two tokens', { authorization: `Bearer ${ctx.kioskToken} ${ctx.kioskToken}` }],
      ['token with junk', { authorization: `Bearer ${ctx.kioskToken.slice(0, 20)}%00;` }],
      ['staff cookie instead of a token', { cookie: ctx.adminCookie }],
    ]);
  const options: [string, Record<string, string>][] = [
    ['no cookie', {}],
    ['unknown session', session(r.text(43, BASE64URL))],
    ['empty session', session('')],
    ['session cookie without a value', { cookie: SESSION_COOKIE }],
    ['overlong session', session('s'.repeat(4000))],
    ['percent junk session', session('%E0%A4%A%00')],
    ['other cookie only', { cookie: 'theme=dark; lang=en' }],
    ['kiosk token instead of a session', { authorization: `Bearer ${ctx.kioskToken}` }],
  ];
  if (route.auth === 'admin')
    options.push(['a session without the admin role', { cookie: ctx.staffCookie }]);
  return r.pick(options);
}

/** A body that is not a JSON object, or not JSON at all. */
function badSyntax(r: Random, text: string): [string, string] {
  return r.pick<[string, string]>([
    ['empty body', ''],
    ['blank body', ' \n\t '],
    ['truncated JSON', text.slice(0, 1 + r.int(Math.max(1, text.length - 1)))],
    ['a JSON list', '[1,2]'],
    ['a JSON string', '"text"'],
    ['a JSON number', '42'],
    ['JSON null', 'null'],
    ['single quotes', "{'kioskId':'x'}"],
    ['a trailing comma', text.replace(/}$/, ',}')],
    ['bare keys', '{kioskId: 1}'],
    ['NaN', '{"a":NaN}'],
    ['a NUL outside strings', `{"a":\u00001}`],
    ['deep lists', deepJson(1000 + r.int(100_000))],
    ['unclosed deep objects', '{"a":'.repeat(1000 + r.int(20_000))],
    ['two objects', `${text}${text}`],
  ]);
}

/** Bytes that are never valid UTF-8, whatever they land next to. */
const BAD_UTF8: readonly (readonly number[])[] = [
  [0xff],
  [0xfe],
  [0xc0, 0xaf],
  [0xed, 0xa0, 0x80],
  [0xf8, 0x88, 0x80, 0x80, 0x80],
  [0x80],
  [0xe4, 0xb8],
];

function insertBytes(text: string, at: number, bytes: readonly number[]): Uint8Array {
  const encoded = new TextEncoder().encode(text);
  const i = Math.min(at, encoded.length);
  return new Uint8Array([...encoded.subarray(0, i), ...bytes, ...encoded.subarray(i)]);
}

/** Puts `"key":value,` first in a serialized object (text level: duplicates and deep values survive). */
function withMember(text: string, key: string, valueJson: string): string {
  if (!text.startsWith('{')) return text;
  const rest = text.slice(1);
  return `{${JSON.stringify(key)}:${valueJson}${rest.startsWith('}') ? '' : ','}${rest}`;
}

/** Makes the one request of `index` in the run of `seed`. */
function makeRequest(
  r: Random,
  ctx: FuzzContext,
  routes: readonly FuzzRoute[],
  index: number,
): FuzzRequest {
  const route = weighted(r, routes, ROUTE_WEIGHT);
  const fatals: Fatal[] = [];
  if (route.auth !== 'none') fatals.push('auth');
  if (route.body) fatals.push('syntax', 'contentType');
  if (route.badFields) fatals.push('schema');
  if (route.body && route.strictUtf8) fatals.push('utf8');
  if (route.method !== 'GET') fatals.push('tooLarge');
  if (route.badQueries?.length) fatals.push('query');
  if (route.pathIsFatal) fatals.push('path');
  if (fatals.length === 0)
    throw new Error(`${route.name}: the fuzz has no way to make a request to it certainly wrong`);
  const fatal = weighted(r, fatals, (f) => FATAL_WEIGHTS[f]);
  // Now and then, a read with an odd but legal query and good credentials instead.
  const odd = route.oddQueries?.length && r.chance(0.25) ? r.pick(route.oddQueries) : undefined;

  const defects: string[] = [];
  let headers: Record<string, string> = goodAuth(route, ctx, r);
  let path = route.path(r);
  const query: string[] = [];
  const object = route.body?.(r, ctx);
  let contentType = route.body ? 'application/json' : undefined;

  // ── harmless extras, first, so the fatal defect is applied last and cannot be undone ──
  const extras = r.int(4);
  for (let i = 0; i < extras; i++) {
    const extra = r.pick([
      'unknown field',
      'entry extras',
      'status headers',
      'odd query',
      'junk headers',
      'media type variant',
    ] as const);
    if (extra === 'unknown field' && object) {
      object[r.pick(EXTRA_KEYS.slice(0, 2))] = JSON.parse(junkJson(r)) as unknown;
      defects.push('+unknown field');
    } else if (extra === 'entry extras' && Array.isArray(object?.entries)) {
      const entries = object.entries as Record<string, unknown>[];
      // Entries a newer kiosk might send: unknown kinds and fields. Alone they would be answered
      // one by one (and recorded); with the fatal defect the whole batch is refused.
      entries.push({
        ...validEntry(r, ctx),
        kind: r.pick(['meal.book', 'x.y', 'help-call.cancel']),
      });
      for (const entry of entries) if (r.chance(0.3)) entry[r.pick(EXTRA_KEYS)] = r.text(10);
      defects.push('+unknown kinds and extra entry fields');
    } else if (extra === 'status headers' && route.auth === 'kiosk') {
      const h = KIOSK_STATUS_HEADERS;
      headers[h.appVersion] = r.pick(['1.0.1', 'v'.repeat(65), '']);
      headers[h.outboxLength] = r.pick(['0', '12', '-1', 'many', '99999999']);
      headers[h.lastError] = r.pick([
        '',
        encodeURIComponent('网络断了'),
        '%E0%A4%A',
        '%00',
        'e'.repeat(600),
      ]);
      defects.push('+status headers');
    } else if (extra === 'odd query') {
      query.push(
        r.pick([
          'zz=1',
          '__proto__=x',
          'constructor=1&constructor=2',
          'q=%ZZ',
          'q=%00',
          `long=${'q'.repeat(5000)}`,
          'a[b]=c',
          '=',
          '&&',
        ]),
      );
      defects.push('+odd query');
    } else if (extra === 'junk headers') {
      headers['x-forwarded-for'] = r.pick([
        '',
        '::1',
        'not an address',
        `${'9'.repeat(300)}`,
        '1.2.3.4, 5.6.7.8',
      ]);
      headers.accept = r.pick(['*/*', 'text/html', 'application/xml', '']);
      headers['x-junk'] = r.text(r.int(2000));
      defects.push('+junk headers');
    } else if (extra === 'media type variant' && contentType) {
      contentType = r.pick([
        'application/json; charset=utf-8',
        'Application/JSON',
        'application/vnd.nuanxin+json',
        'application/json;charset=latin1',
      ]);
      defects.push('+media type variant');
    }
  }

  // ── the fatal defect ──
  if (odd !== undefined) {
    query.unshift(odd);
    defects.unshift(`odd query: ${odd.slice(0, 60)}`);
  } else if (fatal === 'auth') {
    const [what, bad] = badAuth(route, ctx, r);
    headers = {
      ...Object.fromEntries(
        Object.entries(headers).filter(([k]) => k !== 'authorization' && k !== 'cookie'),
      ),
      ...bad,
    };
    defects.unshift(`auth: ${what}`);
  } else if (fatal === 'schema' && object && route.badFields) {
    const bad = route.badFields(r, ctx);
    const field = r.pick(Object.keys(bad));
    const value = r.pick(bad[field] ?? []);
    if (value === MISSING) delete object[field];
    else object[field] = value;
    const shown = value === MISSING ? 'missing' : JSON.stringify(value)?.slice(0, 60);
    defects.unshift(`schema: ${field} = ${shown}`);
  } else if (fatal === 'query' && route.badQueries) {
    const bad = r.pick(route.badQueries);
    query.unshift(bad);
    defects.unshift(`query: ${bad.slice(0, 60)}`);
  } else if (fatal === 'path') {
    defects.unshift(`path: ${path.slice(0, 80)}`);
  }

  let text = object ? JSON.stringify(object) : undefined;
  if (text !== undefined && r.chance(0.15)) {
    // Text-level extras: members JSON.stringify cannot write (duplicates, deep values).
    text = withMember(text, r.pick(EXTRA_KEYS), junkJson(r, true));
    if (r.chance(0.3)) text = withMember(text, 'zz', '1');
    defects.push('+raw member');
  }
  // Not with a syntax defect (a prefix of "{…}\n" may be the whole object again), nor before
  // padding a body past 1 MB (which needs the "{" first).
  if (text !== undefined && fatal !== 'syntax' && fatal !== 'tooLarge' && r.chance(0.05)) {
    text = `\ufeff ${text}\n`;
    defects.push('+BOM and whitespace');
  }
  let body: string | Uint8Array | undefined = text;

  if (fatal === 'syntax' && text !== undefined) {
    const [what, bad] = badSyntax(r, text);
    body = bad;
    defects.unshift(`syntax: ${what}`);
  } else if (fatal === 'contentType' && body !== undefined) {
    const type = r.pick([
      '',
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/jsonx',
      'text/json',
      'json',
      'application/xml',
    ]);
    contentType = type || undefined;
    defects.unshift(`content type: "${type}"`);
  } else if (fatal === 'utf8' && text !== undefined) {
    const bytes = r.pick(BAD_UTF8);
    body = insertBytes(text, r.int(text.length + 1), bytes);
    defects.unshift(`bytes not UTF-8: ${bytes.map((b) => b.toString(16)).join(' ')}`);
  } else if (fatal === 'tooLarge') {
    const pad = 'x'.repeat(MAX_JSON_BODY_BYTES + 1 + r.int(64 * 1024));
    body = withMember(text ?? '{}', 'pad', JSON.stringify(pad));
    if (body.length <= MAX_JSON_BODY_BYTES) throw new Error('fuzz: the padding did not go in');
    contentType ??= 'application/json';
    defects.unshift(`body over 1 MB (${body.length} bytes)`);
  }

  // Bytes that are not UTF-8 inside an unknown member: harmless where they become U+FFFD,
  // refused where the route checks the bytes. Never inside a known field, where U+FFFD could
  // turn a bad value into an acceptable one.
  if (typeof body === 'string' && body.startsWith('{"') && fatal !== 'utf8' && r.chance(0.08)) {
    const bytes = r.pick(BAD_UTF8);
    const marked = withMember(body, 'zz', '"@@"');
    const at = new TextEncoder().encode(marked.slice(0, marked.indexOf('@@'))).length;
    body = insertBytes(marked.replace('@@', ''), at, bytes);
    defects.push('+bad bytes in an unknown field');
  }

  if (contentType !== undefined && body !== undefined) headers['content-type'] = contentType;
  if (query.length) path += `?${query.join('&')}`;
  return {
    index,
    route: route.name,
    defects,
    mustRefuse: odd === undefined,
    method: route.method,
    path,
    headers,
    ...(body === undefined ? {} : { body }),
  };
}

/** `count` malformed requests from `seed`, made one at a time as they are asked for. */
export function* fuzzRequests(ctx: FuzzContext, options: FuzzOptions): Generator<FuzzRequest> {
  const r = seededRandom(options.seed);
  const routes = options.routes ?? FUZZ_ROUTES;
  for (let index = 0; index < options.count; index++) yield makeRequest(r, ctx, routes, index);
}

/** One line that says which request this was and how to make it again. */
export function describeRequest(seed: number, request: FuzzRequest): string {
  const size = request.body === undefined ? 0 : request.body.length;
  return `fuzz seed ${seed}, request #${request.index}: ${request.method} ${request.path.slice(0, 120)} (${size} bytes body) — ${request.defects.join(', ')}`;
}

/**
 * What is wrong with the answer to `request`, or undefined: a request it must refuse gets a 4xx,
 * JSON, with a message in words; an odd read may also succeed, but never fail with a 5xx.
 */
export function answerProblem(
  request: Pick<FuzzRequest, 'mustRefuse'>,
  status: number,
  contentType: string | null,
  text: string,
): string | undefined {
  if (!request.mustRefuse && status < 400) return undefined;
  if (status < 400 || status >= 500) return `answered ${status}, not a 4xx: ${text.slice(0, 300)}`;
  if (!/^application\/json\b/.test(contentType ?? ''))
    return `answered ${status} as ${contentType}, not JSON: ${text.slice(0, 200)}`;
  let message: unknown;
  try {
    message = (JSON.parse(text) as { error?: { message?: unknown } }).error?.message;
  } catch {
    return `answered ${status} with a body that is not JSON: ${text.slice(0, 200)}`;
  }
  if (typeof message !== 'string' || !/\p{L}{2,}[^\p{L}]+\p{L}{2,}/u.test(message))
    return `answered ${status} without a message in words: ${text.slice(0, 200)}`;
  return undefined;
}
