/** The one transport over fetch (push and pull): the request it makes and how it reads errors. */
import { describe, expect, it } from 'vitest';
import { httpPull, httpPush, SyncHttpError } from '../../../src/kiosk/offline/transport';
import type { PushRequest } from '../../../src/shared/sync/push';
import { uuidv7 } from '../../../src/shared/sync/uuidv7';

const request: PushRequest = {
  kioskId: 'kiosk-1',
  entries: [
    {
      id: uuidv7(),
      kind: 'help.call',
      payload: { category: 'toilet' },
      kioskTime: '2026-11-24T19:40:00.000+08:00',
      kioskId: 'kiosk-1',
      attempt: 1,
    },
  ],
};
const init = { signal: new AbortController().signal };

function fakeFetch(response: Response) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch = (async (url: string, requestInit: RequestInit) => {
    calls.push({ url, init: requestInit });
    return response;
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });

describe('httpPush', () => {
  it('POSTs the batch as JSON to /api/sync/push with the device token', async () => {
    const answer = { results: [], serverTime: '2026-11-24T11:40:00.000Z' };
    const { fetch, calls } = fakeFetch(json(200, answer));
    const push = httpPush({ getToken: async () => 'tok-123', fetch });
    expect(await push(request, init)).toEqual(answer);
    expect(calls[0]?.url).toBe('/api/sync/push');
    expect(calls[0]?.init.method).toBe('POST');
    expect(calls[0]?.init.headers).toEqual({
      'content-type': 'application/json',
      authorization: 'Bearer tok-123',
    });
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual(request);
    expect(calls[0]?.init.signal).toBe(init.signal);
  });

  it('without a token does not ask the server: a 401 straight away', async () => {
    const { fetch, calls } = fakeFetch(json(200, {}));
    const push = httpPush({ getToken: () => null, fetch });
    await expect(push(request, init)).rejects.toMatchObject({ status: 401, code: 'not_enrolled' });
    expect(calls).toEqual([]);
  });

  it('turns an error answer into SyncHttpError with the server’s code, message and Retry-After', async () => {
    const { fetch } = fakeFetch(
      json(429, { error: { code: 'too_many', message: 'Slow down.' } }, { 'retry-after': '120' }),
    );
    const error = await httpPush({ getToken: () => 't', fetch })(request, init).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SyncHttpError);
    expect(error).toMatchObject({
      status: 429,
      code: 'too_many',
      message: 'Slow down.',
      retryAfterMs: 120_000,
    });
  });

  it('copes with an error page that is not JSON', async () => {
    const { fetch } = fakeFetch(new Response('<h1>Bad gateway</h1>', { status: 502 }));
    await expect(httpPush({ getToken: () => 't', fetch })(request, init)).rejects.toMatchObject({
      status: 502,
      message: 'HTTP 502',
    });
  });
});

describe('httpPull', () => {
  it('reads Retry-After as the push does: seconds, or an HTTP date against the server’s own Date', async () => {
    const pullWith = (headers: Record<string, string>) =>
      httpPull({ getToken: () => 't', fetch: fakeFetch(json(503, {}, headers)).fetch })(
        { kioskId: 'k', cursor: null },
        init,
      ).catch((e: unknown) => e);
    expect(await pullWith({ 'retry-after': '30' })).toMatchObject({
      status: 503,
      retryAfterMs: 30_000,
    });
    expect(
      await pullWith({
        'retry-after': 'Wed, 25 Nov 2026 04:02:00 GMT',
        date: 'Wed, 25 Nov 2026 04:00:00 GMT',
      }),
    ).toMatchObject({ status: 503, retryAfterMs: 120_000 });
  });

  it('sends the status headers it is given, like the push', async () => {
    const { fetch, calls } = fakeFetch(json(200, { cursor: null, changes: [], more: false }));
    await httpPull({ getToken: () => 't', fetch, statusHeaders: () => ({ 'x-kiosk-a': '1' }) })(
      { kioskId: 'k', cursor: null },
      init,
    );
    expect(calls[0]?.init.headers).toEqual({
      'x-kiosk-a': '1',
      'content-type': 'application/json',
      authorization: 'Bearer t',
    });
  });
});
