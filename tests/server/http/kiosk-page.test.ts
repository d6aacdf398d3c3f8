/**
 * The kiosk's page as the centre server sends it: the built index.html with the attract screen
 * already drawn in from the config in force (src/server/http/kiosk-page.ts), inert until the
 * kiosk's code draws over it; drawn again when a new config version is put in force; and the
 * built page as it is when there is no valid config to draw from.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/server/app';
import { ConfigStore } from '../../../src/server/config/config-store';
import { editJson, seedFolder } from '../config/config-api';
import { forEachStore } from '../support/stores';

const BUILT = `<!doctype html>
<html lang="zh-CN">
  <head><title>暖心亭</title></head>
  <body>
    <div id="app"></div>
  </body>
</html>
`;

function builtPage(): string {
  const dir = mkdtempSync(join(tmpdir(), 'nuanxin-kiosk-page-'));
  writeFileSync(join(dir, 'index.html'), BUILT);
  return dir;
}

forEachStore((_name, makeDb) => {
  // Stops the app's background work (the escalation watcher) before the database goes.
  let stop = new AbortController();
  afterEach(() => {
    stop.abort();
    stop = new AbortController();
  });

  async function setup(seed: string | null = seedFolder()) {
    const seedDir = seed ?? undefined;
    const db = await makeDb();
    const config = new ConfigStore(db, { seedDir });
    await config.ready();
    const distDir = builtPage();
    const app = createApp({
      distDir,
      configDir: seedDir ?? '',
      version: 'test',
      db,
      config,
      signal: stop.signal,
    });
    const page = async (path: string) => {
      const res = await app.request(`http://centre.test${path}`, {
        headers: { accept: 'text/html' },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      return res.text();
    };
    const policy = async (path: string, accept = 'text/html') =>
      (await app.request(`http://centre.test${path}`, { headers: { accept } })).headers
        .get('content-security-policy')
        ?.split(';')
        .map((d) => d.trim())
        .find((d) => d.startsWith('style-src'));
    return { config, page, distDir, policy };
  }

  describe('the kiosk page', () => {
    it('has the attract screen drawn in, inert and hidden until the kiosk draws over it', async () => {
      const { page } = await setup();
      for (const path of ['/', '/index.html', '/some/bookmark']) {
        const html = await page(path);
        expect(html).toContain('<html lang="zh-CN">');
        expect(html).toMatch(/<div id="app"><main inert aria-hidden="true" class="attract">/);
        expect(html).toContain('<h1 class="attract__welcome">欢迎来到长青社区服务中心</h1>');
        expect(html).toContain('<span>请触摸屏幕开始</span>');
        expect(html).toContain('紧急呼叫');
        // No inline style: the page's CSP (style-src 'self') would refuse it.
        expect(html).not.toMatch(/\sstyle="/);
      }
    });

    it('is drawn again from a new config version: its language, its name, escaped', async () => {
      const { config, page } = await setup();
      expect(await page('/')).toContain('欢迎来到长青社区服务中心');
      const current = config.current();
      if (!current) throw new Error('no config in force');
      const files = { ...current.files };
      files['centre.json'] = editJson(files['centre.json'] as string, (centre) => {
        centre.name = {
          'zh-Hans': '长青 <社区> & 中心',
          'zh-Hant': '長青',
          en: 'Evergreen <Centre> & Co',
        };
      });
      files['kiosk.json'] = editJson(files['kiosk.json'] as string, (kiosk) => {
        (kiosk.languages as { default: string }).default = 'en';
      });
      config.use({
        ...current.row,
        number: current.row.number + 1,
        hash: 'next',
        files: JSON.stringify(files),
      });
      const html = await page('/');
      expect(html).toContain('<html lang="en">');
      expect(html).toContain('Welcome to Evergreen &lt;Centre> &amp; Co');
      expect(html).toContain('Touch the screen to start');
      expect(html).not.toContain('<Centre>');
    });

    it('follows a new build of the page', async () => {
      const { page, distDir } = await setup();
      expect(await page('/')).toContain('<title>暖心亭</title>');
      const file = join(distDir, 'index.html');
      writeFileSync(file, BUILT.replace('<title>暖心亭</title>', '<title>暖心亭 2</title>'));
      utimesSync(file, new Date(), new Date(Date.now() + 60_000));
      const html = await page('/');
      expect(html).toContain('<title>暖心亭 2</title>');
      expect(html).toContain('欢迎来到长青社区服务中心');
    });

    it("allows the page's own inline stylesheets by their hashes, and nothing else inline", async () => {
      const { distDir, policy } = await setup();
      // No build with inline sheets: only the server's own files.
      expect(await policy('/')).toBe("style-src 'self'");
      const sheets = ['.a{color:red}', '.b{margin:0}'];
      const file = join(distDir, 'index.html');
      writeFileSync(
        file,
        BUILT.replace('</title>', `</title><style>${sheets[0]}</style><style>${sheets[1]}</style>`),
      );
      utimesSync(file, new Date(), new Date(Date.now() + 60_000));
      const hash = (css: string) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
      for (const path of ['/', '/index.html', '/?preview=1'])
        expect(await policy(path)).toBe(
          `style-src 'self' ${hash(sheets[0] as string)} ${hash(sheets[1] as string)}`,
        );
      // The console's pages and the API have none of the kiosk page's.
      expect(await policy('/console/')).toBe("style-src 'self'");
      expect(await policy('/config.json', 'application/json')).toBe("style-src 'self'");
    });

    it('is the built page as it is when no valid config is in force', async () => {
      const { page } = await setup(null);
      expect(await page('/')).toBe(BUILT);
    });
  });
});
