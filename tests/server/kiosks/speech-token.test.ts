/**
 * GET /api/kiosk/speech-token (issue #11 finding 4): kiosks get short-lived Azure Speech tokens
 * instead of the key. Azure's token service is a local fake here (this machine cannot reach
 * Azure), reached through the same `stsBase` option NUANXIN_AZURE_STS_URL sets.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigStore } from '../../../src/server/config/config-store';
import type { Database } from '../../../src/server/db/schema';
import { createApplierRegistry } from '../../../src/server/product-appliers';
import { seedFolder, setJsonFile } from '../config/config-api';
import { MINUTE } from '../support/api';
import { forEachStore } from '../support/stores';
import { kioskApi } from './kiosk-api';

const KEY = 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6';
const PATH = '/api/kiosk/speech-token';

/** A fake of Azure's token service: answers as `answer` says and keeps every request it saw. */
async function fakeSts() {
  const seen: IncomingMessage[] = [];
  const fake = {
    answer: 'token' as 'token' | 'refuse',
    seen,
    base: '',
    server: undefined as Server | undefined,
  };
  fake.server = createServer((req, res) => {
    seen.push(req);
    req.resume();
    if (fake.answer === 'refuse') {
      res.writeHead(401).end('{"error":{"code":"401","message":"Access denied"}}');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/plain' }).end(`token-${seen.length}`);
  });
  await new Promise<void>((resolve) => fake.server?.listen(0, '127.0.0.1', resolve));
  const { port } = fake.server.address() as AddressInfo;
  fake.base = `http://127.0.0.1:${port}/{region}`;
  return fake;
}

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0))
    await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function setup(db: Kysely<Database>, options: { azure?: boolean; stsBase?: string } = {}) {
  const seedDir = seedFolder();
  if (options.azure !== false)
    setJsonFile(seedDir, 'kiosk.json', (kiosk) => {
      const voice = kiosk.voice as Record<string, unknown>;
      voice.provider = 'azure';
      voice.azure = { region: 'eastasia', subscriptionKey: KEY };
    });
  const config = new ConfigStore(db, { seedDir });
  await config.ready();
  const api = kioskApi(db, createApplierRegistry(), {
    config,
    speech: { stsBase: options.stsBase ?? 'http://127.0.0.1:9/{region}', timeoutMs: 2000 },
  });
  const admin = await api.admin();
  const kiosk = await api.enroll(admin);
  return { api, admin, kiosk };
}

forEachStore((_store, makeDb) => {
  describe('GET /api/kiosk/speech-token', () => {
    it('refuses a request without an enrolled kiosk’s device token', async () => {
      const sts = await fakeSts();
      servers.push(sts.server as Server);
      const { api } = await setup(await makeDb(), { stsBase: sts.base });
      const none = await api.get(PATH);
      expect(none.status).toBe(401);
      expect(await none.json()).toMatchObject({ error: { code: 'kiosk_not_enrolled' } });
      const wrong = await api.get(PATH, { authorization: 'Bearer not-a-real-token' });
      expect(wrong.status).toBe(401);
      expect(sts.seen).toHaveLength(0);
    });

    it('trades the key for a token at the token service, and hands the same one out for 9 minutes', async () => {
      const sts = await fakeSts();
      servers.push(sts.server as Server);
      const { api, admin, kiosk } = await setup(await makeDb(), { stsBase: sts.base });
      const first = await api.get(PATH, kiosk.auth);
      expect(first.status).toBe(200);
      expect(first.headers.get('cache-control')).toBe('no-store');
      expect(await first.json()).toEqual({
        token: 'token-1',
        region: 'eastasia',
        expiresAt: new Date(api.clock().getTime() + 10 * MINUTE).toISOString(),
      });
      expect(sts.seen).toHaveLength(1);
      expect(sts.seen[0]?.method).toBe('POST');
      expect(sts.seen[0]?.url).toBe('/eastasia/sts/v1.0/issueToken');
      expect(sts.seen[0]?.headers['ocp-apim-subscription-key']).toBe(KEY);

      // Another kiosk, 8 minutes later: the same token, Azure not asked again.
      const other = await api.enroll(admin, '大厅 2');
      api.clock.advance(8 * MINUTE);
      expect(await (await api.get(PATH, other.auth)).json()).toMatchObject({ token: 'token-1' });
      expect(sts.seen).toHaveLength(1);

      // Past 9 minutes a new one, with its own 10 minutes.
      api.clock.advance(1 * MINUTE + 1000);
      const renewed = (await (await api.get(PATH, kiosk.auth)).json()) as { token: string };
      expect(renewed).toEqual({
        token: 'token-2',
        region: 'eastasia',
        expiresAt: new Date(api.clock().getTime() + 10 * MINUTE).toISOString(),
      });
      expect(sts.seen).toHaveLength(2);
    });

    it('says clearly when Azure refuses, and asks again only after 30 s', async () => {
      const sts = await fakeSts();
      servers.push(sts.server as Server);
      sts.answer = 'refuse';
      const { api, kiosk } = await setup(await makeDb(), { stsBase: sts.base });
      const refused = await api.get(PATH, kiosk.auth);
      expect(refused.status).toBe(502);
      expect(refused.headers.get('retry-after')).toBe('30');
      const body = (await refused.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('speech_token_unavailable');
      expect(body.error.message).toContain('HTTP 401');
      expect(body.error.message).not.toContain(KEY);
      // Kiosks asking again at once are answered from memory, not by hammering Azure.
      expect((await api.get(PATH, kiosk.auth)).status).toBe(502);
      expect(sts.seen).toHaveLength(1);
      sts.answer = 'token';
      api.clock.advance(30 * 1000);
      const later = await api.get(PATH, kiosk.auth);
      expect(later.status).toBe(200);
      expect(await later.json()).toMatchObject({ token: 'token-2' });
    });

    it('says so when the token service cannot be reached', async () => {
      const { api, kiosk } = await setup(await makeDb(), {
        stsBase: 'http://127.0.0.1:9/{region}',
      });
      const res = await api.get(PATH, kiosk.auth);
      expect(res.status).toBe(502);
      expect(((await res.json()) as { error: { message: string } }).error.message).toContain(
        'cannot be reached',
      );
    });

    it('answers 404 when the centre does not use Azure', async () => {
      const sts = await fakeSts();
      servers.push(sts.server as Server);
      const { api, kiosk } = await setup(await makeDb(), { azure: false, stsBase: sts.base });
      const res = await api.get(PATH, kiosk.auth);
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ error: { code: 'speech_not_configured' } });
      expect(sts.seen).toHaveLength(0);
    });
  });
});
