/**
 * HTTPS on the local network, as a centre sets it up: `npm run cert` makes a CA and a
 * certificate for a LAN host name, the server serves HTTPS with them, and a Chromium with the
 * launcher's kiosk flags, trusting that CA through its NSS database (as the README tells a
 * volunteer to do), gets a secure context: the service worker registers and the kiosk reloads
 * from it with the server gone. The host name reaches 127.0.0.1 through --host-resolver-rules.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import kioskFlags from '../../../src/deploy/kiosk/chromium-flags.json';
import { runCert } from '../../../src/tools/cert';
import { ensureServiceWorkerControl } from '../support/browser';
import { CHROMIUM_FLAGS } from '../support/chromium';
import { type ServerHandle, startServer } from '../support/server';

const distDir = inject('distDir');
const executablePath = inject('chromiumPath');
const HOST = 'kiosk.centre.lan';
const START = /请触摸屏幕开始|Touch the screen/;

/** Headless Chromium with the kiosk's flags, reaching HOST at 127.0.0.1, with this HOME. */
function launch(home: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    args: [...CHROMIUM_FLAGS, ...kioskFlags.flags, `--host-resolver-rules=MAP ${HOST} 127.0.0.1`],
    env: { ...process.env, HOME: home },
  });
}

describe('HTTPS on the local network', () => {
  let dir: string;
  let server: ServerHandle | undefined;
  let browser: Browser | undefined;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'nuanxin-https-'));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stopAndRemoveData();
    rmSync(dir, { recursive: true, force: true });
  });

  test('a centre on plain HTTP sends no HSTS', async () => {
    const response = await fetch(`${inject('baseURL')}/`);
    expect(response.ok).toBe(true);
    expect(response.headers.has('strict-transport-security')).toBe(false);
  });

  test('a kiosk trusting the centre CA registers the service worker and reloads offline', async () => {
    const lines: string[] = [];
    const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };
    expect(runCert([HOST], { TLS_DIR: join(dir, 'tls') }, io), lines.join('\n')).toBe(0);
    const tls = join(dir, 'tls');
    expect(lines.join('\n')).toContain('certutil -d sql:$HOME/.pki/nssdb');

    // The kiosk's user trusts the CA, exactly as the printed instructions say.
    const home = join(dir, 'home');
    const nssdb = join(home, '.pki/nssdb');
    mkdirSync(nssdb, { recursive: true });
    execFileSync('certutil', ['-d', `sql:${nssdb}`, '-N', '--empty-password']);
    execFileSync('certutil', [
      '-d',
      `sql:${nssdb}`,
      '-A',
      '-t',
      'C,,',
      '-n',
      'Nuanxin centre CA',
      '-i',
      join(tls, 'centre-ca.crt'),
    ]);

    server = await startServer({
      distDir,
      env: { TLS_CERT: join(tls, 'server.crt'), TLS_KEY: join(tls, 'server.key') },
      https: { ca: readFileSync(join(tls, 'centre-ca.crt')), host: HOST },
    });
    expect(server.url).toBe(`https://${HOST}:${server.port}`);

    // Without the CA in its NSS database, Chromium refuses the centre: the trust is real.
    const stranger = await launch(join(dir, 'stranger'));
    try {
      const page = await stranger.newPage();
      await expect(page.goto(`${server.url}/`)).rejects.toThrow(/ERR_CERT_AUTHORITY_INVALID/);
    } finally {
      await stranger.close();
    }

    browser = await launch(home);
    const page = await browser.newPage();
    const response = await page.goto(`${server.url}/`);
    expect(response?.ok()).toBe(true);
    expect(response?.headers()['strict-transport-security']).toBe('max-age=31536000');
    await page.getByRole('button', { name: START }).waitFor();
    expect(await page.evaluate('window.isSecureContext && typeof crypto.subtle === "object"')).toBe(
      true,
    );
    await ensureServiceWorkerControl(page);

    // Staff sessions over HTTPS get a Secure cookie (the seeded admin's password is printed once).
    const password = /Username "admin", password (\S+)/.exec(server.output())?.[1];
    expect(password, server.output()).toBeDefined();
    const status = await page.evaluate(async (pw) => {
      const response = await fetch('/api/staff/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password: pw }),
      });
      return response.status;
    }, password as string);
    expect(status).toBe(200);
    const session = (await page.context().cookies()).find((c) => c.name === 'nx_session');
    expect(session).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Strict' });

    await server.stop();
    const offline = await page.reload({ waitUntil: 'load' });
    expect(offline?.fromServiceWorker(), 'the page came from the service worker').toBe(true);
    await page.getByRole('button', { name: START }).waitFor();
  });
});
