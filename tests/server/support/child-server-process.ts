/**
 * Starts `child-server.ts` in its own Node process and talks to it: waits for its events,
 * sends it commands, kills it (SIGKILL: no cleanup at all) and starts it again on the same port
 * and database, as a centre's server would come back after a power cut.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { ChildCommand, ChildEvent } from './child-server';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const ENTRY = resolve(HERE, 'child-server.ts');
/** The repository root, where tsx and the tsconfig are found. */
const ROOT = resolve(HERE, '../../..');

type EventName = ChildEvent['event'];
type EventOf<N extends EventName> = Extract<ChildEvent, { event: N }>;

interface Waiter {
  name: EventName;
  match: (event: ChildEvent) => boolean;
  resolve: (event: ChildEvent) => void;
  reject: (error: Error) => void;
}

/** What the child is started with besides the database. */
export interface ChildServerOptions {
  /** DATABASE_URL or DATABASE_PATH: the same database the test reads. */
  env: Record<string, string | undefined>;
  /** The server's frozen clock (FAULT_SERVER_NOW). */
  serverNow?: string;
}

/** A running (or stopped) child server. */
export interface ChildServer {
  /** http://127.0.0.1:<port>, the same across restarts. */
  readonly base: string;
  readonly port: number;
  /** Every event since the first start, in order. */
  readonly events: readonly ChildEvent[];
  /** The next event named `name` (matching `match`) from now on; rejects if the child exits first. */
  next<N extends EventName>(name: N, match?: (event: EventOf<N>) => boolean): Promise<EventOf<N>>;
  /** Send a command and wait for the child to say it took it. */
  command(command: ChildCommand): Promise<void>;
  /** SIGKILL, and wait until the process is gone. */
  kill(): Promise<void>;
  /** SIGTERM, and wait until the process is gone. */
  stop(): Promise<void>;
  /** Start again on the same port and database (after `kill` or `stop`). */
  restart(): Promise<void>;
  readonly running: boolean;
}

/** Start the child and resolve once it listens. */
export async function startChildServer(options: ChildServerOptions): Promise<ChildServer> {
  const events: ChildEvent[] = [];
  let waiters: Waiter[] = [];
  let child: ChildProcess | null = null;
  let stderr = '';
  let port = 0;

  function failWaiters(error: Error): void {
    const pending = waiters;
    waiters = [];
    for (const w of pending) w.reject(error);
  }

  function next<N extends EventName>(
    name: N,
    match: (event: EventOf<N>) => boolean = () => true,
  ): Promise<EventOf<N>> {
    if (!child)
      return Promise.reject(new Error(`the child server is not running (waiting for ${name})`));
    return new Promise((resolveEvent, reject) => {
      waiters.push({
        name,
        match: (event) => match(event as EventOf<N>),
        resolve: (event) => resolveEvent(event as EventOf<N>),
        reject,
      });
    });
  }

  async function launch(): Promise<void> {
    stderr = '';
    // Only the test's database: a DATABASE_URL in the outer environment must not win over it.
    const { DATABASE_URL: _url, DATABASE_PATH: _path, ...outer } = process.env;
    const proc = spawn(process.execPath, ['--import', 'tsx', ENTRY], {
      cwd: ROOT,
      env: {
        ...outer,
        ...options.env,
        PORT: String(port),
        ...(options.serverNow ? { FAULT_SERVER_NOW: options.serverNow } : {}),
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    child = proc;
    proc.stderr?.setEncoding('utf8');
    proc.stderr?.on('data', (chunk: string) => {
      // Enough to say why it failed, without keeping a long log.
      stderr = (stderr + chunk).slice(-4000);
    });
    createInterface({ input: proc.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      let event: ChildEvent;
      try {
        event = JSON.parse(line) as ChildEvent;
      } catch {
        return; // Not one of ours (a library printing): ignore it.
      }
      events.push(event);
      const hit = waiters.find((w) => w.name === event.event && w.match(event));
      if (hit) {
        waiters = waiters.filter((w) => w !== hit);
        hit.resolve(event);
      }
    });
    proc.once('exit', (code, signal) => {
      if (child === proc) child = null;
      failWaiters(
        new Error(`the child server exited (${signal ?? `code ${code}`}) ${stderr.trim()}`.trim()),
      );
    });
    const listening = await next('listening');
    port = listening.port;
  }

  async function end(signal: NodeJS.Signals): Promise<void> {
    const proc = child;
    if (!proc) return;
    const exited = once(proc, 'exit');
    proc.kill(signal);
    await exited;
  }

  await launch();

  return {
    get base() {
      return `http://127.0.0.1:${port}`;
    },
    get port() {
      return port;
    },
    events,
    next,
    async command(command) {
      const taken = next('ok', (event) => event.cmd === command.cmd);
      child?.stdin?.write(`${JSON.stringify(command)}\n`);
      await taken;
    },
    kill: () => end('SIGKILL'),
    stop: () => end('SIGTERM'),
    async restart() {
      if (child) throw new Error('the child server is still running');
      await launch();
    },
    get running() {
      return child !== null;
    },
  };
}

/** Every id the server was sent, in order, repeats included (from `push-received`). */
export function receivedIds(server: ChildServer): string[] {
  return server.events.flatMap((e) => (e.event === 'push-received' ? e.ids : []));
}
