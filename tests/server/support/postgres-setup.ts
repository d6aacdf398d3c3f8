/**
 * Vitest globalSetup for the server tests: a throwaway PostgreSQL cluster in a temp folder,
 * listening only on a unix socket there (so it never touches the system cluster or a port
 * anyone else uses), handed to the tests as `inject('postgresUrl')` (the `postgres` database,
 * as superuser; each test file makes its own database from it). Removed at the end.
 *
 * TEST_DATABASE_URL=postgres://… uses an existing server instead (it must allow CREATE DATABASE).
 * As root, PostgreSQL is installed with apt-get when missing; otherwise the error names the command.
 */
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A superuser URL for the test cluster's `postgres` database. */
    postgresUrl: string;
  }
}

const INSTALL_COMMAND = 'sudo apt-get install -y postgresql';

function findBinDir(): string | undefined {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const versions = readdirSync(base)
    .filter((v) => existsSync(join(base, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(base, versions[0], 'bin') : undefined;
}

function ensureBinDir(isRoot: boolean): string {
  const found = findBinDir();
  if (found) return found;
  if (!isRoot)
    throw new Error(
      `The server tests need PostgreSQL's programs (initdb, pg_ctl). Run: ${INSTALL_COMMAND}`,
    );
  console.log('[server tests] PostgreSQL is missing; installing it with apt-get…');
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

export default async function setup(project: TestProject) {
  const external = process.env.TEST_DATABASE_URL;
  if (external) {
    project.provide('postgresUrl', external);
    return;
  }

  // initdb refuses to run as root, so root runs it as the `postgres` user Debian's package makes.
  const isRoot = process.getuid?.() === 0;
  const bin = ensureBinDir(isRoot);
  const dir = mkdtempSync(join(tmpdir(), 'nuanxin-pg-'));
  const data = join(dir, 'data');
  const logFile = join(dir, 'postgres.log');
  if (isRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
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
        run('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
      } catch {
        // already stopped
      }
      started = false;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  // If vitest dies before calling the teardown, still do not leave a server running.
  process.once('exit', stop);

  try {
    // C collation sorts by bytes, as SQLite's default does, so ORDER BY agrees on both stores.
    run('initdb', [
      '-D',
      data,
      '-A',
      'trust',
      '-U',
      'postgres',
      '-E',
      'UTF8',
      '--locale=C',
      '--no-sync',
    ]);
    const port = await freePort();
    // A throwaway cluster: durability settings off make CREATE DATABASE and commits fast.
    const options = `-p ${port} -k ${dir} -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
    run('pg_ctl', ['-D', data, '-l', logFile, '-w', '-t', '60', '-o', options, 'start']);
    started = true;
    const url = `postgresql://postgres@localhost/postgres?host=${encodeURIComponent(dir)}&port=${port}`;
    project.provide('postgresUrl', url);
  } catch (error) {
    const log = existsSync(logFile) ? readFileSync(logFile, 'utf8').slice(-2000) : '';
    stop();
    const detail =
      error instanceof Error && 'stderr' in error ? String(error.stderr) : String(error);
    throw new Error(`Could not start the test PostgreSQL cluster: ${detail}\n${log}`);
  }

  return () => {
    process.removeListener('exit', stop);
    stop();
  };
}
