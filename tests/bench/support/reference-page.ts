/**
 * The reference page beside the kiosk in `npm run bench`: built by the same Vite, Preact preset
 * and target as the kiosk (tests/bench/reference), and served by a small static server of its
 * own, so both are measured in the same run on the same machine.
 */
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { build } from 'vite';
import { REPO_ROOT } from '../../e2e/support/server';

const ROOT = resolve(REPO_ROOT, 'tests/bench/reference');

/** Build the reference page into a fresh temp folder; returns the folder. */
export async function buildReference(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'nuanxin-reference-'));
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    plugins: [preact()],
    build: { target: 'es2022', outDir, emptyOutDir: true },
  });
  return outDir;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Serve a built folder on a free port of 127.0.0.1 (index.html at /). */
export function serveStatic(dir: string): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = join(dir, path === '/' ? 'index.html' : path);
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    res.end(readFileSync(file));
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      done({
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise((closed) => server.close(() => closed())),
      });
    });
  });
}
