/**
 * The config routes of versions-api.ts answered in memory (jsdom has no server): the demo
 * centre's files as version 1, and every request the pages sent, to check what they asked for.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { vi } from 'vitest';
import type { ConfigProblem, ConfigVersionView } from '../../../src/shared/config/versions-api';
import { base, draft, serverProblems, touched } from '../../../src/staff/settings/draft';

/** The demo centre's config folder, as the server holds version 1. */
export function demoFiles(): Record<string, string> {
  const dir = 'kiosk-config/demo';
  return Object.fromEntries(
    readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .map((name) => [name, readFileSync(`${dir}/${name}`, 'utf8')]),
  );
}

export function version(number: number, files = demoFiles()): ConfigVersionView {
  return {
    number,
    hash: `hash-${number}`,
    note: '',
    by: number === 1 ? null : { id: 'a1', name: '王芳' },
    at: '2026-11-25T01:00:00.000Z',
    restoredFrom: null,
    current: true,
    kiosks: 0,
    files,
  };
}

export interface Sent {
  method: string;
  url: string;
  body: unknown;
}

/** What the fake answers a publish with (after the check found no problems). */
export type PublishAnswer = { status: 201 } | { status: 409 } | { status: 422 };

export function fakeServer(
  options: {
    files?: Record<string, string>;
    checkProblems?: ConfigProblem[];
    publish?: PublishAnswer;
  } = {},
) {
  let current = version(1, options.files);
  const sent: Sent[] = [];
  const json = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json' },
    });
  const fetch = vi.fn(async (url: string, init: RequestInit = {}) => {
    const method = init.method ?? 'GET';
    const body = init.body ? (JSON.parse(String(init.body)) as unknown) : undefined;
    sent.push({ method, url, body });
    if (method === 'GET' && url === '/api/config/current') return json(200, current);
    if (method === 'POST' && url === '/api/config/check')
      return json(200, { problems: options.checkProblems ?? [] });
    if (method === 'POST' && url === '/api/config/versions') {
      const answer = options.publish ?? { status: 201 };
      if (answer.status === 409)
        return json(409, { error: { code: 'config_conflict', message: 'newer version' } });
      if (answer.status === 422)
        return json(422, { error: { code: 'invalid_config', message: 'the PIN is missing' } });
      const files = (body as { files: Record<string, string> }).files;
      current = version(current.number + 1, files);
      return json(201, current);
    }
    return json(404, { error: { code: 'not_found', message: 'not faked' } });
  });
  vi.stubGlobal('fetch', fetch);
  return { sent, current: () => current };
}

/** Each test starts with no draft open (the draft is the page's, kept between pages). */
export function forgetDraft(): void {
  base.value = null;
  draft.value = {};
  touched.value = new Set();
  serverProblems.value = [];
}
