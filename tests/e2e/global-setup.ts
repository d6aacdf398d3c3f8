/**
 * Runs once before the e2e project (in vitest's main process): make sure Chromium is there, build
 * the kiosk once (a production build, into a temp folder removed at the end), start the real
 * centre server as a child process, and hand the tests its URL.
 *
 * Tests read what is provided here with `inject('baseURL')` etc. A test that needs to take the
 * centre offline starts its own server with `startServer({ distDir: inject('distDir') })` from
 * support/server.ts and stops it, rather than killing the shared one.
 *
 * Environment:
 *   E2E_SKIP_BUILD=1   serve an existing build: E2E_DIST_DIR, or dist/ (`npm run build`)
 *   E2E_DIST_DIR=dir   with E2E_SKIP_BUILD=1, what to serve
 *   E2E_KEEP_BUILD=1   keep the temp build at the end (its path is printed)
 *   E2E_SERVER_LOG=1   print the server's output
 *   CHROME_PATH=path   a Chromium other than /usr/bin/chromium
 */
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { chromiumVersion, ensureChromium } from './support/chromium';
import {
  buildKiosk,
  DEFAULT_DIST_DIR,
  killAllServers,
  REPO_ROOT,
  startServer,
} from './support/server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The shared centre server, e.g. http://127.0.0.1:41234 (no trailing slash). */
    baseURL: string;
    /** The built kiosk it serves (absolute). Pass to startServer() for a server of your own. */
    distDir: string;
    /** The Chromium executable to launch. */
    chromiumPath: string;
    /** The shared server's port and pid (do not stop it from a test: start your own). */
    serverPort: number;
    serverPid: number;
  }
}

export default async function setup(project: TestProject) {
  const chromiumPath = ensureChromium();
  console.log(`[e2e] Chromium ${chromiumVersion(chromiumPath)} at ${chromiumPath}`);

  let distDir: string;
  let ownBuild = false;
  if (process.env.E2E_SKIP_BUILD === '1') {
    distDir = resolve(REPO_ROOT, process.env.E2E_DIST_DIR ?? DEFAULT_DIST_DIR);
    if (!existsSync(resolve(distDir, 'index.html'))) {
      throw new Error(
        `E2E_SKIP_BUILD=1 but there is no build in ${distDir}: run npm run build first.`,
      );
    }
    console.log(`[e2e] E2E_SKIP_BUILD=1: serving the existing build in ${distDir}`);
  } else {
    distDir = buildKiosk();
    ownBuild = true;
  }

  const server = await startServer({ distDir });
  console.log(`[e2e] centre server (pid ${server.pid}) at ${server.url}`);

  project.provide('baseURL', server.url);
  project.provide('distDir', distDir);
  project.provide('chromiumPath', chromiumPath);
  project.provide('serverPort', server.port);
  project.provide('serverPid', server.pid);

  return async () => {
    await server.stop();
    killAllServers();
    if (ownBuild && process.env.E2E_KEEP_BUILD !== '1')
      rmSync(distDir, { recursive: true, force: true });
  };
}
