/**
 * The kiosk's live stream reader against a fake stream: events split across chunks and lines,
 * `changed` triggers a pull (comments and other events do not), a connection (and a reconnection)
 * catches up with a pull, a dropped stream reconnects with back-off, no token or a 401 waits the
 * longest, and the device token goes in the Authorization header.
 */
import { effect, signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import {
  createLive,
  createSseParser,
  LIVE_CAP_MS,
  LIVE_SILENCE_MS,
  type LiveEvent,
} from '../../../src/kiosk/offline/live';
import { createFakeClock } from '../sync/fake-timers';

const flush = async () => {
  for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
};

/** A response whose body the test writes to, chunk by chunk, and can end. */
function fakeStream(status = 200) {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
    },
  });
  const encoder = new TextEncoder();
  return {
    response: new Response(body, { status, headers: { 'content-type': 'text/event-stream' } }),
    write: (text: string) => controller.enqueue(encoder.encode(text)),
    end: () => controller.close(),
    fail: (error: unknown) => controller.error(error),
  };
}

function harness(token: string | null = 'tok-1') {
  const clock = createFakeClock();
  const requests: { url: string; auth: string | null }[] = [];
  const streams: ReturnType<typeof fakeStream>[] = [];
  let next: () => Response | Promise<Response> = () => {
    const s = fakeStream();
    streams.push(s);
    return s.response;
  };
  let changed = 0;
  let opened = 0;
  const live = createLive({
    getToken: () => token,
    onChanged: () => {
      changed += 1;
    },
    onOpen: () => {
      opened += 1;
    },
    fetch: (async (url: string, init: RequestInit) => {
      requests.push({ url, auth: new Headers(init.headers).get('authorization') });
      const response = await next();
      // As a real fetch does: aborting ends the body with an error.
      const stream = streams.at(-1);
      init.signal?.addEventListener('abort', () =>
        stream?.fail(new DOMException('aborted', 'AbortError')),
      );
      return response;
    }) as typeof fetch,
    timers: clock.timers,
    random: () => 1,
  });
  return {
    clock,
    live,
    requests,
    streams,
    changed: () => changed,
    opened: () => opened,
    answerWith(make: () => Response | Promise<Response>) {
      next = make;
    },
  };
}

describe('server-sent event parsing', () => {
  it('splits events across chunks, joins data lines, skips comments, takes CRLF', () => {
    const got: LiveEvent[] = [];
    const parser = createSseParser((e) => got.push(e));
    parser.push(': heartbeat\n\nevent: chan');
    parser.push('ged\ndata: {"a":1}\nid: 7\n\n');
    parser.push('data: one\r\ndata: two\r\n\r');
    parser.push('\nevent: ready\ndata:{}\n\n');
    expect(got).toEqual([
      { event: 'changed', data: '{"a":1}', id: '7' },
      { event: 'message', data: 'one\ntwo', id: '7' },
      { event: 'ready', data: '{}', id: '7' },
    ]);
  });
});

describe('the live stream', () => {
  it('pulls on connect and on each `changed`, sending the device token', async () => {
    const h = harness();
    h.live.start();
    await flush();
    expect(h.requests).toEqual([{ url: '/api/sync/live', auth: 'Bearer tok-1' }]);
    expect(h.live.state.value).toBe('open');
    expect(h.opened()).toBe(1);
    const stream = h.streams[0];
    stream?.write('event: ready\ndata: {}\n\n');
    stream?.write(': heartbeat\n\n');
    await flush();
    expect(h.changed()).toBe(0);
    stream?.write('event: changed\ndata: {"types":["help-call"]}\n\n');
    stream?.write('event: changed\ndata: {}\n\n');
    await flush();
    expect(h.changed()).toBe(2);
    h.live.stop();
  });

  it('reconnects with back-off after the stream drops, and catches up on reconnect', async () => {
    const h = harness();
    h.live.start();
    await flush();
    h.streams[0]?.end();
    await flush();
    expect(h.live.state.value).toBe('waiting');
    expect(h.live.failures.value).toBe(1);
    // The first reconnect waits up to a second.
    expect(h.clock.waiting()).toEqual([1000]);
    // The server is down: each try fails and waits longer.
    h.answerWith(() => Promise.reject(new TypeError('connection refused')));
    await h.clock.advance(1000, flush);
    expect(h.requests).toHaveLength(2);
    expect(h.clock.waiting()).toEqual([2000]);
    await h.clock.advance(2000, flush);
    expect(h.clock.waiting()).toEqual([4000]);
    // Back: connected again, and the kiosk pulls what it missed.
    h.answerWith(() => {
      const s = fakeStream();
      h.streams.push(s);
      return s.response;
    });
    await h.clock.advance(4000, flush);
    expect(h.live.state.value).toBe('open');
    expect(h.live.failures.value).toBe(0);
    expect(h.opened()).toBe(2);
    h.live.stop();
  });

  it('keeps its back-off when resumed from an effect (the effect must not follow its state)', async () => {
    const h = harness();
    // Refused — but never more than 10 times, so a reconnect storm ends (and fails below)
    // instead of spinning forever.
    h.answerWith(() =>
      h.requests.length > 10
        ? new Promise<Response>(() => {})
        : Promise.reject(new TypeError('connection refused')),
    );
    h.live.start();
    await flush();
    const enrolled = signal(true);
    // As the app does: resume whenever enrollment changes.
    const dispose = effect(() => {
      if (enrolled.value) h.live.resume();
    });
    await flush();
    // Each failure waits longer; nothing reconnects at once behind the back-off's back.
    await h.clock.advance(1000, flush);
    await h.clock.advance(2000, flush);
    expect(h.requests.length).toBeLessThanOrEqual(4);
    expect(h.clock.waiting()).toEqual([h.live.failures.value >= 3 ? 4000 : 2000]);
    dispose();
    h.live.stop();
  });

  it('gives up on a stream that has been silent for a minute, and reconnects', async () => {
    const h = harness();
    h.live.start();
    await flush();
    await h.clock.advance(LIVE_SILENCE_MS - 1000, flush);
    h.streams[0]?.write(': heartbeat\n\n');
    await flush();
    await h.clock.advance(LIVE_SILENCE_MS - 1000, flush);
    expect(h.live.state.value).toBe('open');
    await h.clock.advance(1000, flush);
    expect(h.live.state.value).toBe('waiting');
    await h.clock.advance(1000, flush);
    expect(h.requests).toHaveLength(2);
    expect(h.live.state.value).toBe('open');
    h.live.stop();
  });

  it('waits the longest without a token or after a 401, and `resume` tries at once', async () => {
    const none = harness(null);
    none.live.start();
    await flush();
    expect(none.requests).toHaveLength(0);
    expect(none.clock.waiting()).toEqual([LIVE_CAP_MS]);
    none.live.stop();
    expect(none.clock.waiting()).toEqual([]);

    const refused = harness();
    refused.answerWith(() => new Response('{}', { status: 401 }));
    refused.live.start();
    await flush();
    expect(refused.requests).toHaveLength(1);
    expect(refused.clock.waiting()).toEqual([LIVE_CAP_MS]);
    refused.answerWith(() => {
      const s = fakeStream();
      refused.streams.push(s);
      return s.response;
    });
    refused.live.resume();
    await flush();
    expect(refused.live.state.value).toBe('open');
    refused.live.stop();
    expect(refused.live.state.value).toBe('stopped');
  });
});
