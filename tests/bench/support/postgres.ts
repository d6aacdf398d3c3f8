/**
 * A throwaway PostgreSQL cluster for the server bench, in a temp folder on a unix socket (the
 * logic of tests/server/support/postgres-setup.ts: Debian's initdb under /usr/lib/postgresql,
 * run as the `postgres` user when we are root). Unlike the tests' cluster it keeps fsync on:
 * only synchronous_commit is off, the same promise as SQLite's WAL with synchronous=NORMAL
 * (a crash of the machine may lose the last commits, never corrupt), so the two stores compare
 * like with like.
 */
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function binDir(): string {
  const base = '/usr/lib/postgresql';
  const versions = existsSync(base)
    ? readdirSync(base)
        .filter((v) => existsSync(join(base, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (!versions[0])
    throw new Error('The server bench needs PostgreSQL: sudo apt-get install -y postgresql');
  return join(base, versions[0], 'bin');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
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

/** A running cluster: `url` names its `postgres` database as superuser. */
export interface BenchPostgres {
  url: string;
  stop(): void;
}

export async function startPostgres(): Promise<BenchPostgres> {
  const bin = binDir();
  const isRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'nuanxin-bench-pg-'));
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
        run('pg_ctl', ['-D', data, '-m', 'fast', 'stop']);
      } catch {
        // already stopped
      }
      started = false;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', stop);
  try {
    run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C']);
    const port = await freePort();
    const options = `-p ${port} -k ${dir} -c listen_addresses='' -c synchronous_commit=off -c max_connections=100`;
    run('pg_ctl', ['-D', data, '-l', logFile, '-w', '-t', '60', '-o', options, 'start']);
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
    throw new Error(`Could not start the bench PostgreSQL cluster: ${detail}\n${log}`);
  }
}
