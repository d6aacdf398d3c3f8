/**
 * Build the kiosk and run the real centre server (`src/server/main.ts`) as a child process, so a
 * test can stop it (the kiosk goes offline) and start it again on the same port.
 *
 *   const server = await startServer({ distDir: inject('distDir') });
 *   await server.stop();                                  // the centre is gone
 *   const again = await startServer({ distDir, port: server.port });
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { get as httpsGet } from 'node:https';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (the server reads package.json and kiosk-config/ relative to it). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** What `npm run build` makes, served by E2E_SKIP_BUILD=1 runs. */
export const DEFAULT_DIST_DIR = resolve(REPO_ROOT, 'dist');

/**
 * A fresh folder for one run's build, outside the repository: `dist/` may be in use by a
 * developer's server, and another run on the same machine may be building at the same time.
 */
export function tempDistDir(prefix = 'nuanxin-dist-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * The environment for the build and the server: a production build (vitest sets NODE_ENV=test,
 * which would make `import.meta.env.PROD` false and drop the service worker), and none of
 * vitest's own variables.
 */
export function productionEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('VITEST') && key !== 'TEST' && key !== 'NODE_ENV') env[key] = value;
  }
  return { ...env, NODE_ENV: 'production', ...extra };
}

export interface BuildOptions {
  /** Where to build (default: a fresh temp folder). */
  outDir?: string;
  /** Also write `.vite/manifest.json` (the benchmark reads it). */
  manifest?: boolean;
  env?: NodeJS.ProcessEnv;
}

/** A production `vite build` into outDir (default: a fresh temp folder); returns the absolute outDir. */
export function buildKiosk(options: BuildOptions = {}): string {
  const outDir = resolve(REPO_ROOT, options.outDir ?? tempDistDir());
  const vite = resolve(REPO_ROOT, 'node_modules/vite/bin/vite.js');
  const args = [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'];
  if (options.manifest) args.push('--manifest');
  const started = Date.now();
  console.log(`[e2e] vite build → ${outDir}`);
  execFileSync(process.execPath, args, {
    cwd: REPO_ROOT,
    stdio: 'inherit',
    env: productionEnv(options.env),
  });
  console.log(`[e2e] built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return outDir;
}

/** A TCP port that was free a moment ago on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

export interface ServerOptions {
  /** Default: a free port. Pass the port of a stopped server to bring "the same" centre back. */
  port?: number;
  /** The built kiosk to serve (default dist/). */
  distDir?: string;
  /** The centre's config folder (default: the server's own default, kiosk-config/demo). */
  configDir?: string;
  env?: NodeJS.ProcessEnv;
  /** Print the server's output (default: only when E2E_SERVER_LOG=1). */
  log?: boolean;
  /** How long to wait for /healthz (default 30 s). */
  timeoutMs?: number;
  /**
   * Serve HTTPS (TLS_CERT / TLS_KEY in env): the CA to trust for the health check, and the host
   * name the certificate names (the URL handed back uses it).
   */
  https?: { ca: Buffer; host: string };
}

export interface ServerHandle {
  url: string;
  port: number;
  pid: number;
  /** Everything the server printed so far (for failure messages). */
  output(): string;
  /** SIGTERM, wait for exit (SIGKILL after 5 s). Safe to call twice. */
  stop(): Promise<void>;
  /** Stop, then delete the temp database this helper chose for the port (not a DATABASE_* one). */
  stopAndRemoveData(): Promise<void>;
}

const running = new Set<ChildProcess>();
/** Temp databases this process has started servers on (kept across restarts on a port). */
const databasesInUse = new Set<string>();

function removeDatabase(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal'])
    rmSync(`${path}${suffix}`, { force: true });
}

/** Start `node --import tsx src/server/main.ts` and wait until GET /healthz answers 200. */
export async function startServer(options: ServerOptions = {}): Promise<ServerHandle> {
  const port = options.port ?? (await freePort());
  const distDir = resolve(REPO_ROOT, options.distDir ?? DEFAULT_DIST_DIR);
  if (!existsSync(resolve(distDir, 'index.html'))) {
    throw new Error(`No built kiosk in ${distDir}: build it first (buildKiosk()).`);
  }
  const env: NodeJS.ProcessEnv = {
    ...productionEnv(options.env),
    PORT: String(port),
    HOST: '127.0.0.1',
    DIST_DIR: distDir,
  };
  if (options.configDir) env.KIOSK_CONFIG_DIR = resolve(REPO_ROOT, options.configDir);
  // Each centre under test keeps its own database, named by port, so a server restarted on the
  // same port finds what it had written (the fault tests rely on that).
  let ownDatabase: string | undefined;
  if (!env.DATABASE_PATH && !env.DATABASE_URL) {
    ownDatabase = join(tmpdir(), `nuanxin-e2e-${port}.db`);
    // A file an earlier run left on this port belongs to another centre: start clean.
    if (!databasesInUse.has(ownDatabase)) removeDatabase(ownDatabase);
    databasesInUse.add(ownDatabase);
    env.DATABASE_PATH = ownDatabase;
  }
  const log = options.log ?? process.env.E2E_SERVER_LOG === '1';

  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let output = '';
  const collect = (chunk: Buffer) => {
    const text = chunk.toString();
    output += text;
    if (log) process.stdout.write(`[server:${port}] ${text}`);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<void>((done) => {
    child.once('exit', () => {
      running.delete(child);
      done();
    });
  });

  const url = options.https ? `https://${options.https.host}:${port}` : `http://127.0.0.1:${port}`;
  const handle: ServerHandle = {
    url,
    port,
    pid: child.pid ?? -1,
    output: () => output,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
    async stopAndRemoveData() {
      await handle.stop();
      if (ownDatabase) {
        removeDatabase(ownDatabase);
        databasesInUse.delete(ownDatabase);
      }
    },
  };

  // A fresh centre's first start migrates, makes its keys and hashes the demo's cards (600,000
  // PBKDF2 rounds each) after tsx has compiled the server: 29 s was measured here at a load of
  // 14, so the wait allows for a busy machine rather than fail a test on it.
  const deadline = Date.now() + (options.timeoutMs ?? 90_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(
        `The centre server exited (code ${child.exitCode}) before it was healthy:\n${output}`,
      );
    }
    try {
      if (await answersHealthz(port, options.https)) return handle;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await handle.stop();
  throw new Error(`The centre server did not answer ${url}/healthz in time:\n${output}`);
}

/** GET /healthz on 127.0.0.1 answers 200 (over HTTPS: trusting only `ca`, checking the name). */
async function answersHealthz(port: number, https?: { ca: Buffer; host: string }) {
  if (!https) {
    const response = await fetch(`http://127.0.0.1:${port}/healthz`, {
      signal: AbortSignal.timeout(2000),
    });
    return response.ok;
  }
  return new Promise<boolean>((done, fail) => {
    const request = httpsGet(
      {
        host: '127.0.0.1',
        port,
        path: '/healthz',
        ca: https.ca,
        servername: https.host,
        timeout: 2000,
      },
      (response) => {
        response.resume();
        done(response.statusCode === 200);
      },
    );
    request.on('error', fail);
    request.on('timeout', () => request.destroy(new Error('timeout')));
  });
}

/** Kill every server this process started and delete their temp databases (teardown). */
export function killAllServers(): void {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
  for (const path of databasesInUse) removeDatabase(path);
  databasesInUse.clear();
}
