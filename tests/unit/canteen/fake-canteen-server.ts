/**
 * The routes the canteen editor calls, answered in memory: the config versions (the demo centre
 * as version 1), the meals-only publish, and the stored photos. Every request is kept, so a test
 * can check what was sent — and that nothing was sent when the browser refused first.
 */
import { vi } from 'vitest';
import type { ConfigVersionView } from '../../../src/shared/config/versions-api';
import { version } from '../settings/fake-server';

export interface Sent {
  method: string;
  url: string;
  body: unknown;
}

export function fakeCanteenServer(options: { publish?: 201 | 409 } = {}) {
  let current: ConfigVersionView = version(1);
  const sent: Sent[] = [];
  const photos = [
    {
      name: 'braised-fish.jpg',
      url: '/photos/braised-fish.jpg',
      contentType: 'image/jpeg',
      bytes: 9,
    },
  ];
  const json = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json' },
    });
  const fetch = vi.fn(async (url: string, init: RequestInit = {}) => {
    const method = init.method ?? 'GET';
    const raw = init.body;
    const body =
      raw instanceof Uint8Array ? raw : raw ? (JSON.parse(String(raw)) as unknown) : undefined;
    sent.push({ method, url, body });
    if (method === 'GET' && url === '/api/config/current') return json(200, current);
    if (method === 'POST' && url === '/api/config/check') return json(200, { problems: [] });
    if (method === 'POST' && url === '/api/config/meals') {
      if (options.publish === 409)
        return json(409, { error: { code: 'config_changed_meanwhile', message: 'newer' } });
      const { meals } = body as { meals: string };
      current = version(current.number + 1, { ...current.files, 'meals.json': meals });
      return json(201, current);
    }
    if (method === 'GET' && url === '/api/photos') return json(200, { photos });
    if (method === 'POST' && url === '/api/photos') {
      const photo = {
        name: 'photo-0123456789abcdef0123.png',
        url: '/photos/photo-0123456789abcdef0123.png',
        contentType: 'image/png',
        bytes: (body as Uint8Array).length,
      };
      photos.push(photo);
      return json(201, photo);
    }
    return json(404, { error: { code: 'not_found', message: 'not faked' } });
  });
  vi.stubGlobal('fetch', fetch);
  return { sent, current: () => current };
}
