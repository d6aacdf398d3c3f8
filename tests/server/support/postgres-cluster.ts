/**
 * A throwaway PostgreSQL cluster in a temp folder, listening only on a unix socket there (so it
 * never touches the system cluster or a port anyone else uses): Debian's initdb under
 * /usr/lib/postgresql, run as the `postgres` user when we are root (initdb refuses root). Used
 * by the server tests' globalSetup and by the server bench.
 */
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const INSTALL_COMMAND = 'sudo apt-get install -y postgresql';

function findBinDir(): string | undefined {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const versions = readdirSync(base)
    .filter((v) => existsSync(join(base, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(base, versions[0], 'bin') : undefined;
}

/** PostgreSQL's programs; installed with apt-get when missing and `installAsRoot` (and we are root). */
function ensureBinDir(who: string, installAsRoot: boolean): string {
  const found = findBinDir();
  if (found) return found;
  if (!installAsRoot || process.getuid?.() !== 0)
    throw new Error(`${who} needs PostgreSQL's programs (initdb, pg_ctl). Run: ${INSTALL_COMMAND}`);
  console.log(`[${who}] PostgreSQL is missing; installing it with apt-get…`);
  execFileSync('apt-get', ['update'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', 'postgresql'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  const installed = findBinDir();
  if (!installed)
    throw new Error(
      `apt-get installed postgresql but no initdb was found; try: ${INSTALL_COMMAND}`,
    );
  return installed;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

export interface ClusterOptions {
  /** Who asks, for messages: "server tests", "server bench". */
  who: string;
  /** Durable (fsync on) or fast (fsync and full-page writes off, for tests). */
  durable: boolean;
  maxConnections: number;
  installAsRoot?: boolean;
}

/** A running cluster: `url` names its `postgres` database as superuser. */
export interface Cluster {
  url: string;
  stop(): void;
}

export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const isRoot = process.getuid?.() === 0;
  const bin = ensureBinDir(options.who, options.installAsRoot ?? false);
  const dir = mkdtempSync(join(tmpdir(), 'nuanxin-pg-'));
  const data = join(dir, 'data');
  const logFile = join(dir, 'postgres.log');
  if (isRoot) {
    const id = (flag: string) =>
      Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, id('-u'), id('-g'));
  }
  const run = (program: string, args: string[]) =>
    isRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', join(bin, program), ...args], {
          stdio: 'pipe',
        })
      : execFileSync(join(bin, program), args, { stdio: 'pipe' });

  let started = false;
  const stop = () => {
    if (started) {
      try {
        run('pg_ctl', ['-D', data, '-m', options.durable ? 'fast' : 'immediate', 'stop']);
      } catch {
        // already stopped
      }
      started = false;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  // If the process dies before stopping it, still do not leave a server running.
  process.once('exit', stop);

  try {
    // C collation sorts by bytes, as SQLite's default does, so ORDER BY agrees on both stores.
    const initdb = ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C'];
    run('initdb', options.durable ? initdb : [...initdb, '--no-sync']);
    const port = await freePort();
    // Durable keeps fsync and lets only the last commits go in a machine crash (like SQLite's WAL
    // with synchronous=NORMAL), so bench figures compare like with like; tests need speed only.
    const durability = options.durable
      ? '-c synchronous_commit=off'
      : '-c fsync=off -c synchronous_commit=off -c full_page_writes=off';
    const settings = `-p ${port} -k ${dir} -c listen_addresses='' ${durability} -c max_connections=${options.maxConnections}`;
    run('pg_ctl', ['-D', data, '-l', logFile, '-w', '-t', '60', '-o', settings, 'start']);
    started = true;
    return {
      url: `postgresql://postgres@localhost/postgres?host=${encodeURIComponent(dir)}&port=${port}`,
      stop,
    };
  } catch (error) {
    const log = existsSync(logFile) ? readFileSync(logFile, 'utf8').slice(-2000) : '';
    stop();
    const detail =
      error instanceof Error && 'stderr' in error ? String(error.stderr) : String(error);
    throw new Error(`Could not start the ${options.who}' PostgreSQL cluster: ${detail}\n${log}`);
  }
}
